package org.jixiao.rectification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.testsupport.WebSession.form;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;

import org.jixiao.goals.GoalTableQueries;
import org.jixiao.goals.GoalTableView;
import org.jixiao.orgs.OrgScope;
import org.jixiao.rectification.domain.ProblemAction;
import org.jixiao.shared.FiscalYear;
import org.jixiao.testsupport.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * 季度复盘 and 结果应用 over HTTP on the demo data: a meeting changing a deadline (written to the problem's history),
 * suggestions beside last year's tables, decisions with reasons, and copying the tables forward through goals.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:file:./target/tmp/jixiao_apply-${random.uuid};MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
        "jixiao.demo.enabled=true"})
class ResultApplicationIntegrationTests {

    private static final FiscalYear YEAR = FiscalYear.of(2024);
    private static final String APPLY = "/units/807001/years/2024/result-application";
    private static final String REVIEWS = "/units/807001/years/2024/rectifications/reviews";

    @LocalServerPort
    int port;
    @Autowired
    RectificationQueries queries;
    @Autowired
    GoalTableQueries goals;
    @Autowired
    Clock clock;

    @Test
    void aQuarterlyReviewListsTheOpenProblemsAndChangesADeadlineInTheirHistory() {
        WebSession drafter = WebSession.login(port, "tianbao");
        ProblemView overdue = queries.list("807001", YEAR, ProblemFilter.none(), OrgScope.unrestricted()).stream()
                .filter(ProblemView::overdue).findFirst().orElseThrow();
        long open = queries.list("807001", YEAR, ProblemFilter.none(), OrgScope.unrestricted()).stream()
                .filter(p -> p.status().isOpen()).count();
        LocalDate later = LocalDate.now(clock).plusDays(60);

        HttpResponse<String> bad = drafter.postForm(REVIEWS, form("quarter", "5", "heldOn", "昨天", "decisions", "",
                "deadline_" + overdue.id().value(), "2025-13-01"));
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("季度应为 1–4", "整改时限应为日期", "此项必填");
        assertThat(queries.reviews("807001", YEAR, OrgScope.unrestricted())).isEmpty();

        HttpResponse<String> ok = drafter.postForm(REVIEWS, form("quarter", "2", "heldOn", LocalDate.now(clock).toString(),
                "decisions", "问题2涉及跨部门协调，时限顺延60天；其余按期推进。", "deadline_" + overdue.id().value(), later.toString()));
        assertThat(ok.statusCode()).as(ok.body()).isEqualTo(302);
        QuarterlyReview review = queries.reviews("807001", YEAR, OrgScope.unrestricted()).get(0);
        assertThat(review.quarter()).isEqualTo(2);
        assertThat(review.items()).hasSize((int) open);
        assertThat(review.items()).filteredOn(QuarterlyReview.Item::deadlineChanged).singleElement()
                .satisfies(i -> {
                    assertThat(i.problemId()).isEqualTo(overdue.id().value());
                    assertThat(i.oldDeadline()).isEqualTo(overdue.deadline());
                    assertThat(i.newDeadline()).isEqualTo(later);
                });
        ProblemView after = queries.find(overdue.id(), OrgScope.unrestricted()).orElseThrow();
        assertThat(after.deadline()).isEqualTo(later);
        assertThat(after.overdue()).isFalse();
        assertThat(after.history().get(after.history().size() - 1)).satisfies(h -> {
            assertThat(h.action()).isEqualTo(ProblemAction.DEADLINE_CHANGED);
            assertThat(h.detail()).contains(overdue.deadline().toString(), later.toString(), "2024年第2季度复盘");
        });
        assertThat(drafter.get(REVIEWS).body()).contains("问题2涉及跨部门协调");

        HttpResponse<String> twice = drafter.postForm(REVIEWS, form("quarter", "2", "heldOn", "2025-06-30", "decisions", "再开一次"));
        assertThat(twice.statusCode()).isEqualTo(400);
        assertThat(twice.body()).contains("该季度的复盘会议已有记录");
    }

    @Test
    void theDraftShowsResultsAndSuggestionsAndDecisionsNeedAReason() {
        WebSession drafter = WebSession.login(port, "tianbao");
        String page = drafter.get(APPLY).body();
        assertThat(page).contains("全国默认结果应用规则", "上年自评等级为");
        assertThat(page).containsAnyOf("建议下年预算优先保障", "建议下年预算保障");
        var m = Pattern.compile("name=\"goalTableId\" value=\"(\\d+)\">\\s*<input type=\"hidden\" name=\"suggestion\" value=\"BUDGET_USE\"")
                .matcher(page);
        assertThat(m.find()).isTrue();
        String table = m.group(1);

        HttpResponse<String> noReason = drafter.postForm(APPLY + "/decisions", form("goalTableId", table,
                "suggestion", "BUDGET_USE", "accepted", "false", "reason", " "));
        assertThat(noReason.statusCode()).isEqualTo(400);
        assertThat(noReason.body()).contains("未记录", "此项必填");
        HttpResponse<String> unknown = drafter.postForm(APPLY + "/decisions", form("goalTableId", table,
                "suggestion", "RAISE_TARGET:999", "accepted", "true", "reason", "x"));
        assertThat(unknown.statusCode()).isEqualTo(400);

        assertThat(drafter.postForm(APPLY + "/decisions", form("goalTableId", table, "suggestion", "BUDGET_USE",
                "accepted", "false", "reason", "下年任务调整，按保障安排")).statusCode()).isEqualTo(302);
        assertThat(drafter.get(APPLY).body()).contains("不采纳：下年任务调整，按保障安排（填报人（本级）");
    }

    @Test
    void copyingForwardCreatesNextYearsDraftsOnceThroughGoals() {
        WebSession drafter = WebSession.login(port, "tianbao");
        List<GoalTableView> last = goals.findAll("807001", YEAR, OrgScope.unrestricted());
        assertThat(WebSession.login(port, "tianbao2").postForm(APPLY + "/copy", "").statusCode()).isEqualTo(404);
        assertThat(WebSession.login(port, "yewu").postForm(APPLY + "/copy", "").statusCode()).isEqualTo(403);
        assertThat(goals.findAll("807001", FiscalYear.of(2025), OrgScope.unrestricted())).isEmpty();

        assertThat(drafter.postForm(APPLY + "/copy", "").statusCode()).isEqualTo(302);
        List<GoalTableView> next = goals.findAll("807001", FiscalYear.of(2025), OrgScope.unrestricted());
        assertThat(next).hasSameSizeAs(last);
        for (GoalTableView old : last) {
            GoalTableView copy = next.stream().filter(n -> n.title().equals(old.title())).findFirst().orElseThrow();
            assertThat(copy.year().value()).isEqualTo(2025);
            assertThat(copy.content().indicators()).hasSameSizeAs(old.content().indicators());
            for (int i = 0; i < old.content().indicators().size(); i++) {
                assertThat(copy.content().indicators().get(i).name()).isEqualTo(old.content().indicators().get(i).name());
                assertThat(copy.content().indicators().get(i).value().format())
                        .isEqualTo(old.content().indicators().get(i).value().format());
            }
        }
        assertThat(drafter.postForm(APPLY + "/copy", "").statusCode()).isEqualTo(302);
        assertThat(goals.findAll("807001", FiscalYear.of(2025), OrgScope.unrestricted())).hasSameSizeAs(last);
        assertThat(drafter.get(APPLY).body()).contains("2025 年度草稿");
    }

    @Test
    void anOpenProblemOfAnIndicatorIsShownBesideIt() {
        WebSession drafter = WebSession.login(port, "tianbao");
        String list = drafter.get("/units/807001/years/2024/rectifications").body();
        var c = Pattern.compile("data-indicator=\"([^\"]+)\">[\\s\\S]*?name=\"evaluationId\" value=\"(\\d+)\">\\s*<input type=\"hidden\" name=\"index\" value=\"(\\d+)\"")
                .matcher(list);
        assertThat(c.find()).isTrue();
        String path = drafter.postForm("/rectifications/from-evaluation", form("evaluationId", c.group(2), "index",
                c.group(3))).headers().firstValue("Location").orElseThrow();
        long id = Long.parseLong(path.substring(path.lastIndexOf('/') + 1));
        ProblemView problem = queries.find(new org.jixiao.rectification.domain.ProblemId(id), OrgScope.unrestricted())
                .orElseThrow();
        String title = problem.title();
        String page = drafter.get(APPLY).body();
        int card = page.indexOf("data-table=\"" + problem.goalTableId() + "\"");
        assertThat(card).isPositive();
        int row = page.indexOf("data-indicator=\"" + c.group(1) + "\"", card);
        assertThat(row).isPositive();
        assertThat(page.substring(row, page.indexOf("</tr>", row))).contains(title);
    }
}
