package org.jixiao.reports;

import java.util.List;

import org.jixiao.orgs.OrgScope;
import org.jixiao.reports.domain.MonthPoint;
import org.jixiao.shared.FiscalYear;

/**
 * The hook through which the monthly execution records (预算执行监控) enter the report's chart 执行进度, implemented
 * by {@link MonitoringMonthlySource}. Without data the report says that no monthly execution data is recorded and
 * draws no month chart.
 */
public interface MonthlyExecutionSource {

    /** The unit-year's cumulative execution rate by month, in month order; empty when none is recorded. */
    List<MonthPoint> monthly(String unitCode, FiscalYear year, OrgScope scope);
}
