package org.jixiao.monitoring;

import java.util.List;

import org.jixiao.shared.FiscalYear;

/**
 * 红灯预警 for the home page and the 待办 list: the projects of the user's units whose current execution lamp is red,
 * the lowest execution rate first, at most a limit of them.
 *
 * @param year         the fiscal year looked at, null when the scope has no spending records at all
 * @param projects     at most the limit, lowest 累计执行率 first
 * @param totalRed     every red project of the units looked at (may exceed {@code projects.size()})
 * @param tooManyUnits the scope has more units than are computed for a notice (the finance bureau of a large
 *                     财政区划): nothing is computed, the page links to the 运行监控总览 instead
 */
public record RedLampNotices(FiscalYear year, List<Item> projects, int totalRed, boolean tooManyUnits) {

    public RedLampNotices {
        projects = List.copyOf(projects);
    }

    static RedLampNotices none() {
        return new RedLampNotices(null, List.of(), 0, false);
    }

    public boolean isEmpty() {
        return projects.isEmpty() && !tooManyUnits;
    }

    /**
     * One red project.
     *
     * @param rate        the cumulative execution rate as an exact fraction
     * @param ratePercent the cumulative execution rate at the last reported month, e.g. "38.00%"
     * @param explanation the red verdicts in Chinese (rule, figures)
     */
    public record Item(String unitCode, String unitName, int year, String projectCode, String projectName,
                       int reportedThrough, java.math.BigDecimal rate, String ratePercent, String explanation) {
    }
}
