package org.jixiao.audit.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jixiao.goals.domain.GoalTable;
import org.jixiao.goals.domain.Indicator;
import org.jixiao.projects.domain.Checkpoint;
import org.jixiao.projects.domain.ProjectContent;
import org.jixiao.shared.Amount;

/**
 * Field by field, what changed between two versions of a goal table, in the order the table shows its fields:
 * the project's header fields, the 绩效目标 items (by position), then the indicator rows.
 *
 * <p>Indicator rows are matched by their 一级/二级/三级 names (longest common subsequence), so inserting a row at
 * the top does not report every row below as changed. Between two matched rows, rows removed and rows added are
 * paired by position and reported as changed (a renamed row); what is left over is reported as 新增 or 删除, and a
 * row that only moved (removed and added unchanged) as 移动. Row numbers count from 1, in the table after the change
 * ({@code 原指标第n行} for a removed row: its number before).
 */
public final class GoalTableDiff {

    private static final String ROW = "指标第%d行";

    private GoalTableDiff() {
    }

    /**
     * @param before         null when the table was just created (every field then counts as added)
     * @param projectBefore  the project's fields before; null for a department table or on create
     * @param projectAfter   the project's fields after; null for a department table
     */
    public static List<FieldChange> between(GoalTable before, ProjectContent projectBefore, GoalTable after,
                                            ProjectContent projectAfter) {
        Objects.requireNonNull(after, "after");
        List<FieldChange> changes = new ArrayList<>();
        header(projectBefore, projectAfter, changes);
        goals(before == null ? List.of() : before.goals(), after.goals(), changes);
        indicators(before == null ? List.of() : before.indicators(), after.indicators(), changes);
        return List.copyOf(changes);
    }

    private static void header(ProjectContent before, ProjectContent after, List<FieldChange> changes) {
        if (before == null && after == null) {
            return;
        }
        compare("项目编码", before, after, p -> p.code().value(), changes);
        compare("项目名称", before, after, ProjectContent::name, changes);
        compare("预算数（万元）", before, after, p -> wan(p.funding().budget()), changes);
        compare("财政资金（万元）", before, after, p -> wan(p.funding().fiscal()), changes);
        compare("其他资金（万元）", before, after, p -> wan(p.funding().other()), changes);
        compare("资金用途", before, after, ProjectContent::purpose, changes);
        compare("资金支出计划", before, after, p -> plan(p.plan().checkpoints()), changes);
    }

    private static void goals(List<String> before, List<String> after, List<FieldChange> changes) {
        for (int i = 0; i < Math.max(before.size(), after.size()); i++) {
            String b = i < before.size() ? before.get(i) : null;
            String a = i < after.size() ? after.get(i) : null;
            add(changes, "绩效目标第" + (i + 1) + "条", b, a);
        }
    }

    private static void indicators(List<Indicator> before, List<Indicator> after, List<FieldChange> changes) {
        int n = before.size();
        int m = after.size();
        // keys computed once: the table below compares every row with every row
        String[] keysBefore = before.stream().map(GoalTableDiff::key).toArray(String[]::new);
        String[] keysAfter = after.stream().map(GoalTableDiff::key).toArray(String[]::new);
        // lcs[i][j]: length of the longest common subsequence of before[i..] and after[j..] by row key
        int[][] lcs = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                lcs[i][j] = keysBefore[i].equals(keysAfter[j]) ? lcs[i + 1][j + 1] + 1
                        : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        List<Integer> removed = new ArrayList<>();
        List<Integer> added = new ArrayList<>();
        List<Line> lines = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < n || j < m) {
            if (i < n && j < m && keysBefore[i].equals(keysAfter[j])) {
                flushGap(before, after, removed, added, lines);
                rowFields(before.get(i), after.get(j), j, lines);
                i++;
                j++;
            } else if (i < n && (j == m || lcs[i + 1][j] >= lcs[i][j + 1])) {
                removed.add(i++); // on a tie, removal first: a row moved down reads as that row moving
            } else {
                added.add(j++);
            }
        }
        flushGap(before, after, removed, added, lines);
        joinMoves(before, after, lines);
        lines.forEach(line -> changes.add(line.change()));
    }

    /** Pairs a gap's removed and added rows by position (changed rows); the rest is removed or added. */
    private static void flushGap(List<Indicator> before, List<Indicator> after, List<Integer> removed,
                                 List<Integer> added, List<Line> lines) {
        int paired = Math.min(removed.size(), added.size());
        for (int k = 0; k < paired; k++) {
            rowFields(before.get(removed.get(k)), after.get(added.get(k)), added.get(k), lines);
        }
        for (int k = paired; k < removed.size(); k++) {
            int row = removed.get(k);
            lines.add(new Line(new FieldChange("原" + String.format(ROW, row + 1) + "（删除）", summary(before.get(row)),
                    null), row, -1));
        }
        for (int k = paired; k < added.size(); k++) {
            int row = added.get(k);
            lines.add(new Line(new FieldChange(String.format(ROW, row + 1) + "（新增）", null, summary(after.get(row))),
                    -1, row));
        }
        removed.clear();
        added.clear();
    }

    /** A removed row added back unchanged elsewhere was moved: one 移动 line instead of 删除 and 新增. */
    private static void joinMoves(List<Indicator> before, List<Indicator> after, List<Line> lines) {
        for (int r = 0; r < lines.size(); r++) {
            Line removed = lines.get(r);
            if (removed.removedRow() < 0) {
                continue;
            }
            for (int a = 0; a < lines.size(); a++) {
                Line added = lines.get(a);
                if (added.addedRow() >= 0 && before.get(removed.removedRow()).equals(after.get(added.addedRow()))) {
                    lines.set(a, new Line(new FieldChange(String.format(ROW, added.addedRow() + 1) + "（移动）",
                            "原第" + (removed.removedRow() + 1) + "行", "第" + (added.addedRow() + 1) + "行"), -1, -1));
                    lines.remove(r);
                    r--;
                    break;
                }
            }
        }
    }

    private static void rowFields(Indicator before, Indicator after, int rowAfter, List<Line> lines) {
        String row = String.format(ROW, rowAfter + 1) + "·";
        List<FieldChange> changes = new ArrayList<>();
        add(changes, row + "一级指标", before.level1().original(), after.level1().original());
        add(changes, row + "二级指标", before.level2().original(), after.level2().original());
        add(changes, row + "三级指标", before.name(), after.name());
        add(changes, row + "指标描述", before.description(), after.description());
        add(changes, row + "指标值", before.value().format(), after.value().format());
        add(changes, row + "指标值确定依据", before.basis(), after.basis());
        add(changes, row + "分值", weight(before.weight()), weight(after.weight()));
        add(changes, row + "计算方法", before.formula(), after.formula());
        add(changes, row + "数据来源", before.dataSource(), after.dataSource());
        add(changes, row + "评分标准", before.scoringStandard(), after.scoringStandard());
        changes.forEach(change -> lines.add(new Line(change, -1, -1)));
    }

    /** The row as one line: 一级/二级/三级：指标值. */
    static String summary(Indicator row) {
        return row.level1().original() + "/" + row.level2().original() + "/" + row.name() + "：" + row.value().format();
    }

    private static String key(Indicator row) {
        return strip(row.level1().original()) + "\u0000" + strip(row.level2().original()) + "\u0000" + strip(row.name());
    }

    private static <T> void compare(String field, T before, T after, Function<T, String> text, List<FieldChange> changes) {
        add(changes, field, before == null ? null : text.apply(before), after == null ? null : text.apply(after));
    }

    private static void add(List<FieldChange> changes, String field, String before, String after) {
        String b = before == null || before.isEmpty() ? null : before;
        String a = after == null || after.isEmpty() ? null : after;
        if (!Objects.equals(b, a)) {
            changes.add(new FieldChange(field, b, a));
        }
    }

    private static String wan(Amount amount) {
        return amount == null ? null : amount.toWan().toPlainString();
    }

    private static String weight(BigDecimal weight) {
        return weight == null ? null : weight.stripTrailingZeros().toPlainString();
    }

    private static String plan(List<Checkpoint> checkpoints) {
        return checkpoints.stream()
                .map(c -> c.month() + "月底" + c.cumulativePercent().stripTrailingZeros().toPlainString() + "%")
                .collect(Collectors.joining("，"));
    }

    private static String strip(String text) {
        return text == null ? "" : text.strip();
    }

    /** A line of the indicator part; a removed or added row remembers its position until moves are joined. */
    private record Line(FieldChange change, int removedRow, int addedRow) {
    }
}
