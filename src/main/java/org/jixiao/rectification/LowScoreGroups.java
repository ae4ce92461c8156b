package org.jixiao.rectification;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.jixiao.scoring.domain.DepartmentScore;

/**
 * 自评得分偏低: aggregates the scored indicators of one project self-evaluation per 一级指标 (产出/效益/满意度…) and per
 * 二级指标 (数量/质量/时效/成本/社会效益…) and keeps the groups whose 得分率 (score ÷ 分值) lies below the threshold
 * of the result-application rules in force. Rows marked 不适用 and rows without a score (not filled in, refused) count
 * for neither score nor 分值. The comparison is exact ({@code score < threshold × 分值}); the rate shown is rounded
 * once, to a percentage with two decimals.
 */
public final class LowScoreGroups {

    private LowScoreGroups() {
    }

    /**
     * One indicator row as scored.
     *
     * @param index         its row in the self-evaluation (0-based)
     * @param weight        its 分值, null when it has none
     * @param result        its score, empty when not filled in or refused
     * @param notApplicable marked 不适用
     */
    public record Line(int index, String level1, String level2, String name, String target, String actual,
                       BigDecimal weight, Optional<BigDecimal> result, boolean notApplicable) {

        public Line {
            result = result == null ? Optional.empty() : result;
        }

        boolean counts() {
            return !notApplicable && result.isPresent() && weight != null && weight.signum() > 0;
        }

        boolean lostPoints() {
            return result.get().compareTo(weight) < 0;
        }
    }

    /**
     * A group scoring below the threshold.
     *
     * @param level2 the 二级指标, null for a 一级 group
     * @param lost   the rows of the group that lost points, in row order
     */
    public record Group(String level1, String level2, BigDecimal score, BigDecimal weight, List<Line> lost) {

        public Group {
            lost = List.copyOf(lost);
        }

        /** The 得分率 as a percentage, rounded once to two decimals (83.33). */
        public BigDecimal ratePercent() {
            return score.multiply(BigDecimal.valueOf(100)).divide(weight, 2, RoundingMode.HALF_UP);
        }

        /** 效益, or 效益/社会效益 for a 二级 group. */
        public String label() {
            return level2 == null ? level1 : level1 + "/" + level2;
        }

        public boolean firstLevel() {
            return level2 == null;
        }
    }

    /**
     * The groups whose score lies below {@code threshold} × 分值: each 一级 group followed by its 二级 groups, in
     * the order the rows first name them.
     */
    public static List<Group> below(List<Line> lines, BigDecimal threshold) {
        Objects.requireNonNull(threshold, "threshold");
        Map<String, List<Line>> first = new LinkedHashMap<>();
        Map<String, Map<String, List<Line>>> second = new LinkedHashMap<>();
        for (Line l : lines) {
            if (!l.counts()) {
                continue;
            }
            String l1 = text(l.level1());
            first.computeIfAbsent(l1, k -> new ArrayList<>()).add(l);
            second.computeIfAbsent(l1, k -> new LinkedHashMap<>()).computeIfAbsent(text(l.level2()),
                    k -> new ArrayList<>()).add(l);
        }
        List<Group> result = new ArrayList<>();
        for (Map.Entry<String, List<Line>> e : first.entrySet()) {
            group(e.getKey(), null, e.getValue(), threshold).ifPresent(result::add);
            for (Map.Entry<String, List<Line>> s : second.get(e.getKey()).entrySet()) {
                group(e.getKey(), s.getKey(), s.getValue(), threshold).ifPresent(result::add);
            }
        }
        return result;
    }

    /**
     * The same for a tree already scored per group (部门整体支出绩效自评: the roots are the 一级 indicators, their
     * children the 二级; a group's score is the sum of its children's): the roots and children with a score whose
     * score lies below {@code threshold} × 分值, each with the leaves below it that lost points.
     */
    public static List<Group> belowInTree(List<DepartmentScore.Node> roots, BigDecimal threshold) {
        Objects.requireNonNull(threshold, "threshold");
        List<Group> result = new ArrayList<>();
        for (DepartmentScore.Node root : roots) {
            node(root.name(), null, root, threshold).ifPresent(result::add);
            for (DepartmentScore.Node child : root.children()) {
                node(root.name(), child.name(), child, threshold).ifPresent(result::add);
            }
        }
        return result;
    }

    private static Optional<Group> node(String level1, String level2, DepartmentScore.Node n, BigDecimal threshold) {
        if (n.score().isEmpty() || n.weight().signum() <= 0
                || n.score().get().compareTo(threshold.multiply(n.weight())) >= 0) {
            return Optional.empty();
        }
        List<Line> lost = new ArrayList<>();
        leaves(level1, level2, n, lost);
        return Optional.of(new Group(level1, level2, n.score().get(), n.weight(), lost));
    }

    private static void leaves(String level1, String level2, DepartmentScore.Node n, List<Line> sink) {
        if (n.children().isEmpty()) {
            if (n.score().isPresent() && n.score().get().compareTo(n.weight()) < 0) {
                sink.add(new Line(sink.size(), level1, level2, n.name(), null, null, n.weight(), n.score(), false));
            }
            return;
        }
        for (DepartmentScore.Node c : n.children()) {
            leaves(level1, level2 == null ? c.name() : level2, c, sink);
        }
    }

    private static Optional<Group> group(String level1, String level2, List<Line> rows, BigDecimal threshold) {
        BigDecimal score = BigDecimal.ZERO;
        BigDecimal weight = BigDecimal.ZERO;
        for (Line l : rows) {
            score = score.add(l.result().get());
            weight = weight.add(l.weight());
        }
        if (weight.signum() <= 0 || score.compareTo(threshold.multiply(weight)) >= 0) {
            return Optional.empty();
        }
        return Optional.of(new Group(level1, level2, score, weight,
                rows.stream().filter(Line::lostPoints).toList()));
    }

    private static String text(String s) {
        return s == null || s.isBlank() ? "（未填）" : s.strip();
    }
}
