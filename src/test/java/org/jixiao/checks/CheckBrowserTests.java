package org.jixiao.checks;

import static org.assertj.core.api.Assertions.assertThat;

import org.jixiao.testsupport.BrowserTestSupport;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.test.context.TestPropertySource;

/** The live checks of the edit page in a real headless Chromium: findings beside their rows, refreshed as one types. */
@TestPropertySource(properties = "jixiao.test.database=check_browser")
class CheckBrowserTests extends BrowserTestSupport {

    CheckBrowserTests() {
        super("tianbao", "");
    }

    @Test
    void aWrongComparatorIsShownBesideItsRowAndDisappearsWhenFixed() throws Exception {
        open("/units/807001/years/2024");
        browser.findElement(By.linkText("消防人员年度考核奖资金")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("edit-link"))).click();

        WebElement rowFindings = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#row-findings-1 [data-rule='COMPARATOR_DIRECTION']")));
        assertThat(rowFindings.getText()).contains("比较符方向错误", "≤95%");
        screenshot("live-checks");

        WebElement value = browser.findElement(By.id("indicators[1].value"));
        value.clear();
        value.sendKeys("≥95%");
        browser.findElement(By.id("indicators[1].basis")).click(); // leaving the field fires change

        wait.until(d -> d.findElements(By.cssSelector("#row-findings-1 [data-rule='COMPARATOR_DIRECTION']")).isEmpty());
        assertThat(browser.findElement(By.id("check-summary")).getText()).contains("智能审核");
    }

    @Test
    void theTablePageListsFindingsAndTheReportCountsThem() throws Exception {
        open("/units/807001/years/2024");
        browser.findElement(By.id("check-report-link")).click();
        WebElement counts = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("counts-by-rule")));
        assertThat(counts.getText()).contains("COMPARATOR_DIRECTION", "DEADLINE_OUTSIDE_YEAR");
        screenshot("check-report");

        browser.findElement(By.linkText("官亭消防站建设、运转经费")).click();
        WebElement findings = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("findings-table")));
        assertThat(findings.getText()).contains("时限超出预算年度");
    }
}
