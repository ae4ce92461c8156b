package org.jixiao.reports;

import static org.assertj.core.api.Assertions.assertThat;

import org.jixiao.testsupport.BrowserTestSupport;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.test.context.TestPropertySource;

/**
 * The unit's 填报人 in a real headless Chromium: from the unit-year page to 自评报告; a money figure that is not a
 * number is refused at its field with the input kept; the corrected figures are saved and the derived 预算调整率 shown;
 * a draft section is rewritten and saved; a report is generated and appears among the kept versions; the
 * consistency page catches seed 004's 98.8 against 35 + 20 + 44.1.
 */
@TestPropertySource(properties = "jixiao.test.database=reportbrowser")
class ReportBrowserTests extends BrowserTestSupport {

    ReportBrowserTests() {
        super("tianbao", "reports-");
    }

    @Test
    void basicsNarrativesGenerationAndConsistency() throws Exception {
        open("/units/807001/years/2024");
        browser.findElement(By.id("reports-link")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("basics")));
        assertThat(browser.findElements(By.cssSelector(".jx-draft"))).isNotEmpty();

        type("incomeTotal", "三千万");
        type("budgetInitial", "40023900");
        type("budgetAdjusted", "49131700");
        browser.findElement(By.id("save-basics")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("form-alert")));
        WebElement income = browser.findElement(By.id("incomeTotal"));
        assertThat(income.getAttribute("class")).contains("is-invalid");
        assertThat(income.getAttribute("value")).isEqualTo("三千万");
        assertThat(browser.findElement(By.cssSelector("#incomeTotal + .invalid-feedback")).getText()).contains("请输入金额数字");
        screenshot("basics-refused");

        type("incomeTotal", "49240100");
        browser.findElement(By.id("save-basics")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("saved")));
        assertThat(browser.findElement(By.id("derived")).getText()).contains("预算调整率：22.76%");

        WebElement problems = browser.findElement(By.cssSelector("#narrative-problems textarea"));
        assertThat(problems.getAttribute("value")).contains("预算执行率");
        problems.clear();
        problems.sendKeys("一是绩效目标量化度不精细。");
        browser.findElement(By.cssSelector("#narrative-problems button[value=save]")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("saved")));
        assertThat(browser.findElement(By.id("narrative-problems")).getText()).contains("单位已撰写");

        browser.findElement(By.id("generate-xlsx")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("generation-list")));
        assertThat(browser.findElement(By.id("generation-list")).getText()).contains("绩效自评表（Excel）", "tianbao");
        screenshot("page");

        browser.findElement(By.id("consistency-link")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("check")));
        type("total", "98.8");
        browser.findElement(By.id("parts")).sendKeys("部门决策 35\n部门管理 20\n部门绩效 44.1");
        browser.findElement(By.id("check")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("differences")));
        assertThat(browser.findElement(By.id("differences")).getText()).contains("35 + 20 + 44.1 = 99.1", "相差 0.3");
        screenshot("consistency");
    }

    private void type(String id, String text) {
        WebElement field = browser.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }
}
