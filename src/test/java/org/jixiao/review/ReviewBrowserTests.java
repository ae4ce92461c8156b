package org.jixiao.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.jixiao.checks.CheckQueries;
import org.jixiao.checks.domain.Severity;
import org.jixiao.goals.GoalTableQueries;
import org.jixiao.goals.GoalTableSummary;
import org.jixiao.orgs.OrgScope;
import org.jixiao.shared.FiscalYear;
import org.jixiao.testsupport.BrowserTestSupport;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * 三级联审 + 财政审核 in a real headless Chromium, each demo user signing in through the login page: 送审 → 业务初审
 * 通过 → 财务复核 退回 → the unit edits and resubmits → 业务初审 → 财务复核 → 绩效终审 → 财政审核 → 已批复, and the
 * history panel shows every step.
 */
@TestPropertySource(properties = "jixiao.test.database=review_browser")
class ReviewBrowserTests extends BrowserTestSupport {

    @Autowired
    GoalTableQueries goals;
    @Autowired
    CheckQueries checks;

    ReviewBrowserTests() {
        super(NOBODY, "");
    }

    @Test
    void aTableGoesThroughTheWholeChainWithOneReturn() throws Exception {
        long id = cleanTable();

        signInAs("tianbao");
        openTable(id);
        waitForPanel().findElement(By.id("review-submit")).click();
        assertStatus(id, "已送审（待业务初审）");
        assertThat(browser.findElements(By.id("edit-link"))).isEmpty();

        signInAs("yewu");
        assertThat(browser.findElement(By.id("nav-todo-count")).getText()).isEqualTo("1");
        browser.findElement(By.id("nav-todo")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#todo-list [data-goal-table='" + id + "'] a")))
                .click();
        waitForPanel().findElement(By.id("opinion")).sendKeys("业务内容符合部门职责");
        browser.findElement(By.id("review-approve")).click();
        assertStatus(id, "待财务复核");

        signInAs("caiwu");
        openTable(id);
        WebElement panel = waitForPanel();
        new org.openqa.selenium.support.ui.Select(panel.findElement(By.id("opinion-row"))).selectByIndex(1);
        panel.findElement(By.id("opinion")).sendKeys("指标值须与预算数对应");
        panel.findElement(By.id("return-reason")).sendKeys("资金支出计划与预算数不一致");
        browser.executeScript("arguments[0].scrollIntoView()", panel);
        screenshot("review-decision");
        panel.findElement(By.id("review-return")).click();
        assertStatus(id, "已退回（草稿）");

        signInAs("tianbao");
        browser.findElement(By.id("nav-todo")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#todo-list [data-goal-table='" + id + "'] a")))
                .click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("edit-link"))).click();
        WebElement goal = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("goals0")));
        goal.clear();
        goal.sendKeys("按财务复核意见修改后的绩效目标");
        browser.findElement(By.id("save")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[role='status']")));
        waitForPanel().findElement(By.id("review-submit")).click();
        assertStatus(id, "已送审（待业务初审）");

        decide("yewu", id, "待财务复核");
        decide("caiwu", id, "待绩效终审");
        decide("jixiao", id, "待财政审核");
        decide("caizheng", id, "已批复");

        signInAs("tianbao");
        openTable(id);
        WebElement history = waitForPanel().findElement(By.id("review-history"));
        List<WebElement> rows = history.findElements(By.cssSelector("tbody tr"));
        assertThat(rows).extracting(r -> (r.getAttribute("data-action") + " "
                        + java.util.Objects.toString(r.getAttribute("data-step"), "")).strip())
                .containsExactly("送审", "通过 业务初审", "退回 财务复核", "送审", "通过 业务初审", "通过 财务复核",
                        "通过 绩效终审", "通过 财政审核");
        assertThat(rows.get(1).getText()).contains("业务内容符合部门职责");
        assertThat(rows.get(2).getText()).contains("资金支出计划与预算数不一致", "第 1 行：指标值须与预算数对应", "财务复核");
        assertThat(rows.get(7).getText()).contains("财政审核");
        assertThat(browser.findElements(By.id("edit-link"))).isEmpty();
        assertThat(browser.findElement(By.id("review-adjust"))).isNotNull();
        screenshot("review-approved");

        open("/units/807001/years/2024");
        wait.until(d -> d.findElement(By.id("review-state-" + id)).getText().equals("已批复"));
    }

    private void decide(String user, long id, String expectedStatus) {
        signInAs(user);
        openTable(id);
        waitForPanel().findElement(By.id("review-approve")).click();
        assertStatus(id, expectedStatus);
    }

    private void openTable(long id) {
        open("/goal-tables/" + id);
    }

    private WebElement waitForPanel() {
        return wait.until(ExpectedConditions.presenceOfElementLocated(By.id("review-panel")));
    }

    private void assertStatus(long id, String status) {
        wait.until(d -> d.getCurrentUrl().endsWith("/goal-tables/" + id));
        wait.until(d -> d.findElements(By.id("review-status")).stream().anyMatch(e -> e.getText().equals(status)));
        assertThat(browser.findElements(By.id("review-error"))).isEmpty();
    }

    private long cleanTable() {
        for (GoalTableSummary summary : goals.list("807001", FiscalYear.of(2024), OrgScope.unrestricted())) {
            if (summary.projectCode() != null
                    && checks.check(summary.id(), OrgScope.unrestricted()).count(Severity.ERROR) == 0) {
                return summary.id().value();
            }
        }
        throw new AssertionError("no demo table without errors");
    }
}
