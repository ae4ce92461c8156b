package org.jixiao.monitoring;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.jixiao.goals.GoalTableQueries;
import org.jixiao.goals.GoalTableView;
import org.jixiao.goals.domain.GoalTableId;
import org.jixiao.goals.domain.GoalTableKind;
import org.jixiao.monitoring.domain.LampRules;
import org.jixiao.monitoring.domain.MonitoringReturnId;
import org.jixiao.monitoring.domain.MonitoringReturnInput;
import org.jixiao.monitoring.domain.MonitoringReturnStatus;
import org.jixiao.orgs.OrgScope;
import org.jixiao.orgs.Permissions;
import org.jixiao.orgs.domain.Actor;
import org.jixiao.orgs.domain.Permission;
import org.jixiao.shared.NotFoundException;
import org.jixiao.shared.RecordLockedException;
import org.jixiao.shared.ValidationException;
import org.jixiao.shared.VersionConflictException;
import org.jixiao.shared.Violation;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes of 双监控 returns: start one for a project goal table and period, save it under optimistic locking. 送审,
 * 撤回, 通过, 退回 and 调整 go through the review workflow ({@link MonitoringReturnReviewSubjects}), which locks and
 * unlocks the return. Out of scope is not found. A save is refused (every violation at once) for what cannot be stored — a number
 * that is not one, a negative amount, 全年预计 below what is spent, text too long, an unknown choice; what is only
 * still missing (a value, a 偏差原因 where a lamp is not green) may stay in a 草稿 and refuses the 送审.
 */
@Service
@Transactional
public class MonitoringReturnManagement {

    /** Shown when a submitted return is to be changed. */
    public static final String LOCKED_MESSAGE = "该监控表已送审或已批复，不能修改；如需修改请先撤回（或由审核人退回、批复后调整）。";

    private final MonitoringReturns returns;
    private final GoalTableQueries goals;
    private final MonitoringReturnReading reading;
    private final Clock clock;

    MonitoringReturnManagement(MonitoringReturns returns, GoalTableQueries goals, MonitoringReturnReading reading,
                               Clock clock) {
        this.returns = returns;
        this.goals = goals;
        this.reading = reading;
        this.clock = clock;
    }

    /**
     * Starts the return of a project goal table (approved or not) for the period ending {@code cutOffMonth}, which must
     * be a period of the lamp rules in force for the unit's 财政区划 and year. Empty rows, one per indicator; 执行数
     * prefilled with the recorded spending of months 1…m when the project has execution records.
     *
     * @throws NotFoundException   when the table does not exist or lies outside the scope
     * @throws ValidationException when it is a department table, the period is not configured or already has a return
     */
    public MonitoringReturnId create(GoalTableId tableId, int cutOffMonth, Actor actor, OrgScope scope) {
        GoalTableView table = goals.find(tableId, scope)
                .orElseThrow(() -> new NotFoundException("目标表 " + tableId.value() + " 不存在"));
        Permissions.require(actor, Permission.GOAL_TABLE_EDIT);
        if (table.kind() != GoalTableKind.PROJECT) {
            throw new ValidationException(List.of(Violation.of("monitoring.return.department", "goalTableId")));
        }
        LampRules rules = reading.rules(table.unitCode(), table.year());
        if (rules.period(cutOffMonth).isEmpty()) {
            throw new ValidationException(List.of(Violation.of("monitoring.return.period.unknown", "cutOffMonth",
                    cutOffMonth, rules.periods().stream().map(p -> p.label()).toList().toString())));
        }
        if (returns.findByGoalTable(tableId, cutOffMonth).isPresent()) {
            throw new ValidationException(List.of(Violation.of("monitoring.return.exists", "cutOffMonth")));
        }
        // 执行数 prefilled from the execution records (运行监控) when the project has any; still editable
        java.math.BigDecimal executed = reading.recorded(table, cutOffMonth).filter(r -> r.records() > 0)
                .map(r -> r.executed().yuan()).orElse(null);
        StoredReturn fresh = new StoredReturn(null, table.unitCode(), table.year(), table.id(), cutOffMonth, executed,
                null, null, null, null, MonitoringReturnStatus.DRAFT, null, List.of(), 0);
        try {
            return returns.insert(fresh.withRows(MonitoringReturnReading.stored(fresh,
                    reading.read(table, cutOffMonth, emptyInput(), rules).monitoringReturn()).rows()),
                    clock.instant());
        } catch (DuplicateKeyException e) { // started by someone else a moment ago
            throw new ValidationException(List.of(Violation.of("monitoring.return.exists", "cutOffMonth")));
        }
    }

    /**
     * Saves the return as typed if it is still at {@code input.version()}.
     *
     * @return the violations still open (what is missing before 送审)
     * @throws NotFoundException        when it does not exist or lies outside the scope
     * @throws RecordLockedException    when it is under review or approved
     * @throws ValidationException      with every violation when something cannot be stored
     * @throws VersionConflictException when somebody saved it in between; nothing is written then
     */
    public List<Violation> save(MonitoringReturnId id, MonitoringReturnInput input, Actor actor, OrgScope scope) {
        StoredReturn stored = stored(id, scope);
        GoalTableView table = goals.find(stored.goalTableId(), scope)
                .orElseThrow(() -> MonitoringReturnQueries.notFound(id));
        Permissions.require(actor, Permission.GOAL_TABLE_EDIT);
        if (stored.status() != MonitoringReturnStatus.DRAFT) {
            throw new RecordLockedException(LOCKED_MESSAGE);
        }
        MonitoringReturnReading.Read read = reading.read(table, stored.cutOffMonth(), input,
                reading.rules(stored.unitCode(), stored.year()));
        List<Violation> refused = new ArrayList<>(read.blocking());
        version(input.version(), refused);
        if (!refused.isEmpty()) {
            throw new ValidationException(refused);
        }
        returns.update(MonitoringReturnReading.stored(stored, read.monitoringReturn()), input.version(),
                clock.instant());
        return read.violations();
    }

    /**
     * What refuses 送审 now: every violation of the return as stored (values, likelihoods, and 偏差原因/纠偏措施 where
     * a lamp is not green), in Chinese, for the review workflow.
     */
    List<Violation> openViolations(MonitoringReturnId id, OrgScope scope) {
        StoredReturn stored = stored(id, scope);
        GoalTableView table = goals.find(stored.goalTableId(), scope)
                .orElseThrow(() -> MonitoringReturnQueries.notFound(id));
        return reading.read(table, stored.cutOffMonth(), MonitoringReturnReading.input(stored, table),
                reading.rules(stored.unitCode(), stored.year())).violations();
    }

    /** Locks (送审) or unlocks (撤回, 退回, 调整) a return, for the review workflow. */
    void setLocked(MonitoringReturnId id, boolean locked) {
        returns.setStatus(id, locked ? MonitoringReturnStatus.SUBMITTED : MonitoringReturnStatus.DRAFT, clock.instant());
    }

    private StoredReturn stored(MonitoringReturnId id, OrgScope scope) {
        return returns.find(id).filter(r -> scope.contains(r.unitCode()))
                .orElseThrow(() -> MonitoringReturnQueries.notFound(id));
    }

    private static void version(Long version, List<Violation> violations) {
        if (version == null) {
            violations.add(Violation.of("version.required", "version"));
        } else if (version < 0) {
            violations.add(Violation.of("version.invalid", "version"));
        }
    }

    private static MonitoringReturnInput emptyInput() {
        return new MonitoringReturnInput(0L, null, null, null, null, null, List.of());
    }
}
