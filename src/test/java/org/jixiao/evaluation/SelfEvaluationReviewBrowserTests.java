package org.jixiao.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.jixiao.testsupport.BrowserTestSupport;
import org.jixiao.testsupport.WebSession;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * In a real headless Chromium: the unit's 填报人 uploads a PDF as evidence of an indicator, is refused a renamed
 * file with the message on the page, submits the self-evaluation from its review panel and finds it read-only; the
 * 业务初审 reviewer finds it among 待办 and approves it with an opinion on an indicator row.
 */
@TestPropertySource(properties = "jixiao.test.database=evalreviewbrowser")
class SelfEvaluationReviewBrowserTests extends BrowserTestSupport {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    SelfEvaluationReviewBrowserTests() {
        super(NOBODY, "self-evaluation-review-");
    }

    @Test
    void evidenceIsUploadedAndTheSelfEvaluationGoesThroughTheFirstStep() throws Exception {
        long id = completeEvaluation();
        Path dir = Files.createDirectories(Path.of("target", "tmp", "evidence-" + id));
        Path pdf = Files.write(dir.resolve("验收报告.pdf"), SelfEvaluationReviewHttpTests.PDF);
        Path fake = Files.write(dir.resolve("照片.png"), SelfEvaluationReviewHttpTests.PDF);

        signInAs("tianbao");
        open("/self-evaluations/" + id);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("evidence-upload")));
        int demoFiles = evidenceRows(); // the demo data's own 佐证材料 of this self-evaluation
        browser.findElement(By.id("evidence-file")).sendKeys(pdf.toAbsolutePath().toString());
        browser.findElement(By.id("evidence-submit")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("evidence-message")));
        assertThat(browser.findElement(By.id("evidence-list")).getText()).contains("验收报告.pdf", "PDF 文档");
        assertThat(evidenceRows()).isEqualTo(demoFiles + 1);

        browser.findElement(By.id("evidence-file")).sendKeys(fake.toAbsolutePath().toString());
        browser.findElement(By.id("evidence-submit")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("evidence-error")));
        assertThat(browser.findElement(By.id("evidence-error")).getText()).contains("文件内容不是扩展名所示的PNG 图片");
        assertThat(evidenceRows()).as("the refused file is not listed").isEqualTo(demoFiles + 1);

        // 送审 from the review panel on the page
        wait.until(ExpectedConditions.elementToBeClickable(By.id("review-submit"))).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("review-message")));
        assertThat(browser.findElement(By.id("review-message")).getText()).contains("已送审");
        assertThat(browser.findElements(By.id("locked-notice"))).hasSize(1);
        assertThat(browser.findElements(By.id("save"))).isEmpty();
        assertThat(browser.findElements(By.id("evidence-upload"))).isEmpty();
        wait.until(ExpectedConditions.textToBe(By.id("review-status"), "已送审（待业务初审）"));
        screenshot("submitted");

        startAs("yewu"); // a fresh browser
        open("/todo");
        wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#todo-list [data-subject='self-evaluations/" + id + "'] a"))).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("review-decision")));
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("opinion-row"))).selectByValue("0");
        browser.findElement(By.id("opinion")).sendKeys("佐证材料齐全");
        browser.findElement(By.id("review-approve")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("review-message")));
        wait.until(ExpectedConditions.textToBe(By.id("review-status"), "待财务复核"));
        assertThat(browser.findElement(By.id("review-history")).getText()).contains("佐证材料齐全", "第 1 行");
        // the reviewer downloads the evidence but cannot delete it
        assertThat(browser.findElement(By.id("evidence-list")).getText()).contains("验收报告.pdf").doesNotContain("删除");
        screenshot("approved-first-step");
    }

    private int evidenceRows() {
        return browser.findElements(By.cssSelector("#evidence-list tr[data-evidence]")).size();
    }

    private long completeEvaluation() {
        WebSession session = WebSession.basic(port, "tianbao");
        for (JsonNode line : JSON.readTree(session.get("/api/v1/units/807001/years/2024/self-evaluations").body())) {
            if (line.get("id").isNull()) {
                continue;
            }
            JsonNode document = JSON.readTree(session.get("/api/v1/self-evaluations/" + line.get("id").asLong()).body());
            if (!document.get("total").isNull() && document.get("violations").isEmpty()) {
                return line.get("id").asLong();
            }
        }
        throw new AssertionError("no complete demo self-evaluation");
    }
}
