package org.jixiao.monitoring;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.jixiao.goals.domain.GoalTableId;
import org.jixiao.monitoring.domain.MonitoringReturnId;
import org.jixiao.monitoring.domain.MonitoringReturnStatus;
import org.jixiao.shared.FiscalYear;

/** A 双监控 return as stored (money in 元, choices as codes), before it is read against its goal table. */
record StoredReturn(MonitoringReturnId id, String unitCode, FiscalYear year, GoalTableId goalTableId,
                    int cutOffMonth, BigDecimal executed, BigDecimal expectedAnnual, String moneyCategory,
                    String moneyReason, String moneyMeasure, MonitoringReturnStatus status, Instant submittedAt,
                    List<Row> rows, long version) {

    StoredReturn {
        rows = List.copyOf(rows);
    }

    StoredReturn withRows(List<Row> newRows) {
        return new StoredReturn(id, unitCode, year, goalTableId, cutOffMonth, executed, expectedAnnual, moneyCategory,
                moneyReason, moneyMeasure, status, submittedAt, newRows, version);
    }

    /** One indicator row; name and target as they stood when saved. */
    record Row(int position, String indicatorName, String target, String completed, String expectedAnnual,
               String likelihood, String progress, String reasonCategory, String reasonText, String measure) {
    }
}
