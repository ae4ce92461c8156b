package org.jixiao.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import org.jixiao.testsupport.BrowserTestSupport;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.test.context.TestPropertySource;

/**
 * The 填报人 of 广州市番禺区消防救援大队 in a real headless Chromium opens the 2024 部门整体支出绩效自评 from the
 * unit-year page (seed 002: 93.94 优), changes one input and sees that leaf's score, its explanation and the total
 * change before saving; saves and reloads; a refused value stays at its field, red, and is not saved.
 */
@TestPropertySource(properties = "jixiao.test.database=deptbrowser")
class DepartmentEvaluationBrowserTests extends BrowserTestSupport {

    DepartmentEvaluationBrowserTests() {
        super("panyu", "department-evaluation-");
    }

    @Test
    void oneInputChangesScoreExplanationAndTotalLiveAndIsSaved() throws Exception {
        open("/units/PY001/years/2024");
        browser.findElement(By.id("department-evaluation-link")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("department-indicators")));
        assertThat(text("total")).isEqualTo("93.94");
        assertThat(text("grade")).isEqualTo("优");
        assertThat(text("score-n1-1-3")).isEqualTo("6.50");
        assertThat(text("score-n1")).isEqualTo("46.50");
        WebElement average = browser.findElement(By.name("v:1.1.3:average"));
        assertThat(average.getAttribute("value")).isEqualTo("65%");

        average.clear();
        average.sendKeys("80%");
        wait.until(d -> "8.00".equals(text("score-n1-1-3")));
        assertThat(text("explain-n1-1-3")).contains("年度平均执行率（监控通报） 80%", "8.00分");
        assertThat(text("score-n1")).isEqualTo("48.00");
        assertThat(text("total")).isEqualTo("95.44");
        assertThat(text("grade")).isEqualTo("优");
        screenshot("live");

        browser.findElement(By.id("save")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[role=status]")));
        browser.navigate().refresh();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("department-indicators")));
        assertThat(browser.findElement(By.name("v:1.1.3:average")).getAttribute("value")).isEqualTo("80%");
        assertThat(text("total")).isEqualTo("95.44");

        // a yes/no answer: 采购内部控制制度 否 → 0 of 1
        new Select(browser.findElement(By.name("v:2.6.3:answer"))).selectByValue("否");
        wait.until(d -> "0.00".equals(text("score-n2-6-3")));
        assertThat(text("total")).isEqualTo("94.44");
    }

    @Test
    void aRefusedValueStaysAtItsFieldAndIsNotSaved() {
        open("/units/PY001/years/2024/department-evaluation");
        WebElement numerator = wait.until(ExpectedConditions.presenceOfElementLocated(By.name("v:2.6.7:numerator")));
        numerator.clear();
        numerator.sendKeys("很多");
        wait.until(d -> text("msg-n2-6-7").contains("应填写数字"));
        assertThat(text("total")).isEqualTo("—");
        browser.findElement(By.id("save")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("form-alert")));
        WebElement field = browser.findElement(By.name("v:2.6.7:numerator"));
        assertThat(field.getAttribute("class")).contains("is-invalid");
        assertThat(field.getAttribute("value")).isEqualTo("很多");
        open("/units/PY001/years/2024/department-evaluation");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("department-indicators")));
        assertThat(browser.findElement(By.name("v:2.6.7:numerator")).getAttribute("value")).isEqualTo("662.96");
    }
}
