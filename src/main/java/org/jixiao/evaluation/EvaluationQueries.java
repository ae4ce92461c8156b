package org.jixiao.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jixiao.evaluation.domain.EvaluationId;
import org.jixiao.evaluation.domain.ScoredSelfEvaluation;
import org.jixiao.evaluation.domain.SelfEvaluationInput;
import org.jixiao.goals.GoalTableQueries;
import org.jixiao.goals.GoalTableView;
import org.jixiao.goals.domain.GoalTableId;
import org.jixiao.goals.domain.GoalTableKind;
import org.jixiao.goals.domain.Indicator;
import org.jixiao.orgs.OrgScope;
import org.jixiao.orgs.domain.RegionCode;
import org.jixiao.scoring.domain.ScoringPolicy;
import org.jixiao.shared.ValidationException;
import org.jixiao.shared.Violation;
import org.jixiao.shared.FiscalYear;
import org.jixiao.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads of project self-evaluations, always within an {@link OrgScope}: an evaluation of a unit outside the scope is
 * as if it did not exist. Every score is computed on reading by the scoring engine, from the goal table as it
 * stands and the actuals stored.
 */
@Service
@Transactional(readOnly = true)
public class EvaluationQueries {

    private final SelfEvaluations evaluations;
    private final GoalTableQueries goals;
    private final EvaluationScoring scoring;
    private final MonitoredExecutions monitored;

    EvaluationQueries(SelfEvaluations evaluations, GoalTableQueries goals, EvaluationScoring scoring,
                      MonitoredExecutions monitored) {
        this.monitored = monitored;
        this.evaluations = evaluations;
        this.goals = goals;
        this.scoring = scoring;
    }

    public Optional<SelfEvaluationView> find(EvaluationId id, OrgScope scope) {
        return evaluations.find(id).filter(e -> scope.contains(e.unitCode()))
                .flatMap(e -> goals.find(e.goalTableId(), scope).map(table -> view(e, table, null)));
    }

    /**
     * What 运行监控 records of the evaluated project's year as it stands now (Σ spending, budget after 预算调整),
     * shown beside the typed 全年执行数 and 全年预算数; empty without records or outside the scope. Read on demand (the
     * form and the API document), not with every {@link #find}: reports read many self-evaluations.
     */
    public Optional<MonitoredExecution> monitored(SelfEvaluationView view, OrgScope scope) {
        return monitored.of(view.table(), scope);
    }

    /** Whether it is submitted or approved (送审后只读): its actuals and evidence cannot change. */
    public boolean isLocked(EvaluationId id) {
        return evaluations.isLocked(id);
    }

    /** The self-evaluation of a goal table, if started. */
    public Optional<EvaluationId> findByGoalTable(GoalTableId table, OrgScope scope) {
        return goals.findTable(table, scope).flatMap(t -> evaluations.findByGoalTable(table))
                .map(StoredEvaluation::id);
    }

    /**
     * The evaluation scored as typed, in place of what is stored: nothing is saved.
     *
     * @throws NotFoundException when it does not exist or lies outside the scope
     */
    public SelfEvaluationView preview(EvaluationId id, SelfEvaluationInput input, OrgScope scope) {
        StoredEvaluation stored = evaluations.find(id).filter(e -> scope.contains(e.unitCode()))
                .orElseThrow(() -> notFound(id));
        GoalTableView table = goals.find(stored.goalTableId(), scope).orElseThrow(() -> notFound(id));
        return view(stored, table, input);
    }

    /**
     * Scores a self-evaluation document of a goal table without saving anything (and without needing one started).
     *
     * @throws NotFoundException when the table does not exist, lies outside the scope or is a department table
     */
    public SelfEvaluationView score(GoalTableId tableId, SelfEvaluationInput input, OrgScope scope) {
        GoalTableView table = goals.find(tableId, scope).filter(t -> t.kind() == GoalTableKind.PROJECT)
                .orElseThrow(() -> new NotFoundException("项目目标表 " + tableId.value() + " 不存在"));
        return new SelfEvaluationView(null, 0, table, input, scoring.score(table, input), scoring.policy(table).name());
    }

    /**
     * Scores a self-contained document — indicators with their targets and weights, not a stored goal table — under
     * the policy in force for {@code region} and {@code year}. Reads nothing stored, saves nothing.
     *
     * @throws ValidationException when no policy is in force there and then
     */
    public Standalone score(RegionCode region, FiscalYear year, String projectName, List<Indicator> indicators,
                            SelfEvaluationInput input) {
        ScoringPolicy policy = scoring.policy(region, year).orElseThrow(() -> new ValidationException(List.of(
                Violation.of("evaluation.policy.none", "regionCode", region.value(), Integer.toString(year.value())))));
        return new Standalone(scoring.score(region, year, projectName, indicators, input).orElseThrow(), policy.name());
    }

    /** A self-contained document scored, with the name of the policy applied. */
    public record Standalone(ScoredSelfEvaluation scored, String policyName) {
    }

    /** Every project of the unit-year with its self-evaluation's total and grade (project order of the goal tables). */
    public List<SelfEvaluationSummary> list(String unitCode, FiscalYear year, OrgScope scope) {
        if (!scope.contains(unitCode)) {
            return List.of();
        }
        Map<GoalTableId, StoredEvaluation> byTable = evaluations.findByUnitAndYear(unitCode, year).stream()
                .collect(Collectors.toMap(StoredEvaluation::goalTableId, Function.identity()));
        List<SelfEvaluationSummary> result = new ArrayList<>();
        for (GoalTableView table : goals.findAll(unitCode, year, scope)) {
            if (table.kind() != GoalTableKind.PROJECT) {
                continue;
            }
            String code = table.project() == null ? null : table.project().content().code().value();
            StoredEvaluation stored = byTable.get(table.id());
            if (stored == null) {
                result.add(new SelfEvaluationSummary(null, table.id(), code, table.title(), null, null, 0));
                continue;
            }
            ScoredSelfEvaluation scored = scoring.score(table, EvaluationScoring.input(stored, table));
            result.add(new SelfEvaluationSummary(stored.id(), table.id(), code, table.title(),
                    scored.total().orElse(null), scored.grade().orElse(null), stored.version()));
        }
        return result;
    }

    private SelfEvaluationView view(StoredEvaluation stored, GoalTableView table, SelfEvaluationInput typed) {
        SelfEvaluationInput input = typed != null ? typed : EvaluationScoring.input(stored, table);
        ScoredSelfEvaluation scored = scoring.score(table, input);
        return new SelfEvaluationView(stored.id(), stored.version(), table, input, scored,
                scoring.policy(table).name());
    }

    private static NotFoundException notFound(EvaluationId id) {
        return new NotFoundException("自评表 " + id.value() + " 不存在");
    }
}
