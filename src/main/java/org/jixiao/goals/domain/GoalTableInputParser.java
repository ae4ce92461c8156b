package org.jixiao.goals.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.jixiao.indicators.domain.IndicatorValue;
import org.jixiao.indicators.domain.LabelNormalizer;
import org.jixiao.indicators.domain.Level1Category;
import org.jixiao.indicators.domain.Level2Category;
import org.jixiao.indicators.domain.NormalizedLabel;
import org.jixiao.projects.domain.Checkpoint;
import org.jixiao.projects.domain.Funding;
import org.jixiao.projects.domain.ProjectCode;
import org.jixiao.projects.domain.ProjectContent;
import org.jixiao.projects.domain.SpendingPlan;
import org.jixiao.shared.Amount;
import org.jixiao.shared.FiscalYear;
import org.jixiao.shared.TextLimits;
import org.jixiao.shared.ValidationException;
import org.jixiao.shared.Violation;

/**
 * Turns a {@link GoalTableInput} into a typed {@link ParsedGoalTable}, collecting every violation at once.
 *
 * <p>Only what cannot be stored meaningfully is refused: money that is not a number or negative, a percentage
 * outside 0–100, a month outside 1–12, two checkpoints for one month, an empty 三级 name, text over
 * {@value TextLimits#MAX_FIELD_LENGTH} characters. Defects of content (a decreasing plan, a 二级 under the wrong
 * 一级, a vague value, parts that do not add up to the budget) are stored as written and left to the checks.
 */
public final class GoalTableInputParser {

    /** Largest amount a table may hold, in 万元 (the column is numeric(18,2) in 元). */
    private static final BigDecimal MAX_WAN = new BigDecimal("10000000000");
    private static final BigDecimal MAX_WEIGHT = BigDecimal.valueOf(100);
    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)");
    private static final Pattern INTEGER = Pattern.compile("[+-]?\\d{1,9}");

    private final LabelNormalizer labels;

    public GoalTableInputParser(LabelNormalizer labels) {
        this.labels = labels;
    }

    /** @throws ValidationException listing every violation, when anything cannot be stored */
    public ParsedGoalTable parse(GoalTableInput input) {
        List<Violation> violations = new ArrayList<>();

        FiscalYear year = parseYear(input.fiscalYear(), violations);
        String unitCode = trim(input.unitCode());
        if (unitCode.isEmpty()) {
            violations.add(Violation.of("required", "unitCode"));
        }
        GoalTableKind kind = parseKind(input, violations);
        Long version = parseVersion(input.version(), violations);

        ProjectContent project = kind == GoalTableKind.PROJECT ? parseProject(input, violations) : null;
        List<String> goals = parseGoals(input.goals(), violations);
        List<Indicator> indicators = parseIndicators(input.indicators(), violations);

        if (!violations.isEmpty()) {
            throw new ValidationException(violations);
        }
        return new ParsedGoalTable(kind, year, unitCode, project, new GoalTableContent(goals, indicators), version);
    }

    private static FiscalYear parseYear(String raw, List<Violation> violations) {
        String text = trim(raw);
        if (text.isEmpty()) {
            violations.add(Violation.of("required", "fiscalYear"));
            return null;
        }
        if (!INTEGER.matcher(text).matches() || !FiscalYear.isValid(Integer.parseInt(text))) {
            violations.add(Violation.of("fiscalYear.invalid", "fiscalYear", FiscalYear.MIN, FiscalYear.MAX));
            return null;
        }
        return FiscalYear.of(Integer.parseInt(text));
    }

    private static GoalTableKind parseKind(GoalTableInput input, List<Violation> violations) {
        String text = trim(input.kind());
        if (text.isEmpty()) {
            return trim(input.projectCode()).isEmpty() && trim(input.projectName()).isEmpty()
                    ? GoalTableKind.DEPARTMENT : GoalTableKind.PROJECT;
        }
        for (GoalTableKind kind : GoalTableKind.values()) {
            if (kind.name().equalsIgnoreCase(text)) {
                return kind;
            }
        }
        violations.add(Violation.of("kind.invalid", "kind", text));
        return GoalTableKind.PROJECT;
    }

    private static Long parseVersion(String raw, List<Violation> violations) {
        String text = trim(raw);
        if (text.isEmpty()) {
            return null;
        }
        if (!text.matches("\\d{1,18}")) {
            violations.add(Violation.of("version.invalid", "version"));
            return null;
        }
        return Long.parseLong(text);
    }

    private ProjectContent parseProject(GoalTableInput input, List<Violation> violations) {
        int before = violations.size();
        String code = trim(input.projectCode());
        if (code.isEmpty()) {
            violations.add(Violation.of("required", "projectCode"));
        } else if (!ProjectCode.isValid(code)) {
            violations.add(Violation.of("projectCode.invalid", "projectCode", ProjectCode.MAX_LENGTH));
        }
        String name = text(input.projectName(), "projectName", violations);
        if (name == null) {
            violations.add(Violation.of("required", "projectName"));
        }
        Amount budget = money(input.budgetWan(), "budgetWan", violations);
        Amount fiscal = money(input.fiscalWan(), "fiscalWan", violations);
        Amount other = money(input.otherWan(), "otherWan", violations);
        String purpose = text(input.purpose(), "purpose", violations);
        SpendingPlan plan = parsePlan(input.spendingPlan(), violations);
        if (violations.size() > before) {
            return null;
        }
        return new ProjectContent(new ProjectCode(code), name, new Funding(budget, fiscal, other), purpose, plan);
    }

    private static SpendingPlan parsePlan(List<GoalTableInput.PlanPoint> points, List<Violation> violations) {
        List<Checkpoint> checkpoints = new ArrayList<>();
        Set<Integer> months = new HashSet<>();
        boolean valid = true;
        for (int i = 0; i < points.size(); i++) {
            GoalTableInput.PlanPoint point = points.get(i);
            String path = "spendingPlan[" + i + "]";
            String monthText = trim(point == null ? null : point.month());
            String percentText = trim(point == null ? null : point.percent());
            if (monthText.isEmpty() && percentText.isEmpty()) {
                continue; // an empty row left in the form
            }
            Integer month = null;
            if (monthText.isEmpty()) {
                violations.add(Violation.of("required", path + ".month"));
            } else if (!INTEGER.matcher(monthText).matches() || !Checkpoint.isValidMonth(Integer.parseInt(monthText))) {
                violations.add(Violation.of("month.invalid", path + ".month"));
            } else {
                month = Integer.parseInt(monthText);
                if (!months.add(month)) {
                    violations.add(Violation.of("month.duplicate", path + ".month", month));
                    month = null;
                }
            }
            BigDecimal percent = null;
            String plain = percentText.endsWith("%") ? percentText.substring(0, percentText.length() - 1).trim() : percentText;
            if (plain.isEmpty()) {
                violations.add(Violation.of("required", path + ".percent"));
            } else if (!DECIMAL.matcher(plain).matches()) {
                violations.add(Violation.of("percent.notNumber", path + ".percent"));
            } else {
                percent = new BigDecimal(plain);
                if (!Checkpoint.isValidPercent(percent)) {
                    violations.add(Violation.of("percent.outOfRange", path + ".percent"));
                    percent = null;
                }
            }
            if (month == null || percent == null) {
                valid = false;
            } else {
                checkpoints.add(new Checkpoint(month, percent));
            }
        }
        return valid ? new SpendingPlan(checkpoints) : SpendingPlan.EMPTY;
    }

    private static List<String> parseGoals(List<String> goals, List<Violation> violations) {
        List<String> result = new ArrayList<>();
        for (int i = 0; i < goals.size(); i++) {
            String goal = text(goals.get(i), "goals[" + i + "]", violations);
            if (goal != null) {
                result.add(goal);
            }
        }
        return result;
    }

    private List<Indicator> parseIndicators(List<GoalTableInput.IndicatorRow> rows, List<Violation> violations) {
        List<Indicator> result = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            GoalTableInput.IndicatorRow row = rows.get(i);
            String path = "indicators[" + i + "]";
            if (row == null) {
                violations.add(Violation.of("required", path + ".name"));
                continue;
            }
            int before = violations.size();
            String level1 = text(row.level1(), path + ".level1", violations);
            String level2 = text(row.level2(), path + ".level2", violations);
            String name = text(row.name(), path + ".name", violations);
            if (name == null) {
                violations.add(Violation.of("indicator.name.required", path + ".name"));
            }
            String description = text(row.description(), path + ".description", violations);
            String value = text(row.value(), path + ".value", violations);
            String basis = text(row.basis(), path + ".basis", violations);
            BigDecimal weight = weight(row.weight(), path + ".weight", violations);
            String formula = text(row.formula(), path + ".formula", violations);
            String dataSource = text(row.dataSource(), path + ".dataSource", violations);
            String scoring = text(row.scoringStandard(), path + ".scoringStandard", violations);
            if (violations.size() > before) {
                continue;
            }
            NormalizedLabel<Level1Category> l1 = labels.level1(nullToEmpty(level1));
            NormalizedLabel<Level2Category> l2 = labels.level2(nullToEmpty(level2), l1.category());
            result.add(new Indicator(l1, l2, name, description, IndicatorValue.parse(nullToEmpty(value)), basis, weight,
                    formula, dataSource, scoring));
        }
        return result;
    }

    /** Trimmed text or null when blank; over-long text is a violation. */
    private static String text(String raw, String path, List<Violation> violations) {
        String text = trim(raw);
        if (text.isEmpty()) {
            return null;
        }
        if (TextLimits.length(text) > TextLimits.MAX_FIELD_LENGTH) {
            violations.add(Violation.of("text.tooLong", path, TextLimits.MAX_FIELD_LENGTH, TextLimits.length(text)));
            return null;
        }
        return text;
    }

    private static Amount money(String raw, String path, List<Violation> violations) {
        String text = trim(raw).replace(",", "");
        if (text.isEmpty()) {
            return null;
        }
        if (!DECIMAL.matcher(text).matches()) {
            violations.add(Violation.of("money.notNumber", path));
            return null;
        }
        BigDecimal wan = new BigDecimal(text);
        if (wan.signum() < 0) {
            violations.add(Violation.of("money.negative", path));
            return null;
        }
        if (wan.compareTo(MAX_WAN) >= 0) {
            violations.add(Violation.of("money.tooLarge", path));
            return null;
        }
        if (!Amount.isExactInWan(wan)) {
            violations.add(Violation.of("money.tooPrecise", path));
            return null;
        }
        return Amount.ofWan(wan);
    }

    private static BigDecimal weight(String raw, String path, List<Violation> violations) {
        String text = trim(raw);
        if (text.isEmpty()) {
            return null;
        }
        if (!DECIMAL.matcher(text).matches()) {
            violations.add(Violation.of("weight.notNumber", path));
            return null;
        }
        BigDecimal weight = new BigDecimal(text);
        if (weight.signum() < 0 || weight.compareTo(MAX_WEIGHT) > 0 || weight.stripTrailingZeros().scale() > 2) {
            violations.add(Violation.of("weight.outOfRange", path));
            return null;
        }
        return weight;
    }

    private static String trim(String raw) {
        return raw == null ? "" : raw.strip();
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
