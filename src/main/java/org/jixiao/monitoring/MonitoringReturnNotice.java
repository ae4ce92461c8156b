package org.jixiao.monitoring;

import java.time.LocalDate;

import org.jixiao.monitoring.domain.ReturnDeadlineRules.Urgency;
import org.jixiao.shared.FiscalYear;

/**
 * 待办提醒: a period whose returns are due within the reminder days (or overdue) and not all submitted.
 *
 * @param outstanding project goal tables of the unit-year without a return submitted to review (送审) for the period
 * @param daysLeft    days until the due date (negative when overdue)
 */
public record MonitoringReturnNotice(String unitCode, String unitName, FiscalYear year, String periodLabel,
                                     LocalDate due, Urgency urgency, long daysLeft, int outstanding, int total) {

    public boolean overdue() {
        return urgency == Urgency.OVERDUE;
    }

    /** "807001 巨鹿县… 2024年度 1–7月 双监控表：9 个项目中 8 个未送审，截止 2024-08-31（已逾期 813 天）". */
    public String text() {
        String when = overdue() ? "已逾期 " + (-daysLeft) + " 天" : daysLeft == 0 ? "今天截止" : "还剩 " + daysLeft + " 天";
        return unitName + " " + year.value() + "年度 " + periodLabel + " 双监控表：" + total + " 个项目中 " + outstanding
                + " 个未送审，截止 " + due + "（" + when + "）";
    }
}
