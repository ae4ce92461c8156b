package org.jixiao.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.jixiao.testsupport.WebSession;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The 整改报告 of the demo unit 807001 for 2024 (seed 000's six problems) over HTTP: .docx and .pdf generated from
 * the data hold every problem's title, 责任人 and 时限 as the rectification API gives them, and the department
 * self-evaluation's total and grade as the evaluation API gives them; LibreOffice opens the .docx; each generation is
 * kept; another unit's report is not found; both pages link to it. Files and page images go to target/reports/.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:file:./target/tmp/jixiao_rectreport-${random.uuid};MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
        "jixiao.demo.enabled=true"})
class RectificationReportIntegrationTests {

    private static final Path OUT = ReportIntegrationTests.OUT;
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String BASE = "/api/v1/units/807001/years/2024/reports";

    @LocalServerPort
    int port;

    private WebSession http;

    @BeforeEach
    void signIn() throws Exception {
        http = WebSession.login(port, "tianbao");
        Files.createDirectories(OUT);
    }

    @Test
    void theDocxHoldsEveryProblemWithOwnerAndDeadlineAndTheScoreOfTheData() throws Exception {
        byte[] docx = bytes(BASE + "/rectification.docx");
        Files.write(OUT.resolve("807001-2024-rectification.docx"), docx);
        String text;
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            text = ReportIntegrationTests.text(doc);
        }
        assertHoldsTheData(text);
        assertThat(text).contains("一、基本情况", "二、绩效自评发现问题及整改措施", "三、下一步工作计划", "季度复盘");
    }

    @Test
    void thePdfHoldsEveryProblemWithOwnerAndDeadlineAndTheScoreOfTheData() throws Exception {
        byte[] pdf = bytes(BASE + "/rectification.pdf");
        Files.write(OUT.resolve("807001-2024-rectification.pdf"), pdf);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getNumberOfPages()).isBetween(2, 30);
            String text = new PDFTextStripper().getText(doc);
            assertHoldsTheData(ReportIntegrationTests.compact(text));
            PDFRenderer renderer = new PDFRenderer(doc);
            for (int page = 0; page < Math.min(3, doc.getNumberOfPages()); page++) {
                javax.imageio.ImageIO.write(renderer.renderImageWithDPI(page, 70), "png",
                        OUT.resolve("rectification-pdf-page" + (page + 1) + ".png").toFile());
            }
        }
    }

    /** Every problem (title, owner, deadline, status, evidence) in order, the counts, the score and grade of the data. */
    private void assertHoldsTheData(String text) throws Exception {
        String compact = ReportIntegrationTests.compact(text);
        JsonNode problems = JSON.readTree(http.get("/api/v1/units/807001/years/2024/rectifications").body());
        assertThat(problems.size()).as("seed 000's six problems in the demo data").isEqualTo(6);
        int previous = -1;
        int overdue = 0;
        for (int i = 0; i < problems.size(); i++) {
            JsonNode p = problems.get(i);
            String heading = ReportIntegrationTests.compact("问题" + (i + 1) + "：" + p.get("title").asString());
            assertThat(compact).contains(heading);
            int at = compact.indexOf(heading);
            assertThat(at).as("problems in registration order").isGreaterThan(previous);
            previous = at;
            String owner = p.get("ownerName").asString();
            String deadline = p.get("deadline").asString();
            int next = i + 1 < problems.size() ? compact.indexOf(ReportIntegrationTests.compact("问题" + (i + 2) + "："
                    + problems.get(i + 1).get("title").asString())) : compact.indexOf("三、下一步工作计划");
            String section = compact.substring(at, next);
            assertThat(section).contains(owner, deadline, p.get("statusLabel").asString(), "整改措施：一是");
            for (JsonNode e : p.get("evidence")) {
                assertThat(section).contains(ReportIntegrationTests.compact(e.get("fileName").asString()));
            }
            if (p.get("overdue").booleanValue()) {
                overdue++;
                assertThat(section).contains("（逾期）");
            }
            if ("CLOSED".equals(p.get("status").asString())) {
                assertThat(section).contains("验证意见：");
            } else {
                // open problems are planned in 下一步工作计划 with their deadline
                assertThat(compact.substring(compact.indexOf("三、下一步工作计划")))
                        .contains(ReportIntegrationTests.compact(p.get("title").asString()), deadline);
            }
        }
        assertThat(overdue).as("the demo has an overdue problem").isPositive();
        assertThat(compact).contains("共登记问题6个", "逾期未销号" + overdue + "个");
        HttpResponse<String> department = http.get("/api/v1/units/807001/years/2024/department-evaluation");
        assertThat(department.statusCode()).as("the demo has 807001's department self-evaluation").isEqualTo(200);
        JsonNode d = JSON.readTree(department.body());
        assertThat(d.get("total").isNull()).isFalse();
        assertThat(compact).contains("部门整体支出绩效自评总分为" + ReportIntegrationTests.score(d.get("total")) + "分，评级为“"
                + d.get("grade").asString() + "”", "依据：部门整体支出绩效自评");
    }

    /** LibreOffice opens the .docx (skip rules as {@link ReportIntegrationTests#libreOfficeConvertsTheDocx}). */
    @Test
    void libreOfficeConvertsTheDocx() throws Exception {
        Path soffice = findSoffice();
        if (soffice == null && System.getenv("CI") == null) {
            Assumptions.abort("LibreOffice is not installed");
        }
        assertThat(soffice).as("soffice on the PATH (CI installs LibreOffice)").isNotNull();
        Path docx = Files.write(OUT.resolve("lo-807001-2024-rectification.docx"), bytes(BASE + "/rectification.docx"));
        Path outDir = OUT.resolve("rectification-from-docx");
        Files.createDirectories(outDir);
        Path profile = Files.createTempDirectory("jixiao-lo-profile");
        Process process = new ProcessBuilder(soffice.toString(), "-env:UserInstallation=" + profile.toUri(), "--headless",
                "--norestore", "--nologo", "--nodefault", "--nolockcheck", "--convert-to", "pdf", "--outdir",
                outDir.toAbsolutePath().toString(), docx.toAbsolutePath().toString())
                .redirectErrorStream(true).redirectOutput(outDir.resolve("soffice.log").toFile()).start();
        if (!process.waitFor(300, TimeUnit.SECONDS)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            throw new AssertionError("LibreOffice did not finish within 300 s");
        }
        String log = Files.readString(outDir.resolve("soffice.log"));
        assertThat(process.exitValue()).as(log).isZero();
        Path pdf = outDir.resolve("lo-807001-2024-rectification.pdf");
        assertThat(pdf).as(log).exists();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertThat(doc.getNumberOfPages()).isBetween(2, 30);
            for (int i = 0; i < doc.getNumberOfPages(); i++) {
                var box = doc.getPage(i).getMediaBox();
                assertThat(box.getWidth()).isBetween(590f, 600f);
                assertThat(box.getHeight()).isBetween(838f, 846f);
            }
            assertHoldsTheData(new PDFTextStripper().getText(doc));
            PDFRenderer renderer = new PDFRenderer(doc);
            for (int page = 0; page < Math.min(3, doc.getNumberOfPages()); page++) {
                javax.imageio.ImageIO.write(renderer.renderImageWithDPI(page, 60), "png",
                        OUT.resolve("rectification-lo-page" + (page + 1) + ".png").toFile());
            }
        }
    }

    @Test
    void eachGenerationIsKeptAndAnotherUnitIsNotFound() throws Exception {
        byte[] pdf = bytes(BASE + "/rectification.pdf");
        JsonNode generations = JSON.readTree(http.get(BASE + "/generations").body());
        JsonNode latest = generations.get(0);
        assertThat(latest.get("kind").asString()).isEqualTo("RECTIFICATION_PDF");
        assertThat(latest.get("filename").asString()).isEqualTo("807001-2024-整改报告.pdf");
        assertThat(latest.get("sha256").asString()).isEqualTo(ReportFiles.sha256(pdf));
        assertThat(bytes(latest.get("href").asString())).isEqualTo(pdf);

        WebSession other = WebSession.login(port, "tianbao2");
        assertThat(other.get(BASE + "/rectification.docx").statusCode()).isEqualTo(404);
        assertThat(other.get(BASE + "/rectification.pdf").statusCode()).isEqualTo(404);
        assertThat(http.get("/api/v1/units/999999/years/2024/reports/rectification.docx").statusCode()).isEqualTo(404);
        assertThat(JSON.readTree(http.get(BASE + "/generations").body()).size()).as("nothing kept for a refusal")
                .isEqualTo(generations.size());
    }

    @Test
    void theRectificationListAndTheReportsPageLinkToTheReport() {
        for (String page : List.of("/units/807001/years/2024/rectifications", "/units/807001/years/2024/reports")) {
            String html = http.get(page).body();
            assertThat(html).as(page).contains(BASE + "/rectification.docx", BASE + "/rectification.pdf");
        }
    }

    private static Path findSoffice() {
        String path = System.getenv("PATH");
        for (String dir : (path == null ? "/usr/bin" : path + java.io.File.pathSeparator + "/usr/bin").split(java.io.File.pathSeparator)) {
            Path candidate = Path.of(dir, "soffice");
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    private byte[] bytes(String path) {
        HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(http.uri(path)).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).as(path + ": " + new String(response.body(), StandardCharsets.UTF_8))
                .isEqualTo(200);
        return response.body();
    }

}
