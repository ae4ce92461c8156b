package org.jixiao.monitoring;

import java.util.List;
import java.util.Optional;

import org.jixiao.goals.GoalTableQueries;
import org.jixiao.monitoring.domain.MonitoringReturnId;
import org.jixiao.orgs.OrgScope;
import org.jixiao.platform.ViolationMessages;
import org.jixiao.review.ReviewSubjectInfo;
import org.jixiao.review.ReviewSubjectProvider;
import org.jixiao.review.domain.BlockingFinding;
import org.jixiao.review.domain.SubjectKind;
import org.jixiao.shared.FiscalYear;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * 双监控 returns as review subjects (审核对象, {@link SubjectKind#MONITORING_RETURN}): 送审 locks the return, 撤回/退回/调整
 * unlock it; 送审 is refused while anything is missing (every violation of the return, as a blocking finding with
 * its place and Chinese message); 调整 keeps the stored return as JSON.
 */
@Component
class MonitoringReturnReviewSubjects implements ReviewSubjectProvider {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final MonitoringReturns returns;
    private final GoalTableQueries goals;
    private final MonitoringReturnManagement management;
    private final ViolationMessages messages;

    MonitoringReturnReviewSubjects(MonitoringReturns returns, GoalTableQueries goals,
                                   MonitoringReturnManagement management, ViolationMessages messages) {
        this.returns = returns;
        this.goals = goals;
        this.management = management;
        this.messages = messages;
    }

    @Override
    public SubjectKind kind() {
        return SubjectKind.MONITORING_RETURN;
    }

    @Override
    public Optional<ReviewSubjectInfo> find(long id, OrgScope scope) {
        if (id <= 0) {
            return Optional.empty();
        }
        return returns.find(new MonitoringReturnId(id)).filter(r -> scope.contains(r.unitCode()))
                .flatMap(r -> goals.find(r.goalTableId(), scope).map(t -> new ReviewSubjectInfo(r.unitCode(), r.year(),
                        t.title() + "（" + org.jixiao.monitoring.domain.MonitoringReturnInput.periodLabel(r.cutOffMonth())
                                + "双监控）", t.unitName(), "/monitoring-returns/" + id,
                        t.content().indicators().size())));
    }

    @Override
    public void lock(long id) {
        management.setLocked(new MonitoringReturnId(id), true);
    }

    @Override
    public void unlock(long id) {
        management.setLocked(new MonitoringReturnId(id), false);
    }

    @Override
    public String snapshot(long id, OrgScope scope) {
        StoredReturn stored = returns.find(new MonitoringReturnId(id)).filter(r -> scope.contains(r.unitCode()))
                .orElseThrow(() -> MonitoringReturnQueries.notFound(new MonitoringReturnId(id)));
        return JSON.writeValueAsString(stored);
    }

    @Override
    public List<BlockingFinding> blockingFindings(long id, OrgScope scope) {
        return management.openViolations(new MonitoringReturnId(id), scope).stream()
                .map(v -> new BlockingFinding("MONITORING_RETURN_INCOMPLETE", place(v.path()), messages.message(v)))
                .toList();
    }

    @Override
    public List<Long> listed(String unitCode, FiscalYear year, OrgScope scope) {
        return scope.contains(unitCode) ? returns.ids(unitCode, year) : List.of();
    }

    /** "indicators[2].measure" → 第3行; money fields → 预算执行. */
    private static String place(String path) {
        if (path.startsWith("indicators[")) {
            int end = path.indexOf(']');
            try {
                return "第" + (Integer.parseInt(path.substring("indicators[".length(), end)) + 1) + "行";
            } catch (RuntimeException e) {
                return "";
            }
        }
        return "预算执行";
    }
}
