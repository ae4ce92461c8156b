package org.jixiao.rectification;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jixiao.evaluation.EvaluationQueries;
import org.jixiao.evaluation.SelfEvaluationSummary;
import org.jixiao.evaluation.SelfEvaluationView;
import org.jixiao.evaluation.domain.AssessmentKind;
import org.jixiao.evaluation.domain.ScoredSelfEvaluation;
import org.jixiao.orgs.OrgQueries;
import org.jixiao.orgs.OrgScope;
import org.jixiao.orgs.OrgView;
import org.jixiao.orgs.UserQueries;
import org.jixiao.orgs.domain.Actor;
import org.jixiao.rectification.domain.ProblemId;
import org.jixiao.rectification.domain.ProblemStatus;
import org.jixiao.rectification.domain.Transition;
import org.jixiao.shared.FiscalYear;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads of rectification problems, always within an {@link OrgScope}: a problem of a unit outside the scope is as
 * if it did not exist. 逾期 is computed on reading from the deadline and the application's {@link Clock}.
 *
 * <p>The 整改报告 (reports module) reads {@link #report}: the unit-year's problems in registration order, each with
 * its measures, owner, deadline, status, evidence and history, plus counts per status and the overdue count.
 */
@Service
@Transactional(readOnly = true)
public class RectificationQueries {

    private final Problems problems;
    private final ReviewMeetings meetings;
    private final UserQueries users;
    private final OrgQueries orgs;
    private final EvaluationQueries evaluations;
    private final org.jixiao.checks.CheckQueries checks;
    private final org.jixiao.goals.GoalTableQueries goals;
    private final Clock clock;

    RectificationQueries(Problems problems, ReviewMeetings meetings, UserQueries users, OrgQueries orgs, EvaluationQueries evaluations,
                         org.jixiao.checks.CheckQueries checks, org.jixiao.goals.GoalTableQueries goals, Clock clock) {
        this.checks = checks;
        this.goals = goals;
        this.problems = problems;
        this.meetings = meetings;
        this.users = users;
        this.orgs = orgs;
        this.evaluations = evaluations;
        this.clock = clock;
    }

    public Optional<ProblemView> find(ProblemId id, OrgScope scope) {
        return problems.find(id).filter(p -> scope.contains(p.unitCode())).map(p -> view(p, names(List.of(p))));
    }

    /** A unit-year's problems that pass the filter, in registration order; empty outside the scope. */
    public List<ProblemView> list(String unitCode, FiscalYear year, ProblemFilter filter, OrgScope scope) {
        if (!scope.contains(unitCode)) {
            return List.of();
        }
        return views(problems.findByUnitAndYear(unitCode, year.value())).stream().filter(filter::accepts).toList();
    }

    /** 我的整改待办: the actor's open problems as owner, by deadline (overdue ones first since they are earliest). */
    public List<ProblemView> todo(Actor actor, OrgScope scope) {
        return views(problems.findOpenByOwner(actor.userId()).stream().filter(p -> scope.contains(p.unitCode()))
                .toList());
    }

    /** 季度复盘 records of a unit-year, by quarter; empty outside the scope. */
    public List<QuarterlyReview> reviews(String unitCode, FiscalYear year, OrgScope scope) {
        if (!scope.contains(unitCode)) {
            return List.of();
        }
        Map<Long, String> titles = new HashMap<>();
        problems.findByUnitAndYear(unitCode, year.value()).forEach(p -> titles.put(p.id().value(), p.title()));
        return meetings.findByUnitAndYear(unitCode, year.value()).stream()
                .map(m -> new QuarterlyReview(m.id(), m.unitCode(), m.year(), m.quarter(), m.heldOn(), m.decisions(),
                        m.recordedByName(), m.createdAt(), meetings.items(m.id()).stream()
                        .map(i -> new QuarterlyReview.Item(i.problemId(), titles.getOrDefault(i.problemId(), ""),
                                ProblemStatus.valueOf(i.status()), i.oldDeadline(), i.newDeadline()))
                        .toList()))
                .toList();
    }

    /** The unit's members who may be named 责任人. */
    public List<UserQueries.Member> owners(String unitCode, OrgScope scope) {
        return users.membersOf(unitCode, scope);
    }

    /** 佐证材料 with its content, if it belongs to a problem in the scope. */
    public Optional<EvidenceFile> evidence(ProblemId id, long evidenceId, OrgScope scope) {
        return problems.find(id).filter(p -> scope.contains(p.unitCode()))
                .flatMap(p -> problems.evidence(id).stream().filter(e -> e.id() == evidenceId).findFirst())
                .flatMap(meta -> problems.evidenceContent(id, evidenceId)
                        .map(bytes -> new EvidenceFile(meta.fileName(), meta.contentType(), meta.sha256(), bytes)));
    }

    /** Evidence as downloaded. */
    public record EvidenceFile(String fileName, String contentType, String sha256, byte[] content) {
    }

    /** One unit's counts in the finance bureau's view. */
    public record UnitCounts(String unitCode, String unitName, Map<ProblemStatus, Long> byStatus, long overdue,
                             long total) {
    }

    /** 财政局视图: every budget unit in the scope with its counts of the year (units without problems included). */
    public List<UnitCounts> acrossUnits(FiscalYear year, OrgScope scope) {
        List<OrgView> units = orgs.budgetUnits(scope);
        Map<String, List<ProblemRow>> byUnit = new HashMap<>();
        List<ProblemRow> rows = scope.isUnrestricted() ? problems.findByYear(year.value())
                : problems.findByUnits(units.stream().map(OrgView::code).toList(), year.value());
        rows.forEach(p -> byUnit.computeIfAbsent(p.unitCode(), k -> new ArrayList<>()).add(p));
        LocalDate today = today();
        List<UnitCounts> result = new ArrayList<>();
        for (OrgView unit : units) { // counts from the rows: no evidence or history read for the overview
            List<ProblemRow> list = byUnit.getOrDefault(unit.code(), List.of());
            Map<ProblemStatus, Long> counts = new EnumMap<>(ProblemStatus.class);
            for (ProblemStatus s : ProblemStatus.values()) {
                counts.put(s, list.stream().filter(p -> p.status() == s).count());
            }
            result.add(new UnitCounts(unit.code(), unit.name(), new LinkedHashMap<>(counts),
                    list.stream().filter(p -> Transition.overdue(p.status(), p.deadline(), today)).count(),
                    list.size()));
        }
        return result;
    }

    /** The year the overview opens on: the latest with a problem in the scope, else last year by the clock. */
    public int defaultYear(OrgScope scope) {
        return problems.latestYear(scope.isUnrestricted() ? null : scope.codes()).orElse(today().getYear() - 1);
    }

    /** What the 整改报告 needs: see the class comment. Empty lists outside the scope. */
    public ReportData report(String unitCode, FiscalYear year, OrgScope scope) {
        List<ProblemView> list = list(unitCode, year, ProblemFilter.none(), scope);
        return new ReportData(unitCode, year.value(), list, counts(list),
                list.stream().filter(ProblemView::overdue).count(), today());
    }

    /**
     * The 整改报告's data.
     *
     * @param asOf the day overdue was judged on
     */
    public record ReportData(String unitCode, int year, List<ProblemView> problems, Map<ProblemStatus, Long> counts,
                             long overdue, LocalDate asOf) {
    }

    /**
     * The pick list for "create problem from a self-evaluation": every indicator of the unit-year's self-evaluations
     * that scored below its 分值, most points lost first.
     */
    public List<Candidate> candidates(String unitCode, FiscalYear year, OrgScope scope) {
        List<Candidate> result = new ArrayList<>();
        for (SelfEvaluationSummary s : evaluations.list(unitCode, year, scope)) {
            if (s.id() != null) {
                evaluations.find(s.id(), scope).ifPresent(v -> result.addAll(candidates(v)));
            }
        }
        result.sort((a, b) -> b.lost().compareTo(a.lost()));
        return result;
    }

    /** The indicators of one self-evaluation that lost points, in row order. */
    public static List<Candidate> candidates(SelfEvaluationView v) {
        List<Candidate> result = new ArrayList<>();
        for (ScoredSelfEvaluation.RowResult row : v.scored().rows()) {
            if (row.result().isEmpty() || row.weight() == null || row.kind() == AssessmentKind.NOT_APPLICABLE) {
                continue;
            }
            if (row.result().get().compareTo(row.weight()) < 0) {
                result.add(new Candidate(v.id().value(), v.table().id().value(), v.projectName(), row.index(),
                        row.indicator().level1().original(), row.indicator().level2().original(), row.indicator().name(),
                        row.target(), row.actual(), row.weight(), row.result().get(),
                        row.kind() == AssessmentKind.MEASURED));
            }
        }
        return result;
    }

    /**
     * The pick list for "create problem from a check finding": every finding kept (已复核，保留) on the unit-year's
     * goal tables, table by table (runs the goal checks on each table).
     */
    public List<FindingCandidate> keptFindings(String unitCode, FiscalYear year, OrgScope scope) {
        List<FindingCandidate> result = new ArrayList<>();
        for (org.jixiao.goals.GoalTableSummary t : goals.list(unitCode, year, scope)) {
            org.jixiao.checks.TableCheck check = checks.check(t.id(), scope);
            for (org.jixiao.checks.TableCheck.KeptFinding kept : check.kept()) {
                result.add(candidate(check.table(), kept));
            }
        }
        return result;
    }

    static FindingCandidate candidate(org.jixiao.goals.GoalTableView table, org.jixiao.checks.TableCheck.KeptFinding kept) {
        var f = kept.finding();
        Integer row = f.location().row();
        var indicators = table.content().indicators();
        String indicator = row != null && row >= 0 && row < indicators.size() ? indicators.get(row).name() : null;
        return new FindingCandidate(table.id().value(), table.title(), f.rule().name(), f.rule().title(), row,
                f.location().field(), indicator, f.message(), kept.reason());
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    private List<ProblemView> views(List<ProblemRow> rows) {
        Map<Long, String> names = names(rows);
        return rows.stream().map(p -> view(p, names)).toList();
    }

    private ProblemView view(ProblemRow p, Map<Long, String> names) {
        LocalDate today = today();
        List<ProblemView.EvidenceInfo> evidence = problems.evidence(p.id()).stream()
                .map(e -> new ProblemView.EvidenceInfo(e.id(), e.fileName(), e.contentType(), e.sizeBytes(),
                        e.sha256(), e.uploadedByName(), e.uploadedAt()))
                .toList();
        List<ProblemView.HistoryEntry> history = problems.events(p.id()).stream()
                .map(e -> new ProblemView.HistoryEntry(e.at(), e.actorId(), e.actorName(), e.action(), e.from(),
                        e.to(), e.detail()))
                .toList();
        ProblemView.Person owner = p.ownerUserId() == null ? null
                : new ProblemView.Person(p.ownerUserId(), names.getOrDefault(p.ownerUserId(), "用户 " + p.ownerUserId()));
        return new ProblemView(p.id(), p.unitCode(), p.year(), p.source(), p.sourceRef(), p.goalTableId(),
                p.evaluationId(), p.projectName(), p.indicatorName(), p.title(), p.description(), p.status(), owner,
                p.deadline(), Transition.overdue(p.status(), p.deadline(), today), p.measures(), evidence, history,
                p.version());
    }

    /** Owner names by user id, read per unit through {@code orgs}. */
    private Map<Long, String> names(List<ProblemRow> rows) {
        Map<Long, String> names = new HashMap<>();
        rows.stream().map(ProblemRow::unitCode).distinct().forEach(unit -> users.membersOf(unit, OrgScope.unrestricted())
                .forEach(m -> names.put(m.id(), m.displayName())));
        return names;
    }

    private static Map<ProblemStatus, Long> counts(List<ProblemView> list) {
        Map<ProblemStatus, Long> counts = new EnumMap<>(ProblemStatus.class);
        for (ProblemStatus s : ProblemStatus.values()) {
            counts.put(s, list.stream().filter(p -> p.status() == s).count());
        }
        return new LinkedHashMap<>(counts);
    }
}
