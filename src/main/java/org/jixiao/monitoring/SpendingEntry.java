package org.jixiao.monitoring;

import java.time.LocalDate;

import org.jixiao.projects.domain.ProjectId;
import org.jixiao.shared.Amount;

/** One stored 实际支出 record: money spent on a project on a date (counted in that date's month). */
public record SpendingEntry(long id, ProjectId projectId, LocalDate date, Amount amount, ExecutionSource source,
                            String note) {

    public int month() {
        return date.getMonthValue();
    }
}
