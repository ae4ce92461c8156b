package org.jixiao.monitoring;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jixiao.orgs.OrgQueries;
import org.jixiao.orgs.OrgScope;
import org.jixiao.orgs.OrgView;
import org.jixiao.orgs.Permissions;
import org.jixiao.orgs.domain.Actor;
import org.jixiao.orgs.domain.Permission;
import org.jixiao.projects.ProjectQueries;
import org.jixiao.projects.ProjectView;
import org.jixiao.shared.Amount;
import org.jixiao.shared.FiscalYear;
import org.jixiao.shared.NotFoundException;
import org.jixiao.shared.TextLimits;
import org.jixiao.shared.ValidationException;
import org.jixiao.shared.Violation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes of 运行监控 data: 实际支出 records and 预算调整 of one unit-year, all or nothing. Every row is checked before
 * anything is written and every problem is reported at once (field paths {@code records[2].amountYuan},
 * {@code adjustments[0].reason}); the writer needs the goal tables' editing permission ({@code goal-table:edit}:
 * the unit's 填报人 enters its spending). A unit outside the scope is not found.
 */
@Service
@Transactional
public class ExecutionRecordManagement {

    /** Rows per request or file, at most. */
    public static final int MAX_ROWS = 20_000;

    private final ExecutionRecords records;
    private final ProjectQueries projects;
    private final OrgQueries orgs;
    private final Clock clock;

    ExecutionRecordManagement(ExecutionRecords records, ProjectQueries projects, OrgQueries orgs, Clock clock) {
        this.records = records;
        this.projects = projects;
        this.orgs = orgs;
        this.clock = clock;
    }

    /** What was written. */
    public record Written(int records, int adjustments, Amount total) {
    }

    /**
     * Checks {@code input} whole and writes it, or nothing.
     *
     * @throws NotFoundException   when the unit does not exist or lies outside the scope
     * @throws ValidationException with every violation; nothing is written then
     */
    public Written record(String unitCode, FiscalYear year, ExecutionInput input, ExecutionSource source,
                          Actor actor, OrgScope scope) {
        requireUnit(unitCode, scope);
        Permissions.require(actor, Permission.GOAL_TABLE_EDIT);
        return write(unitCode, year, input, source, actor.username());
    }

    /**
     * Checks {@code input} without writing anything: the violations, empty when it could be written.
     *
     * @throws NotFoundException when the unit does not exist or lies outside the scope
     */
    @Transactional(readOnly = true)
    public List<Violation> check(String unitCode, FiscalYear year, ExecutionInput input, OrgScope scope) {
        requireUnit(unitCode, scope);
        return new Checked(unitCode, year, input, ExecutionSource.MANUAL).violations;
    }

    /** The system's own writes (demo data): no actor. */
    Written write(String unitCode, FiscalYear year, ExecutionInput input, ExecutionSource source, String by) {
        Checked checked = new Checked(unitCode, year, input, source);
        if (!checked.violations.isEmpty()) {
            throw new ValidationException(checked.violations);
        }
        records.insertSpending(unitCode, year, checked.spending, by, clock.instant());
        records.insertAdjustments(unitCode, year, checked.adjustments, by, clock.instant());
        Amount total = checked.spending.stream().map(ExecutionRecords.NewSpending::amount)
                .reduce(Amount.ZERO, Amount::plus);
        return new Written(checked.spending.size(), checked.adjustments.size(), total);
    }

    private void requireUnit(String unitCode, OrgScope scope) {
        orgs.find(unitCode, scope).filter(OrgView::isBudgetUnit)
                .orElseThrow(() -> new NotFoundException("单位 " + unitCode + " 不存在"));
    }

    /** The input checked against the unit-year's projects and stored adjustments. */
    private final class Checked {

        final List<Violation> violations = new ArrayList<>();
        final List<ExecutionRecords.NewSpending> spending = new ArrayList<>();
        final List<ExecutionRecords.NewAdjustment> adjustments = new ArrayList<>();

        Checked(String unitCode, FiscalYear year, ExecutionInput input, ExecutionSource source) {
            if (input.records().isEmpty() && input.adjustments().isEmpty()) {
                violations.add(Violation.of("monitoring.input.empty", "records"));
                return;
            }
            if (input.records().size() + input.adjustments().size() > MAX_ROWS) {
                violations.add(Violation.of("monitoring.input.tooMany", "records", MAX_ROWS,
                        input.records().size() + input.adjustments().size()));
                return;
            }
            Map<String, ProjectView> byCode = new HashMap<>();
            for (ProjectView p : projects.findByUnits(List.of(unitCode), year)) {
                byCode.put(p.content().code().value(), p);
            }
            for (int i = 0; i < input.records().size(); i++) {
                spending(input.records().get(i), "records[" + i + "].", year, byCode, source);
            }
            List<AdjustmentEntry> stored = input.adjustments().isEmpty() ? List.of()
                    : records.adjustments(unitCode, year);
            List<AdjustmentEntry> batch = new ArrayList<>();
            for (int i = 0; i < input.adjustments().size(); i++) {
                adjustment(input.adjustments().get(i), "adjustments[" + i + "].", year, byCode, stored, batch);
            }
        }

        private void spending(ExecutionInput.Spending row, String path, FiscalYear year,
                              Map<String, ProjectView> byCode, ExecutionSource source) {
            int before = violations.size();
            ProjectView project = project(row.projectCode(), path + "projectCode", byCode);
            LocalDate date = null;
            boolean hasDate = !InputTexts.isBlank(row.date());
            boolean hasMonth = !InputTexts.isBlank(row.month());
            if (hasDate && hasMonth) {
                violations.add(Violation.of("monitoring.date.both", path + "date"));
            } else if (hasDate) {
                date = date(row.date(), path + "date", year);
            } else if (hasMonth) {
                Optional<Integer> month = InputTexts.month(row.month());
                if (month.isEmpty()) {
                    violations.add(Violation.of("monitoring.month.invalid", path + "month", row.month().strip()));
                } else {
                    date = YearMonth.of(year.value(), month.get()).atEndOfMonth();
                }
            } else {
                violations.add(Violation.of("monitoring.date.required", path + "date"));
            }
            Amount amount = money(row.amountYuan(), path + "amountYuan", false);
            String note = text(row.note(), path + "note", false);
            if (violations.size() == before) {
                spending.add(new ExecutionRecords.NewSpending(project.id(), date, amount, source, note));
            }
        }

        private void adjustment(ExecutionInput.Adjustment row, String path, FiscalYear year,
                                Map<String, ProjectView> byCode, List<AdjustmentEntry> stored,
                                List<AdjustmentEntry> batch) {
            int before = violations.size();
            ProjectView project = project(row.projectCode(), path + "projectCode", byCode);
            LocalDate date = null;
            if (InputTexts.isBlank(row.date())) {
                violations.add(Violation.of("monitoring.date.required", path + "date"));
            } else {
                date = date(row.date(), path + "date", year);
            }
            boolean hasNew = !InputTexts.isBlank(row.newBudgetYuan());
            boolean hasDelta = !InputTexts.isBlank(row.deltaYuan());
            Amount newBudget = null;
            if (hasNew && hasDelta) {
                violations.add(Violation.of("monitoring.adjustment.both", path + "newBudgetYuan"));
            } else if (!hasNew && !hasDelta) {
                violations.add(Violation.of("monitoring.adjustment.required", path + "newBudgetYuan"));
            } else if (hasNew) {
                newBudget = money(row.newBudgetYuan(), path + "newBudgetYuan", true);
                if (newBudget != null && newBudget.yuan().signum() <= 0) {
                    violations.add(Violation.of("monitoring.adjustment.notPositive", path + "newBudgetYuan"));
                    newBudget = null;
                }
            } else {
                Amount delta = money(row.deltaYuan(), path + "deltaYuan", true);
                if (delta != null && project != null && date != null) {
                    Optional<Amount> initial = project.content().funding().budgetAmount();
                    if (initial.isEmpty() || initial.get().yuan().signum() <= 0) {
                        violations.add(Violation.of("monitoring.adjustment.noBudget", path + "deltaYuan"));
                    } else {
                        Amount base = budgetAt(initial.get(), project, date, stored, batch);
                        BigDecimal result = base.yuan().add(delta.yuan());
                        if (result.signum() <= 0) {
                            violations.add(Violation.of("monitoring.adjustment.notPositive", path + "deltaYuan"));
                        } else {
                            newBudget = Amount.ofYuan(result);
                        }
                    }
                }
            }
            String reason = text(row.reason(), path + "reason", true);
            if (violations.size() == before && newBudget != null) {
                adjustments.add(new ExecutionRecords.NewAdjustment(project.id(), date, newBudget, reason));
                batch.add(new AdjustmentEntry(0, project.id(), date, newBudget, reason));
            }
        }

        private Amount budgetAt(Amount initial, ProjectView project, LocalDate date, List<AdjustmentEntry> stored,
                                List<AdjustmentEntry> batch) {
            List<AdjustmentEntry> all = new ArrayList<>(stored);
            all.addAll(batch);
            return all.stream().filter(a -> a.projectId().equals(project.id()) && !a.date().isAfter(date))
                    .sorted(Comparator.comparing(AdjustmentEntry::date)).reduce((a, b) -> b)
                    .map(AdjustmentEntry::newBudget).orElse(initial);
        }

        private ProjectView project(String code, String path, Map<String, ProjectView> byCode) {
            if (InputTexts.isBlank(code)) {
                violations.add(Violation.of("monitoring.project.required", path));
                return null;
            }
            ProjectView project = byCode.get(code.strip());
            if (project == null) {
                violations.add(Violation.of("monitoring.project.unknown", path, abbreviate(code.strip())));
            }
            return project;
        }

        private LocalDate date(String text, String path, FiscalYear year) {
            Optional<LocalDate> date = InputTexts.date(text);
            if (date.isEmpty()) {
                violations.add(Violation.of("monitoring.date.invalid", path, abbreviate(text.strip())));
                return null;
            }
            if (date.get().getYear() != year.value()) {
                violations.add(Violation.of("monitoring.date.outsideYear", path, date.get().toString(),
                        Integer.toString(year.value())));
                return null;
            }
            return date.get();
        }

        private Amount money(String text, String path, boolean signed) {
            if (InputTexts.isBlank(text)) {
                violations.add(Violation.of("monitoring.amount.required", path));
                return null;
            }
            Optional<BigDecimal> value = InputTexts.money(text);
            if (value.isEmpty()) {
                violations.add(Violation.of("monitoring.amount.invalid", path, abbreviate(text.strip())));
                return null;
            }
            BigDecimal yuan = value.get();
            if (!signed && yuan.signum() < 0) {
                violations.add(Violation.of("monitoring.amount.negative", path));
                return null;
            }
            if (yuan.stripTrailingZeros().scale() > 2) {
                violations.add(Violation.of("monitoring.amount.scale", path));
                return null;
            }
            if (yuan.abs().compareTo(InputTexts.MAX_YUAN) > 0) {
                violations.add(Violation.of("monitoring.amount.tooLarge", path));
                return null;
            }
            return Amount.ofYuan(yuan);
        }

        private String text(String text, String path, boolean required) {
            if (InputTexts.isBlank(text)) {
                if (required) {
                    violations.add(Violation.of("monitoring.adjustment.reason.required", path));
                }
                return null;
            }
            String t = text.strip();
            int length = TextLimits.length(t);
            if (length > TextLimits.MAX_FIELD_LENGTH) {
                violations.add(Violation.of("text.tooLong", path, TextLimits.MAX_FIELD_LENGTH, length));
                return null;
            }
            return t;
        }
    }

    private static String abbreviate(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }
}
