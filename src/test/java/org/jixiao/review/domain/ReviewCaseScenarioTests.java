package org.jixiao.review.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.jixiao.review.domain.Fixtures.ADMIN;
import static org.jixiao.review.domain.Fixtures.BUREAU;
import static org.jixiao.review.domain.Fixtures.BUSINESS;
import static org.jixiao.review.domain.Fixtures.DRAFTER;
import static org.jixiao.review.domain.Fixtures.FINANCE;
import static org.jixiao.review.domain.Fixtures.OTHER_DRAFTER;
import static org.jixiao.review.domain.Fixtures.PERFORMANCE;
import static org.jixiao.review.domain.Fixtures.STANDARD;
import static org.jixiao.review.domain.Fixtures.TABLE;
import static org.jixiao.review.domain.Fixtures.approved;
import static org.jixiao.review.domain.Fixtures.at;
import static org.jixiao.review.domain.Fixtures.draft;
import static org.jixiao.review.domain.Fixtures.pendingAt;

import java.util.List;

import org.jixiao.orgs.domain.Permission;
import org.jixiao.orgs.domain.RegionCode;
import org.jixiao.shared.VersionConflictException;
import org.junit.jupiter.api.Test;

/** Whole walks through the workflow: events, opinions, rounds of 调整, custom chains, versions. */
class ReviewCaseScenarioTests {

    @Test
    void aTableWalksTheStandardChainWithOneReturnAndAResubmission() {
        ReviewCase c = draft();
        assertThat(c.statusLabel()).isEqualTo("草稿");

        c = c.submit(STANDARD, DRAFTER, List.of(), at(1)).reviewCase();
        assertThat(c.statusLabel()).isEqualTo("已送审（待业务初审）");
        c = c.approve(BUSINESS, List.of(), at(2)).reviewCase();
        assertThat(c.statusLabel()).isEqualTo("待财务复核");

        Transition back = c.returnToDraft(FINANCE, "  资金来源与预算不符 ", List.of(ReviewOpinion.onRow(3, "指标值偏低")),
                at(3));
        ReviewEvent.Decided returned = (ReviewEvent.Decided) back.event();
        assertThat(returned.outcome()).isEqualTo(Outcome.RETURNED);
        assertThat(returned.approved()).isFalse();
        assertThat(returned.step()).isEqualTo("财务复核");
        assertThat(returned.stepIndex()).isEqualTo(1);
        assertThat(returned.reason()).isEqualTo("资金来源与预算不符");
        assertThat(returned.actorId()).isEqualTo(FINANCE.userId());
        assertThat(returned.actorName()).isEqualTo("赵复核");
        assertThat(returned.opinions()).containsExactly(ReviewOpinion.onRow(3, "指标值偏低"));
        c = back.reviewCase();
        assertThat(c.state()).isEqualTo(ReviewState.DRAFT);
        assertThat(c.submitter()).isEmpty();

        c = c.submit(STANDARD, DRAFTER, List.of(), at(4)).reviewCase();
        assertThat(c.stepIndex()).isZero(); // a resubmission starts again at the first step
        c = c.approve(BUSINESS, List.of(), at(5)).reviewCase();
        c = c.approve(FINANCE, List.of(ReviewOpinion.general("已核实")), at(6)).reviewCase();
        c = c.approve(PERFORMANCE, List.of(), at(7)).reviewCase();
        Transition last = c.approve(BUREAU, List.of(), at(8));
        assertThat(((ReviewEvent.Decided) last.event()).finalStep()).isTrue();
        c = last.reviewCase();

        assertThat(c.state()).isEqualTo(ReviewState.APPROVED);
        assertThat(c.statusLabel()).isEqualTo("已批复");
        assertThat(c.editable()).isFalse();
        assertThat(c.submitter()).contains(DRAFTER.userId());
        assertThat(c.version()).isEqualTo(8);
        assertThat(c.round()).isEqualTo(1);
        assertThat(c.history()).extracting(ReviewEvent::at)
                .containsExactly(at(1), at(2), at(3), at(4), at(5), at(6), at(7), at(8));
        assertThat(c.history()).extracting(e -> e.getClass().getSimpleName()).containsExactly("Submitted",
                "Decided", "Decided", "Submitted", "Decided", "Decided", "Decided", "Decided");
    }

    @Test
    void whoeverSubmittedMayNotDecideEvenHoldingTheStepsRole() {
        ReviewCase byAdmin = draft().submit(STANDARD, ADMIN, List.of(), at(1)).reviewCase();
        assertThat(byAdmin.awaits(ADMIN)).as("not in the submitter's 待办").isFalse();
        assertThat(byAdmin.awaits(BUSINESS)).isTrue();
        assertThatThrownBy(() -> byAdmin.approve(ADMIN, List.of(), at(2)))
                .isInstanceOfSatisfying(ReviewRefusedException.class, e -> {
                    assertThat(e.key()).isEqualTo("review.decide.own-submission");
                    assertThat(e.getMessage()).isEqualTo("不能审核本人送审的绩效目标表");
                });
        assertThatThrownBy(() -> byAdmin.returnToDraft(ADMIN, "自己退回", List.of(), at(2)))
                .isInstanceOf(ReviewRefusedException.class);
        // another administrator may decide, and the submitter stays barred at every later step
        ReviewCase atFinance = byAdmin.approve(BUSINESS, List.of(), at(3)).reviewCase();
        assertThatThrownBy(() -> atFinance.approve(ADMIN, List.of(), at(4))).isInstanceOf(ReviewRefusedException.class);
        assertThat(atFinance.approve(FINANCE, List.of(), at(4)).reviewCase().statusLabel()).isEqualTo("待绩效终审");
    }

    @Test
    void submittedEventNamesTheChainItWillGoThrough() {
        ReviewEvent.Submitted e = (ReviewEvent.Submitted) draft().submit(STANDARD, DRAFTER, List.of(), at(1))
                .event();
        assertThat(e.steps()).containsExactly("业务初审", "财务复核", "绩效终审", "财政审核");
        assertThat(e.round()).isEqualTo(1);
        assertThat(e.actorName()).isEqualTo("张填报");
    }

    @Test
    void approvalCarriesOpinionsPerStepAndPerRowAndNoReason() {
        List<ReviewOpinion> opinions = List.of(ReviewOpinion.general("整体可行"), ReviewOpinion.onRow(0, "表述宜量化"),
                ReviewOpinion.onRow(5, "目标值过低"));
        ReviewEvent.Decided e = (ReviewEvent.Decided) pendingAt(2).approve(PERFORMANCE, opinions, at(9)).event();
        assertThat(e.opinions()).isEqualTo(opinions);
        assertThat(e.opinions().get(0).rowIndex()).isEmpty();
        assertThat(e.opinions().get(2).rowIndex()).hasValue(5);
        assertThat(e.reason()).isEmpty();
        assertThat(e.step()).isEqualTo("绩效终审");
        assertThat(e.finalStep()).isFalse();
    }

    @Test
    void opinionsNeedTextAndAValidRow() {
        assertThatThrownBy(() -> ReviewOpinion.general("  ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ReviewOpinion.onRow(-1, "x")).isInstanceOf(IllegalArgumentException.class);
        assertThat(ReviewOpinion.onRow(2, " 补充 ").text()).isEqualTo("补充");
    }

    @Test
    void adjustmentStartsANewRoundAndKeepsTheOldRoundsHistory() {
        ReviewCase first = approved();
        Transition adjusted = first.adjust(OTHER_DRAFTER, " 年中预算调减 ", at(20));
        ReviewEvent.Adjusted event = (ReviewEvent.Adjusted) adjusted.event();
        assertThat(event.round()).isEqualTo(2);
        assertThat(event.reason()).isEqualTo("年中预算调减");
        assertThat(event.actorId()).isEqualTo(OTHER_DRAFTER.userId());

        ReviewCase c = adjusted.reviewCase();
        assertThat(c.round()).isEqualTo(2);
        assertThat(c.editable()).isTrue();
        c = c.submit(STANDARD, OTHER_DRAFTER, List.of(), at(21)).reviewCase();
        assertThat(c.submitter()).contains(OTHER_DRAFTER.userId());
        for (int i = 0; i < STANDARD.size(); i++) {
            c = c.approve(ADMIN, List.of(), at(22 + i)).reviewCase();
        }
        c = c.adjust(DRAFTER, "二次调整", at(30)).reviewCase();

        assertThat(c.round()).isEqualTo(3);
        assertThat(c.history(1)).hasSize(first.history().size()).isEqualTo(first.history());
        assertThat(c.history(2)).hasSize(6).first().isInstanceOf(ReviewEvent.Adjusted.class);
        assertThat(c.history(3)).singleElement().isInstanceOf(ReviewEvent.Adjusted.class);
        assertThat(c.history()).hasSize(first.history().size() + 7);
    }

    @Test
    void withdrawnOnlyBeforeTheFirstDecisionThenResubmittable() {
        ReviewCase c = pendingAt(0);
        ReviewCase withdrawn = c.withdraw(DRAFTER, at(3)).reviewCase();
        assertThat(withdrawn.state()).isEqualTo(ReviewState.DRAFT);
        assertThat(withdrawn.round()).isEqualTo(1);
        ReviewCase again = withdrawn.submit(STANDARD, DRAFTER, List.of(), at(4)).reviewCase();
        assertThatThrownBy(() -> again.approve(BUSINESS, List.of(), at(5)).reviewCase().withdraw(DRAFTER, at(6)))
                .isInstanceOfSatisfying(ReviewRefusedException.class,
                        e -> assertThat(e.getMessage()).isEqualTo("“业务初审”已作出决定，不能撤回"));
    }

    @Test
    void submissionRefusalListsTheBlockingFindingsBriefly() {
        List<BlockingFinding> few = List.of(new BlockingFinding("MISSING_INDICATOR", "", "缺少效益指标"),
                new BlockingFinding("EMPTY_VALUE", "第2行", "指标值为空"));
        assertThatThrownBy(() -> draft().submit(STANDARD, DRAFTER, few, at(1)))
                .isInstanceOfSatisfying(ReviewRefusedException.class, e -> {
                    assertThat(e.getMessage()).isEqualTo("有 2 个错误须先修改，不能送审：缺少效益指标；第2行 指标值为空");
                    assertThat(e.args()).containsExactly(2);
                });

        List<BlockingFinding> many = List.of(new BlockingFinding("A", "第1行", "甲"),
                new BlockingFinding("B", "第2行", "乙"), new BlockingFinding("C", "第3行", "丙"),
                new BlockingFinding("D", "第4行", "丁"));
        assertThatThrownBy(() -> draft().submit(STANDARD, DRAFTER, many, at(1)))
                .hasMessage("有 4 个错误须先修改，不能送审：第1行 甲；第2行 乙；第3行 丙 等");
    }

    @Test
    void refusalsNameTheStateAndThePermission() {
        assertThatThrownBy(() -> pendingAt(1).submit(STANDARD, DRAFTER, List.of(), at(1)))
                .hasMessage("待财务复核状态下不能送审");
        assertThatThrownBy(() -> pendingAt(3).approve(FINANCE, List.of(), at(1)))
                .hasMessage("没有“财政审核”的权限（review:bureau）");
        assertThatThrownBy(() -> pendingAt(0).withdraw(OTHER_DRAFTER, at(1))).hasMessage("只有送审人本人可以撤回");
    }

    @Test
    void aSkippedStepChainApprovesAfterItsLastStep() {
        ReviewChain noFinance = new ReviewChain(new RegionCode("130529"), null, List.of(
                new ReviewStep("业务初审", Permission.REVIEW_BUSINESS),
                new ReviewStep("绩效终审", Permission.REVIEW_PERFORMANCE),
                new ReviewStep("财政审核", Permission.REVIEW_BUREAU)));
        ReviewCase c = draft().submit(noFinance, DRAFTER, List.of(), at(1)).reviewCase();
        c = c.approve(BUSINESS, List.of(), at(2)).reviewCase();
        assertThat(c.statusLabel()).isEqualTo("待绩效终审");
        assertThat(c.awaits(FINANCE)).isFalse();
        assertThat(c.awaits(PERFORMANCE)).isTrue();
        ReviewCase atPerformance = c;
        assertThatThrownBy(() -> atPerformance.approve(FINANCE, List.of(), at(3)))
                .isInstanceOf(ReviewRefusedException.class);
        c = c.approve(PERFORMANCE, List.of(), at(3)).reviewCase();
        Transition last = c.approve(BUREAU, List.of(), at(4));
        assertThat(last.reviewCase().state()).isEqualTo(ReviewState.APPROVED);
        assertThat(((ReviewEvent.Decided) last.event()).finalStep()).isTrue();
    }

    @Test
    void anAddedStepIsDecidedInItsPlaceAndMayReuseAPermission() {
        ReviewChain withDepartment = new ReviewChain(null, null, List.of(
                new ReviewStep("业务初审", Permission.REVIEW_BUSINESS),
                new ReviewStep("主管部门审核", Permission.REVIEW_BUSINESS),
                new ReviewStep("财务复核", Permission.REVIEW_FINANCE)));
        ReviewCase c = draft().submit(withDepartment, DRAFTER, List.of(), at(1)).reviewCase();
        c = c.approve(BUSINESS, List.of(), at(2)).reviewCase();
        assertThat(c.currentStep()).map(ReviewStep::name).contains("主管部门审核");
        Transition t = c.returnToDraft(BUSINESS, "需主管部门盖章", List.of(), at(3));
        assertThat(((ReviewEvent.Decided) t.event()).step()).isEqualTo("主管部门审核");
        c = t.reviewCase().submit(withDepartment, DRAFTER, List.of(), at(4)).reviewCase();
        for (int i = 0; i < 2; i++) {
            c = c.approve(BUSINESS, List.of(), at(5 + i)).reviewCase();
        }
        assertThat(c.currentStep()).map(ReviewStep::name).contains("财务复核");
        assertThat(c.approve(FINANCE, List.of(), at(8)).reviewCase().state()).isEqualTo(ReviewState.APPROVED);
    }

    @Test
    void aSingleStepChainGoesFromSubmittedToApprovedInOneDecision() {
        ReviewChain bureauOnly = new ReviewChain(null, null, List.of(new ReviewStep("财政审核", Permission.REVIEW_BUREAU)));
        ReviewCase c = draft().submit(bureauOnly, DRAFTER, List.of(), at(1)).reviewCase();
        assertThat(c.approve(BUREAU, List.of(), at(2)).reviewCase().state()).isEqualTo(ReviewState.APPROVED);
    }

    @Test
    void aResubmissionUsesTheChainConfiguredNow() {
        ReviewChain shorter = new ReviewChain(null, null, List.of(new ReviewStep("财政审核", Permission.REVIEW_BUREAU)));
        ReviewCase returned = pendingAt(1).returnToDraft(FINANCE, "重报", List.of(), at(5)).reviewCase();
        ReviewCase c = returned.submit(shorter, DRAFTER, List.of(), at(6)).reviewCase();
        assertThat(c.chain()).isEqualTo(shorter);
        assertThat(c.awaits(BUREAU)).isTrue();
        assertThat(c.awaits(BUSINESS)).isFalse();
    }

    @Test
    void theVersionDetectsAConcurrentDecision() {
        ReviewCase read = pendingAt(1);
        ReviewCase afterFirst = read.approve(FINANCE, List.of(), at(5)).reviewCase();
        // the second reviewer decided from the page built on `read`
        assertThatThrownBy(() -> afterFirst.requireVersion(read.version()))
                .isInstanceOfSatisfying(VersionConflictException.class, e -> {
                    assertThat(e.expectedVersion()).isEqualTo(read.version());
                    assertThat(e.currentVersion()).isEqualTo(read.version() + 1);
                });
        assertThat(afterFirst.requireVersion(afterFirst.version())).isSameAs(afterFirst);
    }

    @Test
    void awaitsListsOnlyWhatTheActorCanDecideNow() {
        assertThat(draft().awaits(BUSINESS)).isFalse();
        assertThat(pendingAt(0).awaits(BUSINESS)).isTrue();
        assertThat(pendingAt(0).awaits(FINANCE)).isFalse();
        assertThat(pendingAt(0).awaits(DRAFTER)).isFalse();
        assertThat(approved().awaits(ADMIN)).isFalse();
        assertThat(draft().currentStep()).isEmpty();
    }

    @Test
    void invalidCasesCannotBeBuilt() {
        assertThatThrownBy(() -> new ReviewCase(TABLE, ReviewState.PENDING, STANDARD, 4, 1, 1, 1L, List.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ReviewCase(TABLE, ReviewState.PENDING, null, 0, 1, 1, 1L, List.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ReviewCase(TABLE, ReviewState.DRAFT, null, 1, 1, 0, null, List.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ReviewCase(TABLE, ReviewState.DRAFT, null, 0, 0, 0, null, List.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ReviewCase(TABLE, ReviewState.DRAFT, null, 0, 1, 0, 1L, List.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ReviewCase(TABLE, ReviewState.APPROVED, null, 0, 1, 0, 1L, List.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ReviewSubject.goalTable(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
