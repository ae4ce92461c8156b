package org.jixiao.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.jixiao.testsupport.BrowserTestSupport;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.test.context.TestPropertySource;

/**
 * The unit's 填报人 in a real headless Chromium opens 运行监控 from the unit-year page, sees a drawn chart for every
 * project (ECharts from the WebJar under the strict CSP), the lagging project among the red ones, and enters a
 * month's spending: refused at the field first, then saved.
 */
@TestPropertySource(properties = "jixiao.test.database=monbrowser")
class MonitoringBrowserTests extends BrowserTestSupport {

    MonitoringBrowserTests() {
        super("tianbao", "monitoring-");
    }

    @Test
    void theDashboardDrawsEveryChartAndListsTheRedProject() throws Exception {
        open("/units/807001/years/2024");
        browser.findElement(By.id("monitoring-link")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("red-projects")));
        List<WebElement> charts = browser.findElements(By.cssSelector(".jx-chart"));
        assertThat(charts).hasSize(9);
        wait.until(d -> browser.findElements(By.cssSelector(".jx-chart[data-rendered=true] canvas")).size() == 9);
        WebElement canvas = charts.get(0).findElement(By.tagName("canvas"));
        assertThat(canvas.getSize().getHeight()).isGreaterThan(100);
        assertThat(canvas.getSize().getWidth()).isGreaterThan(100);

        String reds = browser.findElement(By.id("red-projects")).getText();
        assertThat(reds).contains("新建消防站建设启动资金", "红灯", "执行进度 ÷ 序时进度");
        WebElement station = browser.findElement(By.cssSelector(".jx-project[data-project-code='13052924P00584110433G']"));
        assertThat(station.getAttribute("data-lamp")).isEqualTo("RED");
        assertThat(station.findElement(By.cssSelector(".jx-lamp")).getText()).isEqualTo("红灯");
        assertThat(station.findElements(By.cssSelector(".jx-months tbody tr"))).hasSize(12);
        assertThat(station.findElement(By.cssSelector(".jx-average")).getText()).endsWith("%");
        screenshot("dashboard");
    }

    @Test
    void aMonthsSpendingIsRefusedAtTheFieldThenSaved() {
        open("/units/807001/years/2024/monitoring");
        new Select(wait.until(ExpectedConditions.presenceOfElementLocated(By.id("projectCode"))))
                .selectByVisibleText("消防人员年度考核奖资金");
        new Select(browser.findElement(By.id("month"))).selectByValue("12");
        browser.findElement(By.id("amountYuan")).sendKeys("12.345");
        browser.findElement(By.id("save-record")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#amountYuan.is-invalid")));
        assertThat(browser.findElement(By.cssSelector("#amountYuan + .invalid-feedback")).getText()).contains("两位小数");
        assertThat(browser.findElement(By.id("amountYuan")).getAttribute("value")).isEqualTo("12.345");
        assertThat(new Select(browser.findElement(By.id("projectCode"))).getFirstSelectedOption().getText())
                .isEqualTo("消防人员年度考核奖资金");

        WebElement amount = browser.findElement(By.id("amountYuan"));
        amount.clear();
        amount.sendKeys("1200.50");
        browser.findElement(By.id("save-record")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("saved")));
        assertThat(browser.findElement(By.id("saved")).getText()).contains("1200.50");
    }
}
