package org.jixiao.goals.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import org.jixiao.goals.GoalTableView;
import org.jixiao.goals.domain.Indicator;
import org.jixiao.indicators.domain.Level1Category;
import org.jixiao.indicators.domain.Level2Category;
import org.springframework.stereotype.Component;

/** Builds what the goal-table pages show: merged 一级/二级 cells as in the official layout, and notices. */
@Component
class GoalTablePages {

    private final IndicatorNotices notices;

    GoalTablePages(IndicatorNotices notices) {
        this.notices = notices;
    }

    GoalTablePage page(GoalTableView view) {
        List<Indicator> indicators = view.content().indicators();
        List<RowView> rows = new ArrayList<>();
        for (int i = 0; i < indicators.size(); i++) {
            Indicator row = indicators.get(i);
            rows.add(new RowView(i + 1, row, span(indicators, i, true), span(indicators, i, false),
                    notices.valueKind(row),
                    notices.of(row, i).stream().map(GoalTableDocument.Notice::message).toList()));
        }
        return new GoalTablePage(view, rows);
    }

    /** The standard labels offered while typing (any other text is kept as written). */
    LabelChoices labelChoices() {
        return new LabelChoices(Arrays.stream(Level1Category.values()).map(Level1Category::label).toList(),
                Arrays.stream(Level2Category.values()).map(Level2Category::label).distinct().toList());
    }

    /**
     * Rows with the same 一级 (and, inside it, the same 二级) as the row above are merged into one cell, like the
     * merged cells of the official table: the first row carries the span, the others 0.
     */
    private static int span(List<Indicator> rows, int index, boolean level1) {
        if (index > 0 && sameGroup(rows.get(index - 1), rows.get(index), level1)) {
            return 0;
        }
        int span = 1;
        while (index + span < rows.size() && sameGroup(rows.get(index + span - 1), rows.get(index + span), level1)) {
            span++;
        }
        return span;
    }

    private static boolean sameGroup(Indicator a, Indicator b, boolean level1) {
        boolean sameLevel1 = Objects.equals(a.level1().original(), b.level1().original());
        return level1 ? sameLevel1 : sameLevel1 && Objects.equals(a.level2().original(), b.level2().original());
    }

    record GoalTablePage(GoalTableView table, List<RowView> rows) {
    }

    record RowView(int number, Indicator indicator, int level1Span, int level2Span, String valueKind,
                   List<String> notices) {
    }

    record LabelChoices(List<String> level1, List<String> level2) {
    }
}
