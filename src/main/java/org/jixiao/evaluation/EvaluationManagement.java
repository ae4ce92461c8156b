package org.jixiao.evaluation;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.jixiao.evaluation.domain.EvaluationId;
import org.jixiao.evaluation.domain.ScoredSelfEvaluation;
import org.jixiao.evaluation.domain.SelfEvaluationInput;
import org.jixiao.goals.GoalTableQueries;
import org.jixiao.goals.GoalTableView;
import org.jixiao.goals.domain.GoalTableId;
import org.jixiao.goals.domain.GoalTableKind;
import org.jixiao.orgs.OrgScope;
import org.jixiao.review.ReviewService;
import org.jixiao.review.domain.ReviewState;
import org.jixiao.review.domain.ReviewSubject;
import org.jixiao.review.domain.SubjectKind;
import org.jixiao.scoring.domain.ScoringViolation;
import org.jixiao.shared.NotFoundException;
import org.jixiao.shared.RecordLockedException;
import org.jixiao.shared.ValidationException;
import org.jixiao.shared.VersionConflictException;
import org.jixiao.shared.Violation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes of project self-evaluations: start one for a project goal table (one per table), save the actuals under
 * optimistic locking. Out of scope is not found. Values that cannot be read or scored (a 定性 score outside its
 * band, text where a number belongs) refuse the save with every violation at once; what is merely still missing
 * (an actual not yet entered, 偏差原因 required from the threshold) does not: a draft may be saved incomplete.
 */
@Service
@Transactional
public class EvaluationManagement {

    private final SelfEvaluations evaluations;
    private final GoalTableQueries goals;
    private final EvaluationScoring scoring;
    private final ReviewService review;
    private final Clock clock;
    private final MonitoredExecutions monitored;

    EvaluationManagement(SelfEvaluations evaluations, GoalTableQueries goals, EvaluationScoring scoring,
                         ReviewService review, Clock clock, MonitoredExecutions monitored) {
        this.monitored = monitored;
        this.evaluations = evaluations;
        this.goals = goals;
        this.scoring = scoring;
        this.review = review;
        this.clock = clock;
    }

    /**
     * Starts the self-evaluation of a project goal table. When 运行监控 has spending records of the project in the
     * year, 全年执行数 is their total (months 1–12) and 全年预算数 the budget in force after the recorded 预算调整;
     * otherwise 全年预算数 is the project's 预算数 and 全年执行数 stays empty. Nothing else is filled in; the unit may
     * correct both (the page shows the recorded figures beside them).
     *
     * @throws NotFoundException   when the table does not exist or lies outside the scope
     * @throws ValidationException when it is a department table, is not 已批复 or already has a self-evaluation
     */
    public EvaluationId start(GoalTableId tableId, OrgScope scope) {
        return start(tableId, scope, true);
    }

    /**
     * {@code requireApproved} false only for the demo data, which evaluates the seed's tables while they stay 草稿
     * (so that their review can still be shown); docs/evaluation.md.
     */
    EvaluationId start(GoalTableId tableId, OrgScope scope, boolean requireApproved) {
        GoalTableView table = goals.find(tableId, scope)
                .orElseThrow(() -> new NotFoundException("目标表 " + tableId.value() + " 不存在"));
        if (table.kind() != GoalTableKind.PROJECT) {
            throw new ValidationException(List.of(Violation.of("evaluation.department", "goalTableId")));
        }
        if (evaluations.findByGoalTable(tableId).isPresent()) {
            throw new ValidationException(List.of(Violation.of("evaluation.exists", "goalTableId")));
        }
        ReviewSubject subject = ReviewSubject.goalTable(tableId.value());
        if (requireApproved && review.state(subject) != ReviewState.APPROVED) {
            String label = review.statusLabels(SubjectKind.GOAL_TABLE, List.of(tableId.value())).get(tableId.value());
            throw new ValidationException(List.of(Violation.of("evaluation.table-not-approved", "goalTableId", label)));
        }
        java.math.BigDecimal budget = table.project().content().funding().budgetAmount()
                .map(org.jixiao.shared.Amount::yuan).orElse(null);
        java.math.BigDecimal executed = null;
        MonitoredExecution recorded = monitored.of(table, scope).filter(MonitoredExecution::hasRecords).orElse(null);
        if (recorded != null) {
            executed = recorded.executed().yuan();
            if (recorded.budget() != null) {
                budget = recorded.budget().yuan();
            }
        }
        StoredEvaluation fresh = new StoredEvaluation(null, table.unitCode(), table.year(), table.id(), budget,
                executed, null, List.of(), 0);
        try {
            return evaluations.insert(fresh, clock.instant());
        } catch (org.springframework.dao.DuplicateKeyException e) { // started by someone else a moment ago
            throw new ValidationException(List.of(Violation.of("evaluation.exists", "goalTableId")));
        }
    }

    /**
     * Saves the self-evaluation as typed if it is still at {@code input.version()}.
     *
     * @throws NotFoundException        when it does not exist or lies outside the scope
     * @throws ValidationException      with every violation when a value cannot be stored or scored
     * @throws VersionConflictException when somebody saved it in between; nothing is written then
     * @throws RecordLockedException    when it is submitted or approved (送审后只读)
     */
    public ScoredSelfEvaluation save(EvaluationId id, SelfEvaluationInput input, OrgScope scope) {
        StoredEvaluation stored = evaluations.find(id).filter(e -> scope.contains(e.unitCode()))
                .orElseThrow(() -> new NotFoundException("自评表 " + id.value() + " 不存在"));
        GoalTableView table = goals.find(stored.goalTableId(), scope)
                .orElseThrow(() -> new NotFoundException("自评表 " + id.value() + " 不存在"));
        if (evaluations.isLocked(id)) {
            throw new RecordLockedException(SelfEvaluations.LOCKED_MESSAGE);
        }
        ScoredSelfEvaluation scored = scoring.score(table, input);
        List<Violation> violations = new ArrayList<>(violations(scored.blocking()));
        if (input.version() == null) {
            violations.add(Violation.of("version.required", "version"));
        } else if (input.version() < 0) {
            violations.add(Violation.of("version.invalid", "version"));
        }
        if (!violations.isEmpty()) {
            throw new ValidationException(violations);
        }
        evaluations.update(EvaluationScoring.stored(stored, scored), input.version(), clock.instant());
        return scored;
    }

    /** The engine's and the input's violations as {@link Violation}s: the Chinese message is the one argument. */
    public static List<Violation> violations(List<ScoringViolation> violations) {
        return violations.stream().map(v -> Violation.of(v.code(), v.path(), v.message())).toList();
    }
}
