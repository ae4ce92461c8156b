package org.jixiao.checks.domain.rules;

import java.util.List;
import java.util.function.Consumer;

import org.jixiao.checks.domain.CheckContext;
import org.jixiao.checks.domain.CheckedTable;
import org.jixiao.checks.domain.Finding;
import org.jixiao.checks.domain.Location;
import org.jixiao.checks.domain.RuleConfig;
import org.jixiao.checks.domain.RuleId;
import org.jixiao.checks.domain.Severity;
import org.jixiao.checks.domain.TableRule;
import org.jixiao.goals.domain.Indicator;

/**
 * 缺少指标值确定依据: the 指标值确定依据 of a row is empty or says nothing — {@code 无}, {@code /}, {@code —},
 * {@code 暂无}, a single character, only punctuation (the configured list {@code basis.meaningless}). rules.md §5.2:
 * the value comes from a 计划/历史/行业/预算支出标准, and the table should say which.
 *
 * <p>When no row of a table has a basis at all (a table typed from a template without the column), one
 * table-level finding replaces a finding per row.
 */
public final class MissingBasisRule implements TableRule {

    private static final String ADVICE = "写明指标值的确定依据，如年度工作计划、实施方案、上年完成值、行业标准或预算支出标准。";

    private final Severity severity;
    private final Keywords meaningless;
    /** Longer text than this (spaces allowed twice over) cannot be a listed word. */
    private final int longestMeaningless;

    public MissingBasisRule(RuleConfig config) {
        this.severity = config.severity(id());
        this.meaningless = Keywords.of(config.keywords("basis.meaningless"));
        this.longestMeaningless = 2 * meaningless.words().stream().mapToInt(String::length).max().orElse(1);
    }

    @Override
    public RuleId id() {
        return RuleId.MISSING_BASIS;
    }

    @Override
    public void check(CheckedTable table, CheckContext context, Consumer<Finding> out) {
        List<Indicator> indicators = table.indicators();
        int blank = 0;
        for (Indicator indicator : indicators) {
            if (RuleText.isBlank(indicator.basis())) {
                blank++;
            }
        }
        if (blank > 1 && blank == indicators.size()) {
            out.accept(new Finding(id(), severity, Location.table(table.projectCode(), "indicators"),
                    "全部" + blank + "个指标都没有填写指标值确定依据。", ADVICE));
            return;
        }
        for (int row = 0; row < indicators.size(); row++) {
            Indicator indicator = indicators.get(row);
            String basis = indicator.basis();
            if (RuleText.isBlank(basis)) {
                out.accept(finding(table, row, "“" + RuleText.shown(indicator.name()) + "”没有填写指标值确定依据。"));
            } else if (basis.length() <= longestMeaningless && isMeaningless(RuleText.compact(basis))
                    || basis.length() > longestMeaningless && !RuleText.hasLetterOrDigit(basis)) {
                out.accept(finding(table, row, "“" + RuleText.shown(indicator.name()) + "”的指标值确定依据写成“"
                        + basis.strip() + "”，看不出指标值从何而来。"));
            }
        }
    }

    boolean isMeaningless(String basis) {
        return basis.length() <= 2 && basis.codePointCount(0, basis.length()) == 1 || meaningless.isOneOf(basis)
                || !RuleText.hasLetterOrDigit(basis);
    }

    private Finding finding(CheckedTable table, int row, String message) {
        return new Finding(id(), severity, Location.row(table.projectCode(), row, "basis"), message, ADVICE);
    }
}
