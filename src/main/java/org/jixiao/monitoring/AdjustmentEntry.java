package org.jixiao.monitoring;

import java.time.LocalDate;

import org.jixiao.projects.domain.ProjectId;
import org.jixiao.shared.Amount;

/** One stored 预算调整: from {@code date} on the project's budget is {@code newBudget}. */
public record AdjustmentEntry(long id, ProjectId projectId, LocalDate date, Amount newBudget, String reason) {
}
