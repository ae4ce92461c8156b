package org.jixiao.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.jixiao.checks.CheckQueries;
import org.jixiao.checks.domain.Severity;
import org.jixiao.goals.GoalTableQueries;
import org.jixiao.goals.GoalTableSummary;
import org.jixiao.orgs.OrgScope;
import org.jixiao.shared.FiscalYear;
import org.jixiao.testsupport.Browser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * 三级联审 + 财政审核 in a real headless Chromium, each demo user signing in through the login page: 送审 → 业务初审
 * 通过 → 财务复核 退回 → the unit edits and resubmits → 业务初审 → 财务复核 → 绩效终审 → 财政审核 → 已批复, and the
 * history panel shows every step.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:file:./target/tmp/jixiao_review_browser-${random.uuid};MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
        "jixiao.demo.enabled=true"})
class ReviewBrowserTests {

    @LocalServerPort
    int port;
    @Autowired
    GoalTableQueries goals;
    @Autowired
    CheckQueries checks;

    private ChromeDriver browser;
    private WebDriverWait wait;

    @BeforeEach
    void start() throws Exception {
        browser = Browser.start();
        wait = Browser.waitFor(browser);
    }

    @AfterEach
    void stop() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void aTableGoesThroughTheWholeChainWithOneReturn() throws Exception {
        long id = cleanTable();

        as("tianbao");
        openTable(id);
        waitForPanel().findElement(By.id("review-submit")).click();
        assertStatus(id, "已送审（待业务初审）");
        assertThat(browser.findElements(By.id("edit-link"))).isEmpty();

        as("yewu");
        assertThat(browser.findElement(By.id("nav-todo-count")).getText()).isEqualTo("1");
        browser.findElement(By.id("nav-todo")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#todo-list [data-goal-table='" + id + "'] a")))
                .click();
        waitForPanel().findElement(By.id("opinion")).sendKeys("业务内容符合部门职责");
        browser.findElement(By.id("review-approve")).click();
        assertStatus(id, "待财务复核");

        as("caiwu");
        openTable(id);
        WebElement panel = waitForPanel();
        new org.openqa.selenium.support.ui.Select(panel.findElement(By.id("opinion-row"))).selectByIndex(1);
        panel.findElement(By.id("opinion")).sendKeys("指标值须与预算数对应");
        panel.findElement(By.id("return-reason")).sendKeys("资金支出计划与预算数不一致");
        browser.executeScript("arguments[0].scrollIntoView()", panel);
        screenshot("review-decision");
        panel.findElement(By.id("review-return")).click();
        assertStatus(id, "已退回（草稿）");

        as("tianbao");
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

        as("tianbao");
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

        browser.get("http://localhost:" + port + "/units/807001/years/2024");
        wait.until(d -> d.findElement(By.id("review-state-" + id)).getText().equals("已批复"));
    }

    private void decide(String user, long id, String expectedStatus) {
        as(user);
        openTable(id);
        waitForPanel().findElement(By.id("review-approve")).click();
        assertStatus(id, expectedStatus);
    }

    /** Signs out whoever was signed in and signs in as {@code user} through the login page. */
    private void as(String user) {
        browser.manage().deleteAllCookies();
        Browser.login(browser, port, user);
    }

    private void openTable(long id) {
        browser.get("http://localhost:" + port + "/goal-tables/" + id);
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

    private void screenshot(String name) {
        try {
            Path dir = Path.of("target", "screenshots");
            Files.createDirectories(dir);
            Files.write(dir.resolve(name + ".png"), browser.getScreenshotAs(OutputType.BYTES));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
