package org.jixiao.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.jixiao.checks.CheckQueries;
import org.jixiao.checks.domain.Severity;
import org.jixiao.goals.GoalTableForm;
import org.jixiao.goals.GoalTableManagement;
import org.jixiao.goals.GoalTableQueries;
import org.jixiao.goals.GoalTableSummary;
import org.jixiao.goals.GoalTableView;
import org.jixiao.goals.domain.GoalTableId;
import org.jixiao.goals.domain.GoalTableInput;
import org.jixiao.orgs.OrgQueries;
import org.jixiao.orgs.OrgScope;
import org.jixiao.orgs.domain.Actor;
import org.jixiao.orgs.domain.DataScope;
import org.jixiao.orgs.domain.Role;
import org.jixiao.review.domain.ReviewEvent;
import org.jixiao.review.domain.ReviewOpinion;
import org.jixiao.review.domain.ReviewRefusedException;
import org.jixiao.review.domain.ReviewState;
import org.jixiao.shared.FiscalYear;
import org.jixiao.shared.ForbiddenException;
import org.jixiao.shared.NotFoundException;
import org.jixiao.shared.RecordLockedException;
import org.jixiao.testsupport.TestDatabases;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * The review service on a real PostgreSQL (embedded binaries) with the demo data: the whole chain with 退回 and
 * resubmission, 撤回, 调整 with its snapshot, blocking ERROR findings, data scope and permissions, stale versions,
 * and two reviewers deciding the same step at the same moment.
 */
@SpringBootTest(properties = "jixiao.demo.enabled=true")
@RecordApplicationEvents
class ReviewServiceTests {

    @TestConfiguration(proxyBeanMethods = false)
    static class Postgres {
        @Bean
        @Primary
        DataSource postgresDataSource() {
            return TestDatabases.fresh(TestDatabases.Kind.POSTGRESQL);
        }
    }

    private static final Actor TIANBAO = actor(9001, "tianbao", "填报人（本级）", "807001", Role.DRAFTER);
    private static final Actor TIANBAO2 = actor(9002, "tianbao2", "填报人（城区中队）", "807002", Role.DRAFTER);
    private static final Actor YEWU = actor(9003, "yewu", "业务初审", "807", Role.BUSINESS_REVIEWER);
    private static final Actor YEWU_B = actor(9004, "yewu-b", "业务初审乙", "807", Role.BUSINESS_REVIEWER);
    private static final Actor CAIWU = actor(9005, "caiwu", "财务复核", "807", Role.FINANCE_REVIEWER);
    private static final Actor JIXIAO = actor(9006, "jixiao", "绩效终审", "807", Role.PERFORMANCE_REVIEWER);
    private static final Actor CAIZHENG = actor(9007, "caizheng", "财政审核", "CZ130529", Role.BUREAU_REVIEWER);

    @Autowired
    ReviewService review;
    @Autowired
    GoalTableQueries goals;
    @Autowired
    GoalTableManagement goalManagement;
    @Autowired
    CheckQueries checks;
    @Autowired
    OrgQueries orgs;
    @Autowired
    DataSource dataSource;
    @Autowired
    ApplicationEvents events;

    @Test
    void runsOnPostgresql() throws Exception {
        try (var c = dataSource.getConnection()) {
            assertThat(c.getMetaData().getDatabaseProductName()).isEqualTo("PostgreSQL");
        }
    }

    @Test
    void theWholeChainWithAReturnAndAResubmission() {
        long id = cleanTable(0);
        ReviewStatus draft = review.status(id, TIANBAO, scope(TIANBAO));
        assertThat(draft.statusLabel()).isEqualTo("草稿");
        assertThat(draft.steps()).containsExactly("业务初审", "财务复核", "绩效终审", "财政审核");
        assertThat(draft.actions()).containsExactly(ReviewAction.SUBMIT);

        ReviewStatus submitted = review.submit(id, 0, TIANBAO, scope(TIANBAO));
        assertThat(submitted.statusLabel()).isEqualTo("已送审（待业务初审）");
        assertThat(submitted.actions()).containsExactly(ReviewAction.WITHDRAW);
        assertThat(goals.isLocked(new GoalTableId(id), scope(TIANBAO))).isTrue();
        assertThatThrownBy(() -> goalManagement.update(new GoalTableId(id), editedInput(id, "改后目标"), scope(TIANBAO)))
                .isInstanceOf(RecordLockedException.class)
                .hasMessage("已送审或已批复的目标表不能修改；如需修改请先撤回或申请调整");
        assertThat(review.todo(YEWU, scope(YEWU))).extracting(ReviewTodo::goalTableId).contains(id);
        assertThat(review.todo(CAIWU, scope(CAIWU))).extracting(ReviewTodo::goalTableId).doesNotContain(id);

        assertThat(review.status(id, YEWU, scope(YEWU)).actions())
                .containsExactlyInAnyOrder(ReviewAction.APPROVE, ReviewAction.RETURN);
        assertThat(review.approve(id, 1, List.of(ReviewOpinion.general("同意")), YEWU, scope(YEWU)).statusLabel())
                .isEqualTo("待财务复核");
        ReviewStatus returned = review.returnToDraft(id, 2, "资金用途与预算不符",
                List.of(ReviewOpinion.onRow(0, "指标值请量化")), CAIWU, scope(CAIWU));
        assertThat(returned.state()).isEqualTo(ReviewState.DRAFT);
        assertThat(returned.statusLabel()).isEqualTo("已退回（草稿）");
        assertThat(goals.isLocked(new GoalTableId(id), scope(TIANBAO))).isFalse();
        assertThat(review.todo(TIANBAO, scope(TIANBAO))).extracting(ReviewTodo::goalTableId).contains(id);
        assertThat(review.todo(TIANBAO2, scope(TIANBAO2))).extracting(ReviewTodo::goalTableId).doesNotContain(id);

        goalManagement.update(new GoalTableId(id), editedInput(id, "按审核意见修改后的目标"), scope(TIANBAO));
        review.submit(id, 3, TIANBAO, scope(TIANBAO));
        assertThat(review.todo(TIANBAO, scope(TIANBAO))).extracting(ReviewTodo::goalTableId).doesNotContain(id);
        review.approve(id, 4, List.of(), YEWU, scope(YEWU));
        review.approve(id, 5, List.of(), CAIWU, scope(CAIWU));
        assertThat(review.todo(JIXIAO, scope(JIXIAO))).extracting(ReviewTodo::goalTableId).contains(id);
        review.approve(id, 6, List.of(), JIXIAO, scope(JIXIAO));
        assertThat(review.todo(CAIZHENG, scope(CAIZHENG))).extracting(ReviewTodo::goalTableId).contains(id);
        ReviewStatus approved = review.approve(id, 7, List.of(ReviewOpinion.general("批复")), CAIZHENG,
                scope(CAIZHENG));

        assertThat(approved.state()).isEqualTo(ReviewState.APPROVED);
        assertThat(approved.statusLabel()).isEqualTo("已批复");
        assertThat(goals.isLocked(new GoalTableId(id), scope(TIANBAO))).isTrue();
        assertThat(approved.history()).extracting(ReviewHistoryEntry::action, ReviewHistoryEntry::step,
                        ReviewHistoryEntry::actorName)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("送审", "", "填报人（本级）"),
                        org.assertj.core.groups.Tuple.tuple("通过", "业务初审", "业务初审"),
                        org.assertj.core.groups.Tuple.tuple("退回", "财务复核", "财务复核"),
                        org.assertj.core.groups.Tuple.tuple("送审", "", "填报人（本级）"),
                        org.assertj.core.groups.Tuple.tuple("通过", "业务初审", "业务初审"),
                        org.assertj.core.groups.Tuple.tuple("通过", "财务复核", "财务复核"),
                        org.assertj.core.groups.Tuple.tuple("通过", "绩效终审", "绩效终审"),
                        org.assertj.core.groups.Tuple.tuple("通过", "财政审核", "财政审核"));
        ReviewHistoryEntry ret = approved.history().get(2);
        assertThat(ret.reason()).isEqualTo("资金用途与预算不符");
        assertThat(ret.opinions()).containsExactly(ReviewOpinion.onRow(0, "指标值请量化"));
        assertThat(approved.history().get(1).opinions()).containsExactly(ReviewOpinion.general("同意"));
        assertThat(approved.history().get(7).finalStep()).isTrue();

        assertThat(eventRows(id)).isEqualTo(8);
        assertThat(events.stream(ReviewEvent.class).filter(e -> e.subject().id() == id).count()).isEqualTo(8);
        assertThat(events.stream(ReviewEvent.Decided.class).filter(e -> e.subject().id() == id)
                .filter(ReviewEvent.Decided::finalStep).count()).isEqualTo(1);
    }

    @Test
    void theSubmitterWithdrawsBeforeTheFirstDecisionOnly() {
        long id = cleanTable(1);
        review.submit(id, 0, TIANBAO, scope(TIANBAO));
        assertThatThrownBy(() -> review.withdraw(id, 1, YEWU, scope(YEWU))).isInstanceOf(ForbiddenException.class);
        ReviewStatus withdrawn = review.withdraw(id, 1, TIANBAO, scope(TIANBAO));
        assertThat(withdrawn.statusLabel()).isEqualTo("草稿");
        assertThat(withdrawn.history()).extracting(ReviewHistoryEntry::action).containsExactly("送审", "撤回");
        assertThat(goals.isLocked(new GoalTableId(id), scope(TIANBAO))).isFalse();

        review.submit(id, 2, TIANBAO, scope(TIANBAO));
        review.approve(id, 3, List.of(), YEWU, scope(YEWU));
        assertThatThrownBy(() -> review.withdraw(id, 4, TIANBAO, scope(TIANBAO)))
                .isInstanceOf(ReviewRefusedException.class).hasMessageContaining("不能撤回");
        assertThat(review.status(id, TIANBAO, scope(TIANBAO)).actions()).isEmpty();
    }

    @Test
    void adjustingAnApprovedTableKeepsItsContentAndStartsANewRound() {
        long id = cleanTable(2);
        approveAll(id, 0);
        assertThatThrownBy(() -> review.adjust(id, 5, " ", TIANBAO, scope(TIANBAO)))
                .isInstanceOf(ReviewRefusedException.class).hasMessage("调整须填写理由");
        assertThatThrownBy(() -> review.adjust(id, 5, "预算调整", YEWU, scope(YEWU)))
                .isInstanceOf(ForbiddenException.class);
        String approvedName = goals.find(new GoalTableId(id), scope(TIANBAO)).orElseThrow().title();

        ReviewStatus adjusted = review.adjust(id, 5, "年中预算调整，资金减少", TIANBAO, scope(TIANBAO));
        assertThat(adjusted.state()).isEqualTo(ReviewState.DRAFT);
        assertThat(adjusted.round()).isEqualTo(2);
        assertThat(goals.isLocked(new GoalTableId(id), scope(TIANBAO))).isFalse();
        assertThat(adjusted.snapshots()).singleElement().satisfies(s -> {
            assertThat(s.round()).isEqualTo(1);
            assertThat(s.reason()).isEqualTo("年中预算调整，资金减少");
            assertThat(s.content()).contains(approvedName).contains("\"indicators\"");
        });
        goalManagement.update(new GoalTableId(id), editedInput(id, "调整后的目标"), scope(TIANBAO));
        assertThat(goals.find(new GoalTableId(id), scope(TIANBAO)).orElseThrow().content().goals())
                .containsExactly("调整后的目标");
        assertThat(review.status(id, TIANBAO, scope(TIANBAO)).snapshots().get(0).content())
                .doesNotContain("调整后的目标");

        ReviewStatus again = review.submit(id, 6, TIANBAO, scope(TIANBAO));
        assertThat(again.statusLabel()).isEqualTo("已送审（待业务初审）");
        assertThat(again.round()).isEqualTo(2);
        assertThat(again.history()).hasSize(7);
    }

    @Test
    void errorFindingsBlockTheSubmission() {
        long id = cleanTable(3);
        GoalTableView view = goals.find(new GoalTableId(id), scope(TIANBAO)).orElseThrow();
        GoalTableInput input = GoalTableForm.of(view).toInput();
        // 财政资金 larger than the budget: BUDGET_INCONSISTENT is an ERROR
        goalManagement.update(view.id(), new GoalTableInput(input.kind(), input.fiscalYear(), input.unitCode(),
                input.projectCode(), input.projectName(), "10", "20", "0", input.purpose(), input.spendingPlan(),
                input.goals(), input.indicators(), input.version()), scope(TIANBAO));
        assertThat(checks.check(view.id(), scope(TIANBAO)).count(Severity.ERROR)).isPositive();

        assertThatThrownBy(() -> review.submit(id, 0, TIANBAO, scope(TIANBAO)))
                .isInstanceOf(ReviewRefusedException.class)
                .hasMessageContaining("个错误须先修改，不能送审")
                .extracting(e -> ((ReviewRefusedException) e).key()).isEqualTo("review.submit.blocking-findings");
        assertThat(review.status(id, TIANBAO, scope(TIANBAO)).state()).isEqualTo(ReviewState.DRAFT);
        assertThat(goals.isLocked(view.id(), scope(TIANBAO))).isFalse();
        assertThat(eventRows(id)).isZero();
    }

    @Test
    void outsideTheScopeTheTableDoesNotExistAndTheWrongRoleIsForbidden() {
        long id = cleanTable(4);
        assertThatThrownBy(() -> review.status(id, TIANBAO2, scope(TIANBAO2))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> review.submit(id, 0, TIANBAO2, scope(TIANBAO2)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> review.submit(id, 0, YEWU, scope(YEWU)))
                .isInstanceOf(ForbiddenException.class).hasMessageContaining("没有“送审”的权限");

        review.submit(id, 0, TIANBAO, scope(TIANBAO));
        assertThatThrownBy(() -> review.approve(id, 1, List.of(), CAIWU, scope(CAIWU)))
                .isInstanceOf(ForbiddenException.class).hasMessageContaining("没有“业务初审”的权限");
        assertThatThrownBy(() -> review.approve(id, 1, List.of(), TIANBAO, scope(TIANBAO)))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> review.approve(id, 1, List.of(), TIANBAO2, scope(TIANBAO2)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> review.returnToDraft(id, 1, "", List.of(), YEWU, scope(YEWU)))
                .isInstanceOf(ReviewRefusedException.class).hasMessage("退回须填写理由");
        assertThat(eventRows(id)).isEqualTo(1);
    }

    @Test
    void aStaleVersionIsAConflict() {
        long id = cleanTable(5);
        review.submit(id, 0, TIANBAO, scope(TIANBAO));
        assertThatThrownBy(() -> review.approve(id, 0, List.of(), YEWU, scope(YEWU)))
                .isInstanceOf(ReviewConflictException.class)
                .hasMessageContaining("已被他人更新").hasMessageContaining("第 0 版，当前为第 1 版");
    }

    @Test
    void twoReviewersApprovingTheSameStepAtOnceOnlyOneWins() throws Exception {
        long id = cleanTable(6);
        review.submit(id, 0, TIANBAO, scope(TIANBAO));
        CyclicBarrier start = new CyclicBarrier(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<ReviewStatus>> results = new ArrayList<>();
            for (Actor reviewer : List.of(YEWU, YEWU_B)) {
                Callable<ReviewStatus> approve = () -> {
                    start.await(10, TimeUnit.SECONDS);
                    return review.approve(id, 1, List.of(ReviewOpinion.general(reviewer.displayName() + "同意")),
                            reviewer, scope(reviewer));
                };
                results.add(pool.submit(approve));
            }
            int succeeded = 0;
            List<Throwable> failures = new ArrayList<>();
            for (Future<ReviewStatus> result : results) {
                try {
                    assertThat(result.get(30, TimeUnit.SECONDS).statusLabel()).isEqualTo("待财务复核");
                    succeeded++;
                } catch (ExecutionException e) {
                    failures.add(e.getCause());
                }
            }
            assertThat(succeeded).isEqualTo(1);
            assertThat(failures).singleElement().isInstanceOf(ReviewConflictException.class)
                    .extracting(Throwable::getMessage).asString()
                    .contains("该目标表的审核状态已被他人更新").contains("本次操作未生效");
        } finally {
            pool.shutdownNow();
        }
        assertThat(JdbcClient.create(dataSource).sql("""
                select count(*) from rev_event e join rev_case c on c.id = e.case_id
                 where c.subject_id = :id and e.kind = 'DECIDED'
                """).param("id", id).query(Long.class).single()).isEqualTo(1);
        ReviewStatus status = review.status(id, YEWU, scope(YEWU));
        assertThat(status.version()).isEqualTo(2);
        assertThat(status.history()).hasSize(2);
    }

    private void approveAll(long id, long version) {
        review.submit(id, version, TIANBAO, scope(TIANBAO));
        review.approve(id, version + 1, List.of(), YEWU, scope(YEWU));
        review.approve(id, version + 2, List.of(), CAIWU, scope(CAIWU));
        review.approve(id, version + 3, List.of(), JIXIAO, scope(JIXIAO));
        assertThat(review.approve(id, version + 4, List.of(), CAIZHENG, scope(CAIZHENG)).state())
                .isEqualTo(ReviewState.APPROVED);
    }

    /** The n-th demo project table of 807001/2024 without ERROR findings (each test uses its own). */
    private long cleanTable(int n) {
        List<Long> clean = new ArrayList<>();
        for (GoalTableSummary summary : goals.list("807001", FiscalYear.of(2024), OrgScope.unrestricted())) {
            if (summary.projectCode() != null
                    && checks.check(summary.id(), OrgScope.unrestricted()).count(Severity.ERROR) == 0) {
                clean.add(summary.id().value());
            }
        }
        assertThat(clean.size()).as("clean demo tables").isGreaterThan(n);
        return clean.get(n);
    }

    private GoalTableInput editedInput(long id, String goal) {
        GoalTableView view = goals.find(new GoalTableId(id), OrgScope.unrestricted()).orElseThrow();
        GoalTableInput input = GoalTableForm.of(view).toInput();
        return new GoalTableInput(input.kind(), input.fiscalYear(), input.unitCode(), input.projectCode(),
                input.projectName(), input.budgetWan(), input.fiscalWan(), input.otherWan(), input.purpose(),
                input.spendingPlan(), List.of(goal), input.indicators(), input.version());
    }

    private long eventRows(long id) {
        return JdbcClient.create(dataSource).sql("""
                select count(*) from rev_event e join rev_case c on c.id = e.case_id where c.subject_id = :id
                """).param("id", id).query(Long.class).single();
    }

    private OrgScope scope(Actor actor) {
        return orgs.scopeOf(actor);
    }

    private static Actor actor(long id, String username, String name, String org, Role role) {
        return new Actor(id, username, name, org, Set.of(role), role.defaultScope());
    }
}
