package org.jixiao.reports.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.jixiao.shared.ValidationException;
import org.jixiao.shared.Violation;

/**
 * The figures of a report as its author wrote them (a hand-written or earlier report): the total score, the part
 * scores (一级 and, under them, 二级 indicators), the 预算执行率, money figures of the basics and projects' totals.
 * Every one is optional. {@link #parse} reads them from text and refuses what is not a number, with every
 * violation at once; it never throws anything else on user text.
 *
 * @param parts         in the order written; a part's {@code parent} names an earlier part, or is null
 * @param money         stated money figures in 元 by basics field
 * @param projectTotals stated total score by project name
 */
public record StatedFigures(BigDecimal total, List<Part> parts, BigDecimal executionRatePercent,
                            Map<BasicsField, BigDecimal> money, Map<String, BigDecimal> projectTotals) {

    public StatedFigures {
        parts = List.copyOf(parts);
        money = Map.copyOf(money);
        projectTotals = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(projectTotals));
    }

    /** One part score: “部门决策 35”, or under a parent “部门决策/部门目标 12”. */
    public record Part(String name, String parent, BigDecimal score) {
        public Part {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(score, "score");
        }
    }

    /**
     * @param total       “98.8”
     * @param partLines   one part per line: “部门决策 35”, “部门决策/部门目标 12” (name and score separated by
     *                    spaces, a tab, “：” or “:”; a trailing “分” is allowed)
     * @param rate        预算执行率 in per cent: “100”, “99.5%”
     * @param money       money figures by {@link BasicsField#key()}, 元
     * @param projectLines one project per line: “高危执勤补贴经费 96.5”
     */
    public static StatedFigures parse(String total, String partLines, String rate, Map<String, String> money,
                                      String projectLines) {
        List<Violation> violations = new ArrayList<>();
        BigDecimal totalScore = score(total, "total", "总分", violations);
        List<Part> parts = new ArrayList<>();
        List<String> names = new ArrayList<>();
        int lineNo = 0;
        for (String line : lines(partLines)) {
            lineNo++;
            String[] nameAndScore = split(line);
            if (nameAndScore == null) {
                violations.add(Violation.of("reports.part.nameMissing", "parts", lineNo));
                continue;
            }
            String name = nameAndScore[0];
            String parent = null;
            int slash = name.lastIndexOf('/');
            if (slash >= 0) {
                parent = name.substring(0, slash).strip();
                name = name.substring(slash + 1).strip();
                if (!names.contains(parent)) {
                    violations.add(Violation.of("reports.part.parentUnknown", "parts", lineNo, parent));
                    continue;
                }
            }
            if (name.isEmpty()) {
                violations.add(Violation.of("reports.part.nameMissing", "parts", lineNo));
                continue;
            }
            BigDecimal score = score(nameAndScore[1], "parts", "第 " + lineNo + " 行“" + name + "”的分数", violations);
            if (score != null) {
                parts.add(new Part(name, parent, score));
                names.add(name);
            }
        }
        BigDecimal ratePercent = null;
        if (rate != null && !rate.isBlank()) {
            ratePercent = decimal(rate.strip().replaceFirst("[%％]$", ""));
            if (ratePercent == null || ratePercent.signum() < 0) {
                violations.add(Violation.of("reports.percent.notNumber", "executionRate", "预算执行率"));
                ratePercent = null;
            }
        }
        Map<BasicsField, BigDecimal> moneyFigures = new java.util.EnumMap<>(BasicsField.class);
        for (BasicsField field : BasicsField.values()) {
            String raw = money == null ? null : money.get(field.key());
            if (field.kind() != BasicsField.Kind.MONEY || raw == null || raw.isBlank()) {
                continue;
            }
            BigDecimal yuan = ReportBasicsParser.money(raw.strip());
            if (yuan == null) {
                violations.add(Violation.of("reports.money.notNumber", field.key(), field.shortLabel()));
            } else if (yuan.signum() < 0) {
                violations.add(Violation.of("reports.money.negative", field.key(), field.shortLabel()));
            } else {
                moneyFigures.put(field, yuan);
            }
        }
        Map<String, BigDecimal> projects = new LinkedHashMap<>();
        lineNo = 0;
        for (String line : lines(projectLines)) {
            lineNo++;
            String[] nameAndScore = split(line);
            if (nameAndScore == null) {
                violations.add(Violation.of("reports.part.nameMissing", "projects", lineNo));
                continue;
            }
            BigDecimal score = score(nameAndScore[1], "projects", "第 " + lineNo + " 行“" + nameAndScore[0] + "”的分数", violations);
            if (score != null) {
                projects.put(nameAndScore[0], score);
            }
        }
        if (!violations.isEmpty()) {
            throw new ValidationException(violations);
        }
        return new StatedFigures(totalScore, parts, ratePercent, moneyFigures, projects);
    }

    private static List<String> lines(String text) {
        if (text == null) {
            return List.of();
        }
        return text.lines().map(String::strip).filter(l -> !l.isEmpty()).limit(500).toList();
    }

    /** “名称 分数” → {name, score text}; null when there is no name or no last token. */
    private static String[] split(String line) {
        String l = line.replaceFirst("分$", "").strip();
        int cut = Math.max(Math.max(l.lastIndexOf(' '), l.lastIndexOf('\t')),
                Math.max(Math.max(l.lastIndexOf('：'), l.lastIndexOf(':')), l.lastIndexOf('\u3000')));
        if (cut <= 0 || cut == l.length() - 1) {
            return null;
        }
        String name = l.substring(0, cut).strip().replaceFirst("[：:]$", "").strip();
        return name.isEmpty() ? null : new String[]{name, l.substring(cut + 1).strip()};
    }

    private static BigDecimal score(String text, String path, String what, List<Violation> violations) {
        if (text == null || text.isBlank()) {
            return null;
        }
        BigDecimal value = decimal(text.strip().replaceFirst("分$", ""));
        if (value == null) {
            violations.add(Violation.of("reports.score.notNumber", path, what));
            return null;
        }
        if (value.signum() < 0 || value.compareTo(BigDecimal.valueOf(100)) > 0 || value.stripTrailingZeros().scale() > 2) {
            violations.add(Violation.of("reports.score.outOfRange", path, what));
            return null;
        }
        return value;
    }

    private static BigDecimal decimal(String text) {
        return text.matches("[0-9]{1,12}(\\.[0-9]{1,6})?") ? new BigDecimal(text) : null;
    }
}
