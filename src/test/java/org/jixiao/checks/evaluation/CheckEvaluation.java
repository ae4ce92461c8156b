package org.jixiao.checks.evaluation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;

import org.jixiao.checks.domain.CheckEngine;
import org.jixiao.checks.domain.CheckedTable;
import org.jixiao.checks.domain.Finding;
import org.jixiao.checks.domain.RuleId;
import org.jixiao.checks.evaluation.EvaluationSet.Label;
import org.jixiao.checks.evaluation.EvaluationSet.Lookalike;
import org.jixiao.checks.evaluation.EvaluationSet.UnitYear;
import org.jixiao.goals.domain.Indicator;

/**
 * Scores a {@link CheckEngine} against the labelled {@link EvaluationSet}: runs {@link CheckEngine#checkUnit} on
 * every unit-year and compares the findings with the labels.
 *
 * <ul>
 * <li>A finding <b>matches</b> a label of its table when the finding's rule is the label's rule or one of its
 * alternatives, and, for a row-level label, the finding is at the label's row (or one of its
 * {@code alsoRows}); a table-level label (row null) takes any finding of its rules in the table. A finding is
 * matched to the labels of its own rule first and only otherwise to labels that list its rule as an
 * alternative.</li>
 * <li><b>True positive</b>: a finding that matches a label. <b>False positive</b>: a finding that matches none.
 * <b>False negative</b>: a label that no finding matches.</li>
 * <li>Per rule, precision = matched findings of that rule / all findings of that rule; recall = labels of that rule
 * (by their main rule) that some finding matched / labels of that rule. A finding of rule A that hits a label of
 * rule B through the label's alternatives counts as correct for A and as a hit for B. Overall figures sum the
 * same counts over all rules. Precision is NaN when there are no findings, recall NaN when there are no
 * labels.</li>
 * </ul>
 *
 * <pre>{@code
 * CheckEvaluation.Report report = new CheckEvaluation(engine).run();
 * System.out.println(report.markdown());
 * System.out.println(report.details());
 * assertThat(report.overall().precision()).isGreaterThanOrEqualTo(0.9);
 * }</pre>
 */
public final class CheckEvaluation {

    private final CheckEngine engine;
    private final Predicate<Finding> counted;

    public CheckEvaluation(CheckEngine engine) {
        this(engine, f -> true);
    }

    private CheckEvaluation(CheckEngine engine, Predicate<Finding> counted) {
        this.engine = Objects.requireNonNull(engine, "engine");
        this.counted = Objects.requireNonNull(counted, "counted");
    }

    /** An evaluation that counts only the findings that pass {@code filter} (e.g. leaving out 提示). */
    public CheckEvaluation counting(Predicate<Finding> filter) {
        return new CheckEvaluation(engine, filter);
    }

    /** Scores the whole set ({@link EvaluationSet#load()}). */
    public Report run() {
        return run(EvaluationSet.load());
    }

    /** Scores the given unit-years. */
    public Report run(List<UnitYear> units) {
        List<Hit> hits = new ArrayList<>();
        List<Miss> misses = new ArrayList<>();
        List<Stray> strays = new ArrayList<>();
        for (UnitYear unit : units) {
            Map<CheckedTable, List<Finding>> results = engine.checkUnit(unit.tables());
            Set<Label> hitLabels = Collections.newSetFromMap(new IdentityHashMap<>());
            for (CheckedTable table : unit.tables()) {
                List<Label> labels = unit.labelsOf(table.projectCode());
                for (Finding finding : results.getOrDefault(table, List.of())) {
                    if (!counted.test(finding)) {
                        continue;
                    }
                    Integer row = finding.location().row();
                    List<Label> matched = labels.stream()
                            .filter(l -> l.rule() == finding.rule() && l.covers(row)).toList();
                    boolean viaAlternative = false;
                    if (matched.isEmpty()) {
                        matched = labels.stream()
                                .filter(l -> l.alternatives().contains(finding.rule()) && l.covers(row)).toList();
                        viaAlternative = !matched.isEmpty();
                    }
                    if (matched.isEmpty()) {
                        Lookalike lookalike = unit.lookalikes().stream()
                                .filter(k -> Objects.equals(k.projectCode(), table.projectCode())
                                        && Objects.equals(k.row(), row) && k.rule() == finding.rule())
                                .findFirst().orElse(null);
                        strays.add(new Stray(Place.of(unit, table, row), finding, lookalike));
                    } else {
                        hitLabels.addAll(matched);
                        hits.add(new Hit(Place.of(unit, table, row), finding, matched, viaAlternative));
                    }
                }
            }
            for (Label label : unit.labels()) {
                if (!hitLabels.contains(label)) {
                    CheckedTable table = unit.table(label.projectCode()).orElse(null);
                    misses.add(new Miss(Place.of(unit, table, label.row()), label));
                }
            }
        }
        return Report.of(units, hits, misses, strays);
    }

    /** Where something is: file, table and row (null: the table as a whole), with readable names. */
    public record Place(String file, String projectCode, String tableName, Integer row, String indicator) {

        static Place of(UnitYear unit, CheckedTable table, Integer row) {
            String name = table == null ? "?" : table.project() == null ? "部门整体" : table.project().name();
            String code = table == null ? null : table.projectCode();
            String indicator = null;
            if (table != null && row != null && row >= 0 && row < table.indicators().size()) {
                Indicator i = table.indicators().get(row);
                indicator = i.name() + " = " + i.value().format();
            }
            return new Place(unit.file(), code, name, row, indicator);
        }

        @Override
        public String toString() {
            String table = tableName + (projectCode == null ? "" : " (" + projectCode + ")");
            String where = row == null ? "整表" : "indicators[" + row + "]" + (indicator == null ? "" : " «" + indicator + "»");
            return file + " · " + table + " · " + where;
        }
    }

    /** A finding that matched one or more labels. */
    public record Hit(Place place, Finding finding, List<Label> labels, boolean viaAlternative) {
    }

    /** A label no finding matched (false negative). */
    public record Miss(Place place, Label label) {
    }

    /** A finding that matched no label (false positive); {@code lookalike} when it fell on a documented look-alike. */
    public record Stray(Place place, Finding finding, Lookalike lookalike) {
    }

    /** The counts of one rule (or of all rules, {@code rule} null). */
    public record RuleScore(RuleId rule, int labels, int labelsHit, int findings, int findingsMatched) {

        public int truePositives() {
            return findingsMatched;
        }

        public int falsePositives() {
            return findings - findingsMatched;
        }

        public int falseNegatives() {
            return labels - labelsHit;
        }

        /** Matched findings / findings; NaN without findings. */
        public double precision() {
            return findings == 0 ? Double.NaN : (double) findingsMatched / findings;
        }

        /** Hit labels / labels; NaN without labels. */
        public double recall() {
            return labels == 0 ? Double.NaN : (double) labelsHit / labels;
        }
    }

    /** The outcome of one run. */
    public record Report(Map<RuleId, RuleScore> perRule, RuleScore overall, List<Hit> hits, List<Stray> falsePositives,
                         List<Miss> falseNegatives) {

        public Report {
            perRule = Collections.unmodifiableMap(new EnumMap<>(perRule));
            hits = List.copyOf(hits);
            falsePositives = List.copyOf(falsePositives);
            falseNegatives = List.copyOf(falseNegatives);
        }

        static Report of(List<UnitYear> units, List<Hit> hits, List<Miss> misses, List<Stray> strays) {
            Map<RuleId, int[]> counts = new EnumMap<>(RuleId.class);
            for (RuleId rule : RuleId.values()) {
                counts.put(rule, new int[4]); // labels, labelsHit, findings, findingsMatched
            }
            for (UnitYear unit : units) {
                for (Label label : unit.labels()) {
                    counts.get(label.rule())[0]++;
                }
            }
            Set<Label> seen = Collections.newSetFromMap(new IdentityHashMap<>());
            for (Hit hit : hits) {
                counts.get(hit.finding().rule())[2]++;
                counts.get(hit.finding().rule())[3]++;
                for (Label label : hit.labels()) {
                    if (seen.add(label)) {
                        counts.get(label.rule())[1]++;
                    }
                }
            }
            for (Stray stray : strays) {
                counts.get(stray.finding().rule())[2]++;
            }
            Map<RuleId, RuleScore> perRule = new EnumMap<>(RuleId.class);
            int[] total = new int[4];
            counts.forEach((rule, c) -> {
                perRule.put(rule, new RuleScore(rule, c[0], c[1], c[2], c[3]));
                for (int i = 0; i < 4; i++) {
                    total[i] += c[i];
                }
            });
            return new Report(perRule, new RuleScore(null, total[0], total[1], total[2], total[3]), hits, strays, misses);
        }

        public RuleScore score(RuleId rule) {
            return perRule.get(rule);
        }

        /** One line: overall precision and recall with their counts. */
        public String summary() {
            return String.format(Locale.ROOT, "precision %s (%d of %d findings), recall %s (%d of %d labelled defects)",
                    ratio(overall.precision()), overall.findingsMatched(), overall.findings(), ratio(overall.recall()),
                    overall.labelsHit(), overall.labels());
        }

        /** The per-rule table in Markdown, for docs/checks.md. */
        public String markdown() {
            StringBuilder out = new StringBuilder();
            out.append("| 规则 | 名称 | 标注缺陷 | 命中 | 漏报 FN | 发现 | 正确 TP | 误报 FP | 精确率 | 召回率 |\n");
            out.append("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
            for (RuleScore s : perRule.values()) {
                row(out, "`" + s.rule().name() + "`", s.rule().title(), s);
            }
            row(out, "**合计**", "", overall);
            return out.toString();
        }

        private static void row(StringBuilder out, String id, String title, RuleScore s) {
            out.append(String.format(Locale.ROOT, "| %s | %s | %d | %d | %d | %d | %d | %d | %s | %s |%n", id, title,
                    s.labels(), s.labelsHit(), s.falseNegatives(), s.findings(), s.truePositives(), s.falsePositives(),
                    ratio(s.precision()), ratio(s.recall())));
        }

        /** Every false positive and false negative, with table, row and message. */
        public String details() {
            StringBuilder out = new StringBuilder();
            out.append("### 误报 (FP): ").append(falsePositives.size()).append('\n');
            for (Stray s : falsePositives) {
                Finding f = s.finding();
                out.append("- ").append(f.rule()).append(" [").append(f.severity().label()).append("] ")
                        .append(s.place()).append(f.location().field() == null ? "" : " ." + f.location().field())
                        .append(": ").append(f.message());
                if (s.lookalike() != null) {
                    out.append(" — 标注为正确的相似行：").append(s.lookalike().note());
                }
                out.append('\n');
            }
            out.append("\n### 漏报 (FN): ").append(falseNegatives.size()).append('\n');
            for (Miss m : falseNegatives) {
                Label l = m.label();
                out.append("- ").append(l.rule());
                if (!l.alternatives().isEmpty()) {
                    out.append(" (或 ").append(l.alternatives()).append(')');
                }
                out.append(' ').append(m.place()).append(": ").append(l.note()).append('\n');
            }
            return out.toString();
        }

        private static String ratio(double value) {
            return Double.isNaN(value) ? "—" : String.format(Locale.ROOT, "%.2f", value);
        }
    }
}
