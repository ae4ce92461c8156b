package org.jixiao.exchange;

import java.util.List;

/**
 * The uploaded file cannot be read as a goal-table workbook at all (wrong type, damaged, over a limit). Carries a
 * message key {@code exchange.file.<code>} and its arguments; rendered in Chinese by {@link GoalTableImports}.
 */
final class UnreadableWorkbookException extends Exception {

    private final String code;
    private final transient List<Object> args;

    UnreadableWorkbookException(String code, Object... args) {
        super(code, null, false, false);
        this.code = code;
        this.args = List.of(args);
    }

    String code() {
        return code;
    }

    List<Object> args() {
        return args;
    }
}
