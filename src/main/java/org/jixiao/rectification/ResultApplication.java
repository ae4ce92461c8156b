package org.jixiao.rectification;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.jixiao.evaluation.EvaluationQueries;
import org.jixiao.evaluation.SelfEvaluationView;
import org.jixiao.evaluation.domain.ScoredSelfEvaluation;
import org.jixiao.goals.GoalTableForm;
import org.jixiao.goals.GoalTableManagement;
import org.jixiao.goals.GoalTableQueries;
import org.jixiao.goals.GoalTableView;
import org.jixiao.goals.domain.GoalTableId;
import org.jixiao.goals.domain.GoalTableInput;
import org.jixiao.goals.domain.GoalTableKind;
import org.jixiao.goals.domain.Indicator;
import org.jixiao.orgs.OrgQueries;
import org.jixiao.orgs.OrgScope;
import org.jixiao.orgs.OrgView;
import org.jixiao.orgs.Permissions;
import org.jixiao.orgs.domain.Actor;
import org.jixiao.orgs.domain.Permission;
import org.jixiao.orgs.domain.RegionCode;
import org.jixiao.rectification.domain.ApplicationRules;
import org.jixiao.rectification.domain.ApplicationRulesCatalog;
import org.jixiao.rectification.domain.Suggestion;
import org.jixiao.scoring.domain.Grade;
import org.jixiao.shared.FiscalYear;
import org.jixiao.shared.NotFoundException;
import org.jixiao.shared.ValidationException;
import org.jixiao.shared.Violation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 结果应用: next year's goal tables drafted from last year's. The draft shows each of last year's tables with its
 * self-evaluation (grade, execution), each indicator with its target, actual, score and the open problems that
 * concern it, and the suggestions of the {@link ApplicationRules} in force for the unit's 财政区划 and the year.
 * {@link #copyForward} creates the new year's tables through {@code goals}' {@link GoalTableManagement} (as drafts, a
 * table already copied is skipped); {@link #decide} records acceptance or override of a suggestion with a reason.
 */
@Service
@Transactional
public class ResultApplication {

    private final GoalTableQueries goals;
    private final GoalTableManagement goalManagement;
    private final EvaluationQueries evaluations;
    private final RectificationQueries rectifications;
    private final OrgQueries orgs;
    private final ApplicationDecisions decisions;
    private final ApplicationRulesCatalog rules;
    private final Clock clock;

    ResultApplication(GoalTableQueries goals, GoalTableManagement goalManagement, EvaluationQueries evaluations,
                      RectificationQueries rectifications, OrgQueries orgs, ApplicationDecisions decisions,
                      ApplicationRulesCatalog rules, Clock clock) {
        this.goals = goals;
        this.goalManagement = goalManagement;
        this.evaluations = evaluations;
        this.rectifications = rectifications;
        this.orgs = orgs;
        this.decisions = decisions;
        this.rules = rules;
        this.clock = clock;
    }

    /** The draft of one unit: last year's tables with results, problems and suggestions. */
    public record Draft(String unitCode, String unitName, int fromYear, int toYear, String rulesName,
                        String rulesBasis, List<TableDraft> tables) {
    }

    /**
     * One of last year's tables.
     *
     * @param nextYearTableId the copy in the new year, when made
     * @param budget          全年预算数 in 元 from the self-evaluation, null when none
     * @param executed        全年执行数 in 元, null when none
     * @param problems        open problems of the table not tied to one indicator
     */
    public record TableDraft(long goalTableId, String title, GoalTableKind kind, String projectCode,
                             Long nextYearTableId, BigDecimal total, Grade grade, BigDecimal budget,
                             BigDecimal executed, List<SuggestionLine> suggestions, List<IndicatorLine> indicators,
                             List<ProblemView> problems) {
    }

    /** One indicator: target, last year's actual and score, open problems, suggestion. */
    public record IndicatorLine(int position, String level1, String level2, String name, String target,
                                String actual, BigDecimal score, BigDecimal weight, List<ProblemView> problems,
                                SuggestionLine suggestion) {
    }

    /** A suggestion with the latest decision taken on it, if any. */
    public record SuggestionLine(Suggestion suggestion, Decision decision) {
    }

    /** 采纳 or 不采纳 with the reason, who and when. */
    public record Decision(boolean accepted, String reason, String decidedBy, Instant decidedAt) {
    }

    @Transactional(readOnly = true)
    public Draft draft(String unitCode, FiscalYear from, OrgScope scope) {
        OrgView unit = unit(unitCode, scope);
        FiscalYear to = FiscalYear.of(from.value() + 1);
        ApplicationRules in = rules(unit, from);
        Map<String, Decision> decided = new HashMap<>();
        for (ApplicationDecisions.Row r : decisions.findByUnitAndYear(unit.code(), from.value())) {
            decided.put(r.sourceTableId() + "/" + r.suggestion() + "/" + r.position(),
                    new Decision(r.accepted(), r.reason(), r.decidedByName(), r.decidedAt()));
        }
        List<ProblemView> open = rectifications.list(unit.code(), from, ProblemFilter.none(), scope).stream()
                .filter(p -> p.status().isOpen()).toList();
        List<GoalTableView> next = goals.findAll(unit.code(), to, scope);
        List<TableDraft> tables = new ArrayList<>();
        for (GoalTableView table : goals.findAll(unit.code(), from, scope)) {
            Optional<SelfEvaluationView> evaluation = table.kind() == GoalTableKind.PROJECT
                    ? evaluations.findByGoalTable(table.id(), scope).flatMap(id -> evaluations.find(id, scope))
                    : Optional.empty();
            ScoredSelfEvaluation scored = evaluation.map(SelfEvaluationView::scored).orElse(null);
            BigDecimal budget = scored == null || scored.budgetWan() == null ? null : yuan(scored.budgetWan());
            BigDecimal executed = scored == null || scored.executedWan() == null ? null : yuan(scored.executedWan());
            Optional<Grade> grade = scored == null ? Optional.empty() : scored.grade();
            List<SuggestionLine> tableSuggestions = Suggestion.forTable(in, grade, budget, executed).stream()
                    .map(s -> line(table.id().value(), s, decided)).toList();
            List<IndicatorLine> lines = new ArrayList<>();
            List<Indicator> indicators = table.content().indicators();
            for (int i = 0; i < indicators.size(); i++) {
                Indicator indicator = indicators.get(i);
                ScoredSelfEvaluation.RowResult row = scored == null || i >= scored.rows().size() ? null
                        : scored.rows().get(i);
                String target = indicator.value().format();
                String actual = row == null ? null : row.actual();
                Optional<Suggestion> raise = row == null ? Optional.empty()
                        : Suggestion.forIndicator(in, i, target, actual, row.deviation());
                lines.add(new IndicatorLine(i, indicator.level1().original(), indicator.level2().original(),
                        indicator.name(), target, actual, row == null ? null : row.result().orElse(null),
                        row == null ? null : row.weight(),
                        open.stream().filter(p -> Objects.equals(p.goalTableId(), table.id().value())
                                && indicator.name().equals(p.indicatorName())).toList(),
                        raise.map(s -> line(table.id().value(), s, decided)).orElse(null)));
            }
            List<ProblemView> tableProblems = open.stream()
                    .filter(p -> Objects.equals(p.goalTableId(), table.id().value()) && p.indicatorName() == null)
                    .toList();
            tables.add(new TableDraft(table.id().value(), table.title(), table.kind(), projectCode(table),
                    copyOf(table, next).map(GoalTableId::value).orElse(null),
                    scored == null ? null : scored.total().orElse(null), grade.orElse(null), budget, executed,
                    tableSuggestions, lines, tableProblems));
        }
        return new Draft(unit.code(), unit.name(), from.value(), to.value(), in.name(), in.basis(), tables);
    }

    /**
     * Copies every table of {@code from} not yet copied into {@code from + 1}, through
     * {@link GoalTableManagement#create}: the same checks as a table typed by hand; the new tables are drafts.
     *
     * @return the ids of the new tables
     */
    public List<GoalTableId> copyForward(String unitCode, FiscalYear from, Actor actor, OrgScope scope) {
        OrgView unit = unit(unitCode, scope);
        Permissions.require(actor, Permission.GOAL_TABLE_EDIT);
        FiscalYear to = FiscalYear.of(from.value() + 1);
        List<GoalTableView> next = goals.findAll(unit.code(), to, scope);
        List<GoalTableId> created = new ArrayList<>();
        for (GoalTableView table : goals.findAll(unit.code(), from, scope)) {
            if (copyOf(table, next).isPresent()) {
                continue;
            }
            GoalTableInput typed = GoalTableForm.of(table).toInput();
            GoalTableInput input = new GoalTableInput(table.kind().name(), Integer.toString(to.value()), unit.code(),
                    typed.projectCode(), typed.projectName(), typed.budgetWan(), typed.fiscalWan(), typed.otherWan(),
                    typed.purpose(), typed.spendingPlan(), typed.goals(), typed.indicators(), null);
            created.add(goalManagement.create(input, scope));
        }
        return created;
    }

    /**
     * Records 采纳 or 不采纳 of a suggestion of last year's table with the reason; the suggestion must be one the draft
     * shows now.
     *
     * @throws ValidationException when the reason is missing or too long, or there is no such suggestion
     */
    public void decide(String unitCode, FiscalYear from, long goalTableId, String suggestionKey, boolean accepted,
                       String reason, Actor actor, OrgScope scope) {
        Permissions.require(actor, Permission.GOAL_TABLE_EDIT);
        Draft draft = draft(unitCode, from, scope);
        TableDraft table = draft.tables().stream().filter(t -> t.goalTableId() == goalTableId).findFirst()
                .orElseThrow(() -> new NotFoundException("目标表 " + goalTableId + " 不存在"));
        List<Suggestion> shown = new ArrayList<>();
        table.suggestions().forEach(s -> shown.add(s.suggestion()));
        table.indicators().stream().filter(l -> l.suggestion() != null).forEach(l -> shown.add(l.suggestion().suggestion()));
        Suggestion suggestion = shown.stream().filter(s -> s.key().equals(suggestionKey)).findFirst().orElse(null);
        List<Violation> v = new ArrayList<>();
        if (suggestion == null) {
            v.add(Violation.of("rectification.suggestion.unknown", "suggestion"));
        }
        if (reason == null || reason.isBlank()) {
            v.add(Violation.of("rectification.text.required", "reason"));
        } else if (reason.strip().length() > 2000) {
            v.add(Violation.of("rectification.text.long", "reason", 2000));
        }
        if (!v.isEmpty()) {
            throw new ValidationException(v);
        }
        decisions.insert(new ApplicationDecisions.Row(draft.unitCode(), from.value(), goalTableId,
                table.nextYearTableId(), suggestion.position(), suggestion.kind().name(), accepted, reason.strip(),
                actor.userId(), actor.displayName(), clock.instant()));
    }

    private ApplicationRules rules(OrgView unit, FiscalYear year) {
        RegionCode region = RegionCode.isValid(unit.regionCode()) ? new RegionCode(unit.regionCode()) : null;
        Optional<ApplicationRules> found = region == null ? Optional.empty() : rules.inForce(region, year);
        return found.or(() -> rules.versions().stream().filter(r -> r.region().isEmpty() && r.covers(year))
                        .max(java.util.Comparator.comparingInt(ApplicationRules::from)))
                .orElseThrow(() -> new ValidationException(List.of(Violation.of("rectification.rules.none", "year"))));
    }

    private static SuggestionLine line(long tableId, Suggestion s, Map<String, Decision> decided) {
        return new SuggestionLine(s, decided.get(tableId + "/" + s.kind().name() + "/" + s.position()));
    }

    /** Last year's table's copy in the new year: the same project code, or the department table. */
    private static Optional<GoalTableId> copyOf(GoalTableView table, List<GoalTableView> next) {
        return next.stream().filter(n -> n.kind() == table.kind()
                        && (table.kind() == GoalTableKind.DEPARTMENT || Objects.equals(projectCode(n), projectCode(table))))
                .map(GoalTableView::id).findFirst();
    }

    private static String projectCode(GoalTableView t) {
        return t.project() == null ? null : t.project().content().code().value();
    }

    private static BigDecimal yuan(BigDecimal wan) {
        return wan.movePointRight(4).setScale(2, java.math.RoundingMode.HALF_UP);
    }

    private OrgView unit(String code, OrgScope scope) {
        return orgs.find(code == null ? "" : code, scope).filter(OrgView::isBudgetUnit)
                .orElseThrow(() -> new NotFoundException("单位 " + code + " 不存在"));
    }
}
