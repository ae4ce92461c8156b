package org.jixiao.monitoring;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.jixiao.goals.GoalTableView;
import org.jixiao.monitoring.domain.ExecutionAssessment;
import org.jixiao.monitoring.domain.Lamp;
import org.jixiao.monitoring.domain.MonitoringPeriod;
import org.jixiao.monitoring.domain.MonitoringReturnId;
import org.jixiao.monitoring.domain.MonitoringReturnInput;
import org.jixiao.monitoring.domain.MonitoringReturnStatus;
import org.jixiao.shared.Amount;
import org.jixiao.shared.Violation;

/**
 * A 双监控 return as shown: the goal table it reports on (targets beside the values), the values as typed, the lamp
 * of the money (the execution at the cut-off month against the project's budget, 序时进度 and 资金支出计划) and of
 * every indicator row, and every violation (what cannot be read, and what is still missing before 送审).
 *
 * @param status          草稿 (editable) or locked by the review workflow (送审 until 撤回/退回/调整)
 * @param reviewStatus    the return's own review status label (草稿, 已送审（待业务初审）, 已退回, 已批复 …)
 * @param goalTableStatus the goal table's review status (草稿, 审核中, 已批复 …): a return may be filled in before
 *                        the table is approved
 * @param budget          the project's 预算数, or {@code null} when the table does not give one (no money lamp then)
 * @param recorded        the execution records of the project at the cut-off month (运行监控), when there are any:
 *                        the money lamp is then measured against their budget in force (with 预算调整)
 */
public record MonitoringReturnView(MonitoringReturnId id, long version, MonitoringReturnStatus status,
                                   String reviewStatus, Instant submittedAt, GoalTableView table, String goalTableStatus,
                                   MonitoringPeriod period, Optional<LocalDate> due, String rulesName,
                                   MonitoringReturnInput input, Amount budget, Optional<ExecutionAssessment> money,
                                   List<Row> rows, List<Violation> violations, Optional<RecordedExecution> recorded) {

    public MonitoringReturnView {
        rows = List.copyOf(rows);
        violations = List.copyOf(violations);
    }

    /** One indicator of the goal table with its lamp from the 完成目标可能性 and progress as typed. */
    public record Row(int index, String level1, String level2, String name, String target, Optional<Lamp> lamp) {
    }

    /** The money's lamp; green when there is no figure or budget to judge yet. */
    public Lamp moneyLamp() {
        return money.map(ExecutionAssessment::lamp).orElse(Lamp.GREEN);
    }

    /** The recorded 执行数 differs from the typed one (shown beside it on the form). */
    public boolean executedDiffersFromRecords() {
        return recorded.filter(r -> r.records() > 0 && r.differsFrom(input.executedWan())).isPresent();
    }

    /** The recorded budget in force at the cut-off month differs from the goal table's 预算数 (a 预算调整). */
    public boolean budgetAdjusted() {
        return recorded.filter(r -> r.budget() != null && budget != null
                && r.budget().yuan().compareTo(budget.yuan()) != 0).isPresent();
    }

    public String projectName() {
        return table.title();
    }

    public boolean editable() {
        return status == MonitoringReturnStatus.DRAFT;
    }

    /** No violation at all: ready for 送审. */
    public boolean complete() {
        return violations.isEmpty();
    }

    /** The worst lamp of the money and the rows. */
    public Lamp overallLamp() {
        Lamp lamp = moneyLamp();
        for (Row row : rows) {
            if (row.lamp().isPresent()) {
                lamp = lamp.worse(row.lamp().get());
            }
        }
        return lamp;
    }
}
