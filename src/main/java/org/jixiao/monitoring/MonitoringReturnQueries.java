package org.jixiao.monitoring;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jixiao.goals.GoalTableQueries;
import org.jixiao.goals.GoalTableSummary;
import org.jixiao.goals.GoalTableView;
import org.jixiao.goals.domain.GoalTableId;
import org.jixiao.goals.domain.GoalTableKind;
import org.jixiao.monitoring.domain.LampRules;
import org.jixiao.monitoring.domain.MonitoringPeriod;
import org.jixiao.monitoring.domain.MonitoringReturnId;
import org.jixiao.monitoring.domain.MonitoringReturnInput;
import org.jixiao.monitoring.domain.MonitoringReturnStatus;
import org.jixiao.monitoring.domain.ReturnDeadlineRules;
import org.jixiao.orgs.OrgQueries;
import org.jixiao.orgs.OrgScope;
import org.jixiao.orgs.OrgView;
import org.jixiao.review.ReviewService;
import org.jixiao.review.domain.SubjectKind;
import org.jixiao.shared.FiscalYear;
import org.jixiao.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads of 双监控 returns, always within an {@link OrgScope} (a return of a unit outside it does not exist): one
 * return with its lamps and violations, a preview of typed input, a unit-year's list by period, and the 待办
 * reminders of returns due soon or overdue.
 */
@Service
@Transactional(readOnly = true)
public class MonitoringReturnQueries {

    private final MonitoringReturns returns;
    private final GoalTableQueries goals;
    private final MonitoringReturnReading reading;
    private final ReviewService review;
    private final OrgQueries orgs;
    private final List<ReturnDeadlineRules> deadlines;


    MonitoringReturnQueries(MonitoringReturns returns, GoalTableQueries goals, MonitoringReturnReading reading,
                            ReviewService review, OrgQueries orgs, ReturnDeadlineCatalog deadlines) {
        this.returns = returns;
        this.goals = goals;
        this.reading = reading;
        this.review = review;
        this.orgs = orgs;
        this.deadlines = deadlines.versions();
    }

    public Optional<MonitoringReturnView> find(MonitoringReturnId id, OrgScope scope) {
        return returns.find(id).filter(r -> scope.contains(r.unitCode()))
                .flatMap(r -> goals.find(r.goalTableId(), scope).map(table -> view(r, table, null)));
    }

    /** The return of a goal table for a period, if started. */
    public Optional<MonitoringReturnId> findByGoalTable(GoalTableId table, int cutOffMonth, OrgScope scope) {
        return goals.findTable(table, scope).flatMap(t -> returns.findByGoalTable(table, cutOffMonth))
                .map(StoredReturn::id);
    }

    /**
     * The return read as typed, in place of what is stored: lamps and violations; nothing is saved.
     *
     * @throws NotFoundException when it does not exist or lies outside the scope
     */
    public MonitoringReturnView preview(MonitoringReturnId id, MonitoringReturnInput input, OrgScope scope) {
        StoredReturn stored = returns.find(id).filter(r -> scope.contains(r.unitCode()))
                .orElseThrow(() -> notFound(id));
        GoalTableView table = goals.find(stored.goalTableId(), scope).orElseThrow(() -> notFound(id));
        return view(stored, table, input);
    }

    /** The periods of a unit-year (from the lamp rules in force), with due dates. */
    public List<MonitoringReturnList.Period> periods(String unitCode, FiscalYear year) {
        LampRules rules = reading.rules(unitCode, year);
        Optional<ReturnDeadlineRules> dl = ReturnDeadlineRules.inForce(deadlines, reading.region(unitCode), year);
        return rules.periods().stream().map(p -> new MonitoringReturnList.Period(p, due(dl, rules, year, p))).toList();
    }

    /** Every project goal table of the unit-year with its return per period. Empty outside the scope. */
    public MonitoringReturnList list(String unitCode, FiscalYear year, OrgScope scope) {
        if (!scope.contains(unitCode)) {
            return new MonitoringReturnList(unitCode, year, "", List.of(), List.of());
        }
        LampRules rules = reading.rules(unitCode, year);
        List<MonitoringReturnList.Period> periods = periods(unitCode, year);
        List<GoalTableSummary> tables = goals.list(unitCode, year, scope).stream()
                .filter(t -> t.kind() == GoalTableKind.PROJECT).toList();
        Map<Long, String> states = review.statusLabels(tables.stream().map(t -> t.id().value()).toList());
        List<StoredReturn> headers = returns.headers(unitCode, year);
        Map<String, StoredReturn> byKey = headers.stream()
                .collect(Collectors.toMap(r -> key(r.goalTableId(), r.cutOffMonth()), Function.identity()));
        Map<Long, String> reviewStates = review.statusLabels(SubjectKind.MONITORING_RETURN,
                headers.stream().map(r -> r.id().value()).toList());
        List<MonitoringReturnList.Line> lines = new ArrayList<>();
        for (GoalTableSummary table : tables) {
            List<MonitoringReturnList.Cell> cells = new ArrayList<>();
            for (MonitoringReturnList.Period period : periods) {
                int month = period.period().cutOffMonth();
                StoredReturn r = byKey.get(key(table.id(), month));
                cells.add(r == null ? new MonitoringReturnList.Cell(month, null, null, null, 0)
                        : new MonitoringReturnList.Cell(month, r.id(), r.status(), reviewStates.get(r.id().value()),
                        r.version()));
            }
            lines.add(new MonitoringReturnList.Line(table.id(), table.projectCode(), table.projectName(),
                    states.get(table.id().value()), cells));
        }
        return new MonitoringReturnList(unitCode, year, rules.name(), periods, lines);
    }

    /**
     * 待办 of one unit-year on {@code today}: each period due within its reminder days, or overdue, whose project
     * goal tables do not all have a return submitted to review (送审 or approved).
     */
    public List<MonitoringReturnNotice> notices(String unitCode, FiscalYear year, OrgScope scope, LocalDate today) {
        Optional<OrgView> unit = orgs.find(unitCode, scope).filter(OrgView::isBudgetUnit);
        if (unit.isEmpty()) {
            return List.of();
        }
        Optional<ReturnDeadlineRules> dl = ReturnDeadlineRules.inForce(deadlines, reading.region(unitCode), year);
        if (dl.isEmpty()) {
            return List.of();
        }
        MonitoringReturnList list = list(unitCode, year, scope);
        if (list.lines().isEmpty()) {
            return List.of();
        }
        List<MonitoringReturnNotice> notices = new ArrayList<>();
        for (int p = 0; p < list.periods().size(); p++) {
            MonitoringReturnList.Period period = list.periods().get(p);
            if (period.due().isEmpty()) {
                continue;
            }
            LocalDate due = period.due().get();
            ReturnDeadlineRules.Urgency urgency = dl.get().urgency(due, today);
            if (urgency == ReturnDeadlineRules.Urgency.LATER) {
                continue;
            }
            int index = p;
            int outstanding = (int) list.lines().stream().map(l -> l.cells().get(index))
                    .filter(c -> c.status() != MonitoringReturnStatus.SUBMITTED).count();
            if (outstanding > 0) {
                notices.add(new MonitoringReturnNotice(unitCode, unit.get().name(), year, period.label(), due, urgency,
                        ChronoUnit.DAYS.between(today, due), outstanding, list.lines().size()));
            }
        }
        return notices;
    }

    /** 待办 of every budget unit in the scope, each for its latest fiscal year with goal tables. */
    public List<MonitoringReturnNotice> notices(OrgScope scope, LocalDate today) {
        List<MonitoringReturnNotice> all = new ArrayList<>();
        for (OrgView unit : orgs.budgetUnits(scope)) {
            List<Integer> years = goals.years(unit.code(), scope);
            if (!years.isEmpty()) {
                int latest = years.stream().max(Integer::compare).orElseThrow();
                all.addAll(notices(unit.code(), FiscalYear.of(latest), scope, today));
            }
        }
        return all;
    }

    private MonitoringReturnView view(StoredReturn stored, GoalTableView table, MonitoringReturnInput typed) {
        LampRules rules = reading.rules(stored.unitCode(), stored.year());
        MonitoringReturnInput input = typed != null ? typed : MonitoringReturnReading.input(stored, table);
        MonitoringReturnReading.Read read = reading.read(table, stored.cutOffMonth(), input, rules);
        MonitoringPeriod period = rules.period(stored.cutOffMonth())
                .orElse(new MonitoringPeriod(stored.cutOffMonth(), Optional.empty()));
        Optional<ReturnDeadlineRules> dl = ReturnDeadlineRules.inForce(deadlines, reading.region(stored.unitCode()),
                stored.year());
        String goalState = review.statusLabels(List.of(table.id().value())).get(table.id().value());
        String ownState = review.statusLabels(SubjectKind.MONITORING_RETURN, List.of(stored.id().value()))
                .get(stored.id().value());
        return new MonitoringReturnView(stored.id(), stored.version(), stored.status(), ownState, stored.submittedAt(),
                table,
                goalState, period, due(dl, rules, stored.year(), period), rules.name(), input,
                MonitoringReturnReading.budget(table), read.money(), read.rows(), read.violations(), read.recorded());
    }

    private static Optional<LocalDate> due(Optional<ReturnDeadlineRules> dl, LampRules rules, FiscalYear year,
                                           MonitoringPeriod period) {
        return dl.map(d -> d.dueDate(year, period))
                .orElseGet(() -> period.due().map(day -> day.atYear(year.value())));
    }

    private static String key(GoalTableId table, int month) {
        return table.value() + "/" + month;
    }

    static NotFoundException notFound(MonitoringReturnId id) {
        return new NotFoundException("监控表 " + id.value() + " 不存在");
    }
}
