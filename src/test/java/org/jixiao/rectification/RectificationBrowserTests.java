package org.jixiao.rectification;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.jixiao.platform.DemoDocuments;
import org.jixiao.testsupport.BrowserTestSupport;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.test.context.TestPropertySource;

/**
 * In a real headless Chromium: the unit's 填报人 registers a problem from a low-scoring self-evaluation indicator,
 * assigns it, starts, records progress, uploads evidence and submits it; the 业务初审 reviewer verifies it; the
 * history shows each step with who did it. Then a problem from the red lamp of 运行监控 through the pre-filled form; both
 * picks then show 已登记.
 */
@TestPropertySource(properties = "jixiao.test.database=rectbrowser")
class RectificationBrowserTests extends BrowserTestSupport {

    RectificationBrowserTests() {
        super("tianbao", "rectification-");
    }

    @Test
    void aProblemFromALowScoringIndicatorIsAssignedClosedWithEvidenceAndVerified() throws Exception {
        // the home page warns of the demo list's overdue problem
        assertThat(browser.findElement(By.id("rectification-todo")).getText()).contains("逾期");
        browser.findElement(By.id("nav-rectifications")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("rect-units")));
        browser.findElement(By.cssSelector("#rect-units [data-unit='807001'] a")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("rect-problems")));
        assertThat(browser.findElements(By.cssSelector("#rect-problems tbody tr"))).hasSize(6);
        assertThat(browser.findElements(By.cssSelector("#rect-problems .jx-overdue"))).hasSize(1);

        WebElement candidate = browser.findElement(By.cssSelector("#rect-candidates tbody tr"));
        String indicator = candidate.getAttribute("data-indicator");
        candidate.findElement(By.cssSelector(".jx-from-indicator")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("problem-title")));
        assertThat(text("problem-title")).contains(indicator);
        assertThat(text("problem-status")).isEqualTo("待整改");
        assertThat(browser.findElement(By.id("link-evaluation")).getAttribute("href")).contains("/self-evaluations/");
        String problemUrl = browser.getCurrentUrl();

        // starting before anything is assigned is refused with the reasons
        browser.findElement(By.id("action-start")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("form-alert")));
        assertThat(text("form-alert")).contains("请先指定责任人", "请先填写整改时限");

        new Select(browser.findElement(By.id("a-owner"))).selectByVisibleText("填报人（本级）");
        browser.findElement(By.id("a-deadline")).sendKeys("2099-06-30");
        browser.findElement(By.id("a-measures")).sendKeys("重新测算指标值\n建立数据采集台账");
        WebElement assigning = browser.findElement(By.tagName("html"));
        browser.findElement(By.id("assign-save")).click();
        wait.until(ExpectedConditions.stalenessOf(assigning)); // an earlier notice may still be on the old page
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("saved")));
        assertThat(text("problem-owner")).isEqualTo("填报人（本级）");
        assertThat(browser.findElements(By.cssSelector("#problem-measures li"))).hasSize(2);

        browser.findElement(By.id("action-start")).click();
        wait.until(d -> text("problem-status").equals("整改中"));
        browser.findElement(By.id("note-text")).sendKeys("已完成数据采集台账");
        WebElement page = browser.findElement(By.tagName("html"));
        browser.findElement(By.id("note-save")).click();
        // the page before still shows the "saved" notice of the assignment: wait for the new one
        wait.until(ExpectedConditions.stalenessOf(page));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("saved")));

        Path pdf = Files.createTempFile("整改完成报告", ".pdf");
        Files.write(pdf, DemoDocuments.pdf("整改完成报告"));
        browser.findElement(By.id("evidence-file")).sendKeys(pdf.toAbsolutePath().toString());
        browser.findElement(By.id("evidence-upload")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#problem-evidence li")));
        assertThat(text("problem-evidence")).contains("SHA-256");

        browser.findElement(By.id("note-text")).sendKeys("整改完成，台账已建立");
        browser.findElement(By.id("action-submit")).click();
        wait.until(d -> text("problem-status").equals("待验证"));
        assertThat(browser.findElements(By.id("action-verify"))).as("the drafter cannot verify").isEmpty();
        screenshot("submitted");

        signInAs("yewu");
        browser.get(problemUrl);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("action-verify")));
        browser.findElement(By.id("verify-note")).sendKeys("佐证齐全，同意销号");
        browser.findElement(By.id("action-verify")).click();
        wait.until(d -> text("problem-status").equals("已销号"));

        List<String> steps = browser.findElements(By.cssSelector("#problem-history tbody tr")).stream()
                .map(r -> r.findElements(By.tagName("td")).get(1).getText() + "|" + r.findElements(By.tagName("td")).get(2).getText())
                .toList();
        assertThat(steps).containsExactly("填报人（本级）|登记问题", "填报人（本级）|指定责任人和时限", "填报人（本级）|修改整改措施",
                "填报人（本级）|开始整改", "填报人（本级）|记录进展", "填报人（本级）|上传佐证材料", "填报人（本级）|提交验证",
                "业务初审|验证通过，销号");
        assertThat(text("problem-history")).contains("整改中 → 待验证", "待验证 → 已销号", "同意销号");
        screenshot("closed");

        // 从监控红灯登记: the red project's pick pre-fills the form; saved, the pick shows 已登记, as the indicator does
        signInAs("tianbao");
        open("/units/807001/years/2024/rectifications");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("rect-red-lamps")));
        assertThat(browser.findElement(By.cssSelector("#rect-candidates tbody tr[data-indicator='" + indicator + "']"))
                .findElements(By.cssSelector(".jx-registered"))).hasSize(1);
        WebElement lamp = browser.findElements(By.cssSelector("#rect-red-lamps tbody tr")).stream()
                .filter(r -> r.getText().contains("新建消防站建设启动资金")).findFirst().orElseThrow();
        String key = lamp.getAttribute("data-candidate");
        lamp.findElement(By.cssSelector(".jx-from-red-lamp")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("rect-prefilled")));
        assertThat(new Select(browser.findElement(By.id("n-source"))).getFirstSelectedOption().getText())
                .isEqualTo("监控红灯");
        assertThat(browser.findElement(By.id("n-title")).getAttribute("value")).contains("新建消防站建设启动资金");
        browser.findElement(By.id("rect-create")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("problem-title")));
        assertThat(browser.findElement(By.id("link-goal-table")).getAttribute("href")).contains("/goal-tables/");
        open("/units/807001/years/2024/rectifications");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("rect-red-lamps")));
        WebElement registered = browser.findElement(By.cssSelector("#rect-red-lamps tr[data-candidate='" + key + "']"));
        assertThat(registered.findElements(By.cssSelector(".jx-registered"))).hasSize(1);
        assertThat(registered.findElements(By.cssSelector(".jx-from-red-lamp"))).isEmpty();
        screenshot("red-lamp-registered");
    }
}
