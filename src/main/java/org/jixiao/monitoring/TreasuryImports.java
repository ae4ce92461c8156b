package org.jixiao.monitoring;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.jixiao.orgs.OrgScope;
import org.jixiao.orgs.Permissions;
import org.jixiao.orgs.domain.Actor;
import org.jixiao.orgs.domain.Permission;
import org.jixiao.shared.Amount;
import org.jixiao.shared.FiscalYear;
import org.jixiao.shared.NotFoundException;
import org.jixiao.shared.ValidationException;
import org.jixiao.shared.Violation;
import org.springframework.stereotype.Service;

/**
 * 国库支付明细导入: a treasury payment export (.xlsx/.csv) read by {@link TreasuryFileReader}, every row checked
 * like typed input, then — as the goal-table import does — a preview (rows, totals per project, every problem with
 * its row) and a commit of the whole file or nothing. Row problems have the path {@code rows[n].field}, n being the
 * file's own row number (1 = the first row). Previews are kept in memory for 30 minutes, for the user who made them.
 */
@Service
public class TreasuryImports {

    private static final Duration KEPT = Duration.ofMinutes(30);
    private static final int MAX_PENDING = 100;

    private final ExecutionRecordManagement management;
    private final Clock clock;
    private final Map<String, Pending> pending = new ConcurrentHashMap<>();

    TreasuryImports(ExecutionRecordManagement management, Clock clock) {
        this.management = management;
        this.clock = clock;
    }

    /**
     * A file read and checked, nothing written.
     *
     * @param id         the preview to commit, null when there are problems
     * @param byProject  total per project code, in file order
     */
    public record Preview(String id, String filename, int rows, Amount total, Map<String, Amount> byProject,
                          List<Violation> problems) {
        public boolean ok() {
            return problems.isEmpty();
        }
    }

    private record Pending(String unitCode, FiscalYear year, String username, ExecutionInput input, Instant at) {
    }

    /**
     * @throws NotFoundException when the unit does not exist or lies outside the scope
     */
    public Preview preview(String unitCode, FiscalYear year, String filename, byte[] content, Actor actor,
                           OrgScope scope) {
        management.check(unitCode, year, new ExecutionInput(List.of(), List.of()), scope); // 404 for another unit
        Permissions.require(actor, Permission.GOAL_TABLE_EDIT);
        TreasuryFileReader reader = new TreasuryFileReader();
        List<ExecutionInput.Spending> rows = reader.read(filename, content);
        if (!reader.violations().isEmpty()) {
            return new Preview(null, filename, 0, Amount.ZERO, Map.of(), reader.violations());
        }
        ExecutionInput input = new ExecutionInput(rows, List.of());
        List<Violation> problems = byRow(rows, management.check(unitCode, year, input, scope));
        Map<String, Amount> byProject = new LinkedHashMap<>();
        Amount total = Amount.ZERO;
        if (problems.isEmpty()) {
            for (ExecutionInput.Spending row : rows) {
                Amount amount = Amount.ofYuan(InputTexts.money(row.amountYuan()).orElseThrow());
                byProject.merge(row.projectCode().strip(), amount, Amount::plus);
                total = total.plus(amount);
            }
        }
        String id = null;
        if (problems.isEmpty()) {
            expire();
            id = UUID.randomUUID().toString();
            pending.put(id, new Pending(unitCode, year, actor.username(), input, clock.instant()));
        }
        return new Preview(id, filename, rows.size(), total, byProject, problems);
    }

    /**
     * Writes a previewed file whole (checked again: another import may have come in between).
     *
     * @throws NotFoundException   when the preview is unknown, expired, another user's or another unit-year's
     * @throws ValidationException with every problem by row; nothing written
     */
    public ExecutionRecordManagement.Written commit(String id, String unitCode, FiscalYear year, Actor actor,
                                                    OrgScope scope) {
        Pending p = id == null ? null : pending.get(id);
        if (p == null || !p.username().equals(actor.username()) || !p.unitCode().equals(unitCode)
                || !p.year().equals(year) || p.at().plus(KEPT).isBefore(clock.instant())) {
            throw new NotFoundException("导入预览不存在或已过期，请重新上传文件");
        }
        try {
            ExecutionRecordManagement.Written written = management.record(unitCode, year, p.input(),
                    ExecutionSource.TREASURY, actor, scope);
            pending.remove(id);
            return written;
        } catch (ValidationException e) {
            throw new ValidationException(byRow(p.input().records(), e.violations()));
        }
    }

    /**
     * Reads and writes a file at once, all or nothing (the API).
     *
     * @throws ValidationException with the file's or every row's problems; nothing written
     */
    public ExecutionRecordManagement.Written importNow(String unitCode, FiscalYear year, String filename,
                                                       byte[] content, Actor actor, OrgScope scope) {
        management.check(unitCode, year, new ExecutionInput(List.of(), List.of()), scope);
        Permissions.require(actor, Permission.GOAL_TABLE_EDIT);
        TreasuryFileReader reader = new TreasuryFileReader();
        List<ExecutionInput.Spending> rows = reader.read(filename, content);
        if (!reader.violations().isEmpty()) {
            throw new ValidationException(reader.violations());
        }
        try {
            return management.record(unitCode, year, new ExecutionInput(rows, List.of()), ExecutionSource.TREASURY,
                    actor, scope);
        } catch (ValidationException e) {
            throw new ValidationException(byRow(rows, e.violations()));
        }
    }

    /** {@code records[i].amountYuan} → {@code rows[<file row>].amountYuan}. */
    static List<Violation> byRow(List<ExecutionInput.Spending> rows, List<Violation> violations) {
        List<Violation> result = new ArrayList<>();
        for (Violation v : violations) {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("^records\\[(\\d+)]\\.(.*)$").matcher(v.path());
            if (m.matches()) {
                ExecutionInput.Spending row = rows.get(Integer.parseInt(m.group(1)));
                int line = row.line() == null ? Integer.parseInt(m.group(1)) + 1 : row.line();
                result.add(new Violation(v.code(), "rows[" + line + "]." + m.group(2), v.args()));
            } else {
                result.add(v);
            }
        }
        return result;
    }

    private void expire() {
        Instant now = clock.instant();
        pending.values().removeIf(p -> p.at().plus(KEPT).isBefore(now));
        if (pending.size() >= MAX_PENDING) {
            pending.entrySet().stream().min(Map.Entry.comparingByValue(java.util.Comparator.comparing(Pending::at)))
                    .ifPresent(oldest -> pending.remove(oldest.getKey()));
        }
    }
}
