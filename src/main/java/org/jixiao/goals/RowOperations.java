package org.jixiao.goals;

import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;

/** The row buttons of the edit form: 添加 (after a row, or at the end), 删除, 上移, 下移. */
final class RowOperations {

    private RowOperations() {
    }

    static <T> void apply(List<T> rows, String op, int index, Supplier<T> blank) {
        switch (op) {
            case "add" -> rows.add(index >= 0 && index < rows.size() ? index + 1 : rows.size(), blank.get());
            case "remove" -> {
                if (index >= 0 && index < rows.size()) {
                    rows.remove(index);
                }
            }
            case "up" -> {
                if (index > 0 && index < rows.size()) {
                    Collections.swap(rows, index, index - 1);
                }
            }
            case "down" -> {
                if (index >= 0 && index < rows.size() - 1) {
                    Collections.swap(rows, index, index + 1);
                }
            }
            default -> { }
        }
    }
}
