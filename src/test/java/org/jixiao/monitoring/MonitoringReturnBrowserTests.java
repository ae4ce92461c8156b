package org.jixiao.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import org.jixiao.testsupport.BrowserTestSupport;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.test.context.TestPropertySource;

/**
 * The unit's 填报人 in a real headless Chromium sees the overdue 双监控 reminder on the unit-year page, opens the demo
 * 1–7月 return of 消火栓建设及维护经费, marks an indicator 完全不可能 — its lamp turns red and the missing 偏差原因 and
 * 纠偏措施 are named at the row before saving — tries to save a wrong amount (refused at the field), fills the row
 * and saves; the values and the lamp are there after a reload; 送审 from the review panel makes the form read-only.
 */
@TestPropertySource(properties = "jixiao.test.database=monretbrowser")
class MonitoringReturnBrowserTests extends BrowserTestSupport {

    MonitoringReturnBrowserTests() {
        super("tianbao", "monitoring-return-");
    }

    @Test
    void aRowMarkedImpossibleTurnsRedAsksForReasonsAndIsSavedWhenFilled() throws Exception {
        open("/units/807001/years/2024");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".jx-return-notice")));
        assertThat(browser.findElement(By.cssSelector(".jx-return-notice")).getText()).contains("双监控逾期", "1–7月");
        browser.findElement(By.id("monitoring-returns-link")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("monitoring-returns")));
        assertThat(browser.findElements(By.cssSelector("#monitoring-returns tbody tr"))).hasSize(9);
        browser.findElement(By.cssSelector("tr[data-project-code='13052924P005840124287'] a.jx-return-link")).click();

        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("indicators")));
        assertThat(text("target-1")).isEqualTo("≥95%");
        assertThat(text("lamp-0")).isEqualTo("黄灯");
        assertThat(text("lamp-1")).isEqualTo("绿灯");
        assertThat(text("money-lamp")).isEqualTo("红灯");

        WebElement completed = browser.findElement(By.id("indicators[1].completed"));
        completed.clear();
        completed.sendKeys("80%");
        new Select(browser.findElement(By.id("indicators[1].likelihood"))).selectByVisibleText("完全不可能");
        wait.until(d -> "红灯".equals(text("lamp-1")));
        wait.until(d -> text("msg-1").contains("请填写纠偏措施"));
        assertThat(text("msg-1")).contains("亮红灯", "偏差原因类别");
        screenshot("row-red");

        // a wrong amount is refused at its field, with everything typed kept
        WebElement executed = browser.findElement(By.id("executed"));
        executed.clear();
        executed.sendKeys("十八万");
        browser.findElement(By.id("save")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("form-alert")));
        assertThat(browser.findElement(By.id("executed")).getAttribute("class")).contains("is-invalid");
        assertThat(browser.findElement(By.cssSelector("#executed + .invalid-feedback")).getText()).contains("金额数字");
        assertThat(browser.findElement(By.id("indicators[1].completed")).getAttribute("value")).isEqualTo("80%");

        executed = browser.findElement(By.id("executed"));
        executed.clear();
        executed.sendKeys("18.5");
        new Select(browser.findElement(By.id("indicators[1].reason.category"))).selectByVisibleText("硬件条件保障");
        browser.findElement(By.id("indicators[1].reason.text")).sendKeys("新购试压设备未到货，部分点位未能检测");
        browser.findElement(By.id("indicators[1].measure")).sendKeys("9月设备到货后补测全部点位");
        wait.until(d -> text("msg-1").isEmpty());
        browser.findElement(By.id("save")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[role=status]")));
        assertThat(browser.findElement(By.cssSelector("[role=status]")).getText()).contains("已保存", "可以送审");

        browser.navigate().refresh();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("indicators")));
        assertThat(browser.findElement(By.id("indicators[1].completed")).getAttribute("value")).isEqualTo("80%");
        assertThat(new Select(browser.findElement(By.id("indicators[1].reason.category")))
                .getFirstSelectedOption().getText()).isEqualTo("硬件条件保障");
        assertThat(text("lamp-1")).isEqualTo("红灯");
        screenshot("saved");

        // 送审 from the review panel: the form turns read-only
        wait.until(ExpectedConditions.elementToBeClickable(By.id("review-submit"))).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("review-message")));
        assertThat(browser.findElement(By.id("review-message")).getText()).contains("已送审");
        assertThat(text("return-status")).isEqualTo("待业务初审");
        assertThat(browser.findElements(By.id("save"))).isEmpty();
        assertThat(browser.findElement(By.id("indicators[1].completed")).getAttribute("readonly")).isNotNull();
    }
}
