package org.jixiao.goals;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.jixiao.testsupport.BrowserTestSupport;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.test.context.TestPropertySource;

/**
 * A finance officer in a real headless Chromium: opens the demo goal table of 高危执勤补贴经费, edits an
 * indicator value, saves, and sees the new value; adds and removes rows inline; gets a message at the field.
 */
@TestPropertySource(properties = "jixiao.test.database=browser")
class GoalTableBrowserTests extends BrowserTestSupport {

    GoalTableBrowserTests() {
        super("tianbao", "");
    }

    @Test
    void editsAnIndicatorValueOfTheHighRiskAllowanceTable() throws Exception {
        open("/");
        browser.findElement(By.linkText("巨鹿县消防救援大队本级")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("goal-tables")));
        browser.findElement(By.linkText("高危执勤补贴经费")).click();

        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("indicators")));
        assertThat(browser.findElement(By.id("project-code")).getText()).isEqualTo("13052924P00584012429T");
        assertThat(valueCellOf("人员数量")).isEqualTo("99人");
        screenshot("goal-table");

        browser.findElement(By.id("edit-link")).click();
        WebElement value = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("indicators[0].value")));
        assertThat(value.getAttribute("value")).isEqualTo("99人");
        value.clear();
        value.sendKeys("≥100人");
        browser.findElement(By.id("save")).click();

        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("indicators")));
        assertThat(browser.findElement(By.cssSelector("[role=status]")).getText()).contains("已保存");
        assertThat(valueCellOf("人员数量")).isEqualTo("≥100人");
        assertThat(browser.findElement(By.id("table-version")).getText()).contains("第 1 版");
    }

    @Test
    void addsAndRemovesRowsInlineAndShowsErrorsAtTheField() throws Exception {
        open("/units/807001/years/2024");
        browser.findElement(By.linkText("消防人员年度考核奖资金")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("edit-link"))).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("indicator-rows")));
        assertThat(rowCount()).isEqualTo(7);

        browser.findElement(By.id("add-indicator")).click();
        wait.until(d -> rowCount() == 8);
        browser.findElement(By.id("indicators[7].level1")).sendKeys("产出指标");
        browser.findElement(By.id("indicators[7].value")).sendKeys("≥2场");
        // the new row has no 三级 name and the budget is not a number: both must be reported at the field
        WebElement budget = browser.findElement(By.id("budgetWan"));
        budget.clear();
        budget.sendKeys("十五万");
        browser.findElement(By.id("save")).click();

        WebElement nameError = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("[id='indicators[7].name'].is-invalid + .invalid-feedback")));
        assertThat(nameError.getText()).isEqualTo("三级指标名称不能为空");
        assertThat(browser.findElement(By.cssSelector("#budgetWan + .invalid-feedback")).getText())
                .isEqualTo("请输入金额数字（单位：万元），如 73.20");
        assertThat(browser.findElement(By.id("indicators[7].value")).getAttribute("value")).isEqualTo("≥2场");
        screenshot("field-errors");

        browser.findElement(By.cssSelector("tr[data-row='7'] button[title='删除此行']")).click();
        wait.until(d -> rowCount() == 7);
        WebElement fixed = browser.findElement(By.id("budgetWan"));
        fixed.clear();
        fixed.sendKeys("15.00");
        browser.findElement(By.cssSelector("tr[data-row='1'] button[title='上移']")).click();
        wait.until(d -> "发放成功率".equals(d.findElement(By.id("indicators[0].name")).getAttribute("value")));
        browser.findElement(By.id("save")).click();

        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("indicators")));
        List<WebElement> names = browser.findElements(By.cssSelector("#indicators td.jx-name"));
        assertThat(names).extracting(WebElement::getText).startsWith("发放成功率", "人员数量");
    }

    private int rowCount() {
        return browser.findElements(By.cssSelector("#indicator-rows tr[data-row]")).size();
    }

    private String valueCellOf(String indicatorName) {
        for (WebElement row : browser.findElements(By.cssSelector("#indicators tbody tr"))) {
            if (row.findElement(By.cssSelector("td.jx-name")).getText().equals(indicatorName)) {
                return row.findElement(By.cssSelector("td.jx-value > span")).getText();
            }
        }
        throw new AssertionError("no indicator " + indicatorName);
    }
}
