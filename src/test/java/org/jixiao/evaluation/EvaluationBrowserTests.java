package org.jixiao.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import org.jixiao.testsupport.BrowserTestSupport;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.test.context.TestPropertySource;

/**
 * The unit's 填报人 in a real headless Chromium opens the demo self-evaluation of 高危执勤补贴经费, lowers one
 * indicator's 实际完成值 and sees its score, its explanation and the total change before saving; saves; reloads.
 */
@TestPropertySource(properties = "jixiao.test.database=evalbrowser")
class EvaluationBrowserTests extends BrowserTestSupport {

    EvaluationBrowserTests() {
        super("tianbao", "evaluation-");
    }

    @Test
    void aLowerActualLowersScoreExplanationAndTotalLiveAndIsSaved() throws Exception {
        open("/units/807001/years/2024");
        browser.findElement(By.id("self-evaluations-link")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("self-evaluations")));
        assertThat(browser.findElements(By.cssSelector("#self-evaluations tbody tr"))).hasSize(9);
        browser.findElement(By.linkText("高危执勤补贴经费")).click();

        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("indicators")));
        assertThat(text("score-0")).isEqualTo("12.50");
        String totalBefore = text("total");
        assertThat(totalBefore).isEqualTo("98.91"); // 预算执行率 9.91 (72.5412 of 73.2 万元, as recorded by 运行监控)
        WebElement actual = browser.findElement(By.id("indicators[0].actual"));
        assertThat(actual.getAttribute("value")).isEqualTo("99人");

        actual.clear();
        actual.sendKeys("90");
        wait.until(d -> "11.36".equals(text("score-0")));
        assertThat(text("explain-0")).contains("实际完成值 90", "11.36");
        assertThat(text("total")).isEqualTo("97.77");
        assertThat(text("grade")).isEqualTo("优");
        screenshot("self-evaluation-live");

        // not saved yet: another read of the page still has the old value
        browser.findElement(By.id("save")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[role=status]")));
        assertThat(browser.findElement(By.cssSelector("[role=status]")).getText()).contains("已保存");
        browser.navigate().refresh();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("indicators")));
        assertThat(browser.findElement(By.id("indicators[0].actual")).getAttribute("value")).isEqualTo("90");
        assertThat(text("score-0")).isEqualTo("11.36");
        assertThat(text("total")).isEqualTo("97.77");
    }

    @Test
    void aJudgedScoreOutsideItsBandIsRefusedAtTheField() {
        open("/units/807001/years/2024/self-evaluations");
        browser.findElement(By.linkText("高危执勤补贴经费")).click();
        WebElement score = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("indicators[5].score")));
        score.clear();
        score.sendKeys("10");
        wait.until(d -> text("msg-5").contains("[12.00, 15.00]"));
        assertThat(text("total")).isEqualTo("—");
        browser.findElement(By.id("save")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("form-alert")));
        assertThat(browser.findElement(By.id("indicators[5].score")).getAttribute("class")).contains("is-invalid");
        assertThat(browser.findElement(By.id("indicators[5].score")).getAttribute("value")).isEqualTo("10");
        assertThat(text("msg-5")).contains("不在区间内");
    }
}
