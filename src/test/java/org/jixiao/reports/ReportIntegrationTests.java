package org.jixiao.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.jixiao.testsupport.WebSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The report of the demo unit 807001 for 2024 over HTTP: .docx and .pdf generated from the data, every score and
 * total in them equal to the self-evaluation API's, plain sentences where data is missing, drafts marked; basics and
 * narratives saved under optimistic locking; every generation kept and downloadable byte for byte; another unit's
 * report is not found. The files are written to target/reports/ for a person (and {@link ReportLibreOfficeTests}).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:file:./target/tmp/jixiao_reports-${random.uuid};MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
        "jixiao.demo.enabled=true"})
class ReportIntegrationTests {

    static final Path OUT = Path.of("target", "reports");
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String BASE = "/api/v1/units/807001/years/2024/reports";

    @LocalServerPort
    int port;

    @org.springframework.beans.factory.annotation.Autowired
    MonthlyExecutionSource monthly;

    @org.springframework.beans.factory.annotation.Autowired
    org.jixiao.monitoring.MonitoringQueries monitoring;

    private WebSession http;

    @BeforeEach
    void signIn() throws Exception {
        http = WebSession.login(port, "tianbao");
        Files.createDirectories(OUT);
    }

    @Test
    void theMonthChartIsTheUnitsExecutionRateOfMonitoring() {
        org.jixiao.orgs.OrgScope all = org.jixiao.orgs.OrgScope.unrestricted();
        var points = monthly.monthly("807001", org.jixiao.shared.FiscalYear.of(2024), all);
        var table = monitoring.unitYear("807001", org.jixiao.shared.FiscalYear.of(2024), java.util.Optional.empty(), all);
        assertThat(points).hasSize(table.reportedThrough()).isNotEmpty();
        // month by month the rate only grows (spending is never negative) and ends at the unit's rate of the year
        for (int i = 1; i < points.size(); i++) {
            assertThat(points.get(i).month()).isEqualTo(points.get(i - 1).month() + 1);
        }
        assertThat(points.get(points.size() - 1).ratePercent()).isEqualByComparingTo(
                table.rate().multiply(java.math.BigDecimal.valueOf(100)).setScale(2, java.math.RoundingMode.HALF_UP));
        assertThat(monthly.monthly("807001", org.jixiao.shared.FiscalYear.of(2024),
                org.jixiao.orgs.OrgScope.of(List.of("PY001")))).as("outside the scope").isEmpty();
    }

    @Test
    void theDocxHoldsEveryScoreAndTotalOfTheData() throws Exception {
        byte[] docx = bytes(BASE + "/self-evaluation.docx");
        Files.write(OUT.resolve("807001-2024-report.docx"), docx);
        List<JsonNode> evaluations = evaluations();
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            String text = text(doc);
            assertThat(text).contains("部门整体支出绩效自评报告", "评价年度：2024 年度", "807001", "草稿，请修改",
                    departmentSentence()).doesNotContain("尚未录入部门整体自评", "尚未录入月度预算执行数据");
            int checkedRows = 0;
            for (JsonNode evaluation : evaluations) {
                String name = evaluation.get("projectName").asString();
                XWPFTable table = scoreTable(doc, name);
                assertThat(table).as("score table of " + name).isNotNull();
                List<XWPFTableRow> rows = table.getRows();
                // header, 预算执行率, one row per indicator, 合计
                JsonNode indicators = evaluation.get("indicators");
                assertThat(rows).hasSize(indicators.size() + 3);
                assertThat(rows.get(1).getCell(4).getText())
                        .isEqualTo(score(evaluation.get("execution").get("score")));
                for (int i = 0; i < indicators.size(); i++) {
                    JsonNode indicator = indicators.get(i);
                    XWPFTableRow row = rows.get(i + 2);
                    assertThat(row.getCell(2).getText()).isEqualTo(indicator.get("name").asString());
                    assertThat(row.getCell(3).getText()).isEqualTo(score(indicator.get("weight")));
                    assertThat(row.getCell(4).getText()).as(name + " / " + indicator.get("name").asString())
                            .isEqualTo(score(indicator.get("result")));
                    assertThat(row.getCell(5).getText()).as("评分依据").contains("公式");
                    checkedRows++;
                }
                XWPFTableRow total = rows.get(rows.size() - 1);
                assertThat(total.getCell(4).getText()).isEqualTo(score(evaluation.get("total")));
                assertThat(total.getCell(2).getText()).isEqualTo("等级：" + evaluation.get("grade").asString());
            }
            assertThat(checkedRows).isGreaterThan(50);
        }
    }

    /**
     * Real office software opens the .docx: LibreOffice (headless, private profile) converts it to PDF without error;
     * the pages are A4, there are as many as a report of nine projects needs, and the text holds every project total.
     * Skips without LibreOffice only outside CI (.ci/run installs it). Page images go to target/reports/.
     */
    @Test
    void libreOfficeConvertsTheDocx() throws Exception {
        java.nio.file.Path soffice = findSoffice();
        if (soffice == null && System.getenv("CI") == null) {
            org.junit.jupiter.api.Assumptions.abort("LibreOffice is not installed");
        }
        assertThat(soffice).as("soffice on the PATH (CI installs LibreOffice)").isNotNull();
        Path docx = Files.write(OUT.resolve("lo-807001-2024-report.docx"), bytes(BASE + "/self-evaluation.docx"));
        Path outDir = OUT.resolve("from-docx");
        Files.createDirectories(outDir);
        Path profile = Files.createTempDirectory("jixiao-lo-profile");
        Process process = new ProcessBuilder(soffice.toString(), "-env:UserInstallation=" + profile.toUri(), "--headless",
                "--norestore", "--nologo", "--nodefault", "--nolockcheck", "--convert-to", "pdf", "--outdir",
                outDir.toAbsolutePath().toString(), docx.toAbsolutePath().toString())
                .redirectErrorStream(true).redirectOutput(outDir.resolve("soffice.log").toFile()).start();
        if (!process.waitFor(300, java.util.concurrent.TimeUnit.SECONDS)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            throw new AssertionError("LibreOffice did not finish within 300 s");
        }
        String log = Files.readString(outDir.resolve("soffice.log"));
        assertThat(process.exitValue()).as(log).isZero();
        Path pdf = outDir.resolve("lo-807001-2024-report.pdf");
        assertThat(pdf).as(log).exists();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertThat(doc.getNumberOfPages()).isBetween(10, 80);
            for (int i = 0; i < doc.getNumberOfPages(); i++) {
                var box = doc.getPage(i).getMediaBox();
                assertThat(box.getWidth()).isBetween(590f, 600f);
                assertThat(box.getHeight()).isBetween(838f, 846f);
            }
            String text = compact(new PDFTextStripper().getText(doc));
            assertThat(text).contains("部门整体支出绩效自评报告", compact(departmentSentence()), "各一级指标得分");
            for (JsonNode evaluation : evaluations()) {
                assertThat(text).contains(compact(evaluation.get("projectName").asString() + "（项目支出绩效自评，总分 "
                        + score(evaluation.get("total")) + " 分）"));
            }
            org.apache.pdfbox.rendering.PDFRenderer renderer = new org.apache.pdfbox.rendering.PDFRenderer(doc);
            for (int page : new int[]{0, 1, doc.getNumberOfPages() - 1}) {
                javax.imageio.ImageIO.write(renderer.renderImageWithDPI(page, 60), "png",
                        OUT.resolve("lo-page" + (page + 1) + ".png").toFile());
            }
        }
    }

    /** The report's sentence on the department self-evaluation, with the total and grade the API gives. */
    private String departmentSentence() throws Exception {
        JsonNode department = JSON.readTree(http.get("/api/v1/units/807001/years/2024/department-evaluation").body());
        return "部门整体支出绩效自评总分 " + score(department.get("total")) + " 分，自评等级为"
                + department.get("grade").asString() + "。";
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

    @Test
    void thePdfHoldsEveryTotalAndScoreInTheOrderOfTheData() throws Exception {
        byte[] pdf = bytes(BASE + "/self-evaluation.pdf");
        Files.write(OUT.resolve("807001-2024-report.pdf"), pdf);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getNumberOfPages()).isBetween(8, 80);
            String text = compact(new PDFTextStripper().getText(doc));
            assertThat(text).contains("部门整体支出绩效自评报告", compact(departmentSentence()), "草稿，请修改", "各一级指标得分")
                    .doesNotContain("尚未录入月度预算执行数据");
            int from = 0;
            for (JsonNode evaluation : evaluations()) {
                String caption = compact(evaluation.get("projectName").asString() + "（项目支出绩效自评，总分 "
                        + score(evaluation.get("total")) + " 分）");
                int at = text.indexOf(caption);
                assertThat(at).as("caption with total: " + caption).isGreaterThanOrEqualTo(from);
                // every indicator's score appears after its name, in the order of the table
                int cursor = at;
                for (JsonNode indicator : evaluation.get("indicators")) {
                    int name = text.indexOf(compact(indicator.get("name").asString()), cursor);
                    assertThat(name).as(indicator.get("name").asString()).isGreaterThan(cursor);
                    int value = text.indexOf(score(indicator.get("result")), name);
                    assertThat(value).as("score of " + indicator.get("name").asString()).isGreaterThan(name);
                    cursor = name;
                }
                from = at;
            }
        }
    }

    @Test
    void basicsAreValidatedLockedAndPrinted() throws Exception {
        HttpResponse<String> bad = send("PUT", BASE + "/basics", """
                {"version": 0, "incomeTotal": "三千万", "expenseTotal": -1, "basicExpense": "12.345", "staffActual": "32.5"}""");
        assertThat(bad.statusCode()).isEqualTo(400);
        JsonNode violations = JSON.readTree(bad.body()).get("violations");
        assertThat(violations.size()).isEqualTo(4);
        assertThat(bad.body()).contains("incomeTotal", "expenseTotal", "basicExpense", "staffActual", "不能为负数");
        assertThat(JSON.readTree(http.get(BASE + "/basics").body()).get("version").longValue()).isZero();

        // seed 004's budget: 年初 4002.39 万元, 调整后 4913.17 万元 → 预算调整率 22.76 %
        HttpResponse<String> saved = send("PUT", BASE + "/basics", """
                {"version": 0, "institutions": "内设办公室、防火监督科、作战训练科", "staffAuthorized": 34, "staffActual": "32人",
                 "functions": "负责辖区火灾扑救和应急救援", "incomeTotal": "49240100", "expenseTotal": 49208800.00,
                 "basicExpense": "28782800", "projectExpense": "20426000", "carryOver": "0",
                 "budgetInitial": "40023900", "budgetAdjusted": "49131700",
                 "threePublicBudget": "120000", "threePublicActual": "98000.5"}""");
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
        JsonNode basics = JSON.readTree(saved.body());
        assertThat(basics.get("version").longValue()).isEqualTo(1);
        assertThat(basics.get("derived").get("adjustmentRatePercent").decimalValue()).isEqualByComparingTo("22.76");
        assertThat(basics.get("threePublicActual").decimalValue()).isEqualByComparingTo("98000.50");

        HttpResponse<String> stale = send("PUT", BASE + "/basics", "{\"version\": 0, \"carryOver\": \"1\"}");
        assertThat(stale.statusCode()).isEqualTo(409);

        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes(BASE + "/self-evaluation.docx")))) {
            String text = text(doc);
            assertThat(text).contains("内设办公室、防火监督科、作战训练科", "核定编制 34 人，实有 32 人", "49,208,800.00", "22.76")
                    .doesNotContain("尚未录入机构设置");
        }
    }

    @Test
    void aSavedNarrativeReplacesTheDraftAndStaleSavesAreRefused() throws Exception {
        JsonNode narratives = JSON.readTree(http.get(BASE + "/narratives").body());
        JsonNode problems = null;
        for (JsonNode n : narratives) {
            if (n.get("section").asString().equals("problems")) {
                problems = n;
            }
        }
        assertThat(problems).isNotNull();
        assertThat(problems.get("draft").booleanValue()).isTrue();
        // the draft is built from the data: the project executed below 90 % with the reason it gave
        assertThat(problems.get("text").asString()).contains("预算执行率", "低于 90%", "原因：");

        assertThat(send("PUT", BASE + "/narratives/problems", "{\"version\": 0, \"text\": \"  \"}").statusCode()).isEqualTo(400);
        assertThat(send("PUT", BASE + "/narratives/nonsense", "{\"version\": 0, \"text\": \"x\"}").statusCode()).isEqualTo(400);
        assertThat(send("PUT", BASE + "/narratives/problems", "{\"version\": 0, \"text\": \"一是绩效目标量化不够。\"}").statusCode())
                .isEqualTo(204);
        assertThat(send("PUT", BASE + "/narratives/problems", "{\"version\": 0, \"text\": \"别的\"}").statusCode()).isEqualTo(409);

        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes(BASE + "/self-evaluation.docx")))) {
            String text = text(doc);
            assertThat(text).contains("一是绩效目标量化不够。");
            int section = text.indexOf("存在问题");
            int next = text.indexOf("改进措施", section);
            assertThat(text.substring(section, next)).doesNotContain("草稿，请修改");
        }
        // back to the draft: a stale version is refused, the current one deletes the unit's text
        assertThat(http.send(HttpRequest.newBuilder(http.uri(BASE + "/narratives/problems?version=7")).DELETE().build())
                .statusCode()).isEqualTo(409);
        assertThat(http.send(HttpRequest.newBuilder(http.uri(BASE + "/narratives/problems?version=1")).DELETE().build())
                .statusCode()).isEqualTo(204);
        for (JsonNode n : JSON.readTree(http.get(BASE + "/narratives").body())) {
            if (n.get("section").asString().equals("problems")) {
                assertThat(n.get("draft").booleanValue()).isTrue();
            }
        }
    }

    @Test
    void everyGenerationIsKeptAndDownloadsByteForByte() throws Exception {
        int before = JSON.readTree(http.get(BASE + "/generations").body()).size();
        byte[] xlsx = bytes(BASE + "/self-evaluation-tables.xlsx");
        Files.write(OUT.resolve("807001-2024-tables.xlsx"), xlsx);
        JsonNode list = JSON.readTree(http.get(BASE + "/generations").body());
        assertThat(list.size()).isEqualTo(before + 1);
        JsonNode newest = list.get(0);
        assertThat(newest.get("kind").asString()).isEqualTo("TABLES_XLSX");
        assertThat(newest.get("sha256").asString()).isEqualTo(ReportFiles.sha256(xlsx));
        assertThat(bytes(newest.get("href").asString())).isEqualTo(xlsx);
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(wb.getNumberOfSheets()).isEqualTo(2 + 9);
            assertThat(wb.getSheetAt(1).getRow(0).getCell(0).getStringCellValue()).doesNotContain("尚未录入部门整体自评");
        }
        long goalTable = JSON.readTree(http.get("/api/v1/units/807001/years/2024/self-evaluations").body()).get(0)
                .get("goalTableId").longValue();
        for (String ext : List.of("xlsx", "docx", "pdf")) {
            HttpResponse<byte[]> project = http.send(HttpRequest.newBuilder(http.uri(BASE + "/projects/" + goalTable + "." + ext))
                    .GET().build(), HttpResponse.BodyHandlers.ofByteArray());
            assertThat(project.statusCode()).isEqualTo(200);
            Files.write(OUT.resolve("807001-2024-project." + ext), project.body());
        }
        assertThat(http.get(BASE + "/projects/" + goalTable + ".txt").statusCode()).isEqualTo(404);
        assertThat(http.get("/v3/api-docs").body()).contains("/api/v1/units/{unitCode}/years/{year}/reports/self-evaluation.pdf",
                "/api/v1/units/{unitCode}/years/{year}/reports/consistency");
        // the page lists them
        assertThat(http.get("/units/807001/years/2024/reports").body()).contains("已生成的版本", "绩效自评表（Excel）");
    }

    @Test
    void anotherUnitsReportIsNotFound() {
        WebSession other = WebSession.login(port, "tianbao2");
        assertThat(other.get(BASE + "/self-evaluation.docx").statusCode()).isEqualTo(404);
        assertThat(other.get(BASE + "/self-evaluation.pdf").statusCode()).isEqualTo(404);
        assertThat(other.get(BASE + "/self-evaluation-tables.xlsx").statusCode()).isEqualTo(404);
        assertThat(other.get(BASE + "/basics").statusCode()).isEqualTo(404);
        assertThat(other.get("/units/807001/years/2024/reports").statusCode()).isEqualTo(404);
        bytes(BASE + "/self-evaluation.docx");
        long id = JSON.readTree(http.get(BASE + "/generations").body()).get(0).get("id").longValue();
        assertThat(other.get("/api/v1/report-generations/" + id).statusCode()).isEqualTo(404);
        assertThat(other.get("/reports/generations/" + id).statusCode()).isEqualTo(404);
    }

    @Test
    void seed004sStatedTotalIsCaughtAgainstItsParts() {
        HttpResponse<String> response = send("POST", BASE + "/consistency", """
                {"total": "98.8", "parts": [
                  {"name": "部门决策", "score": 35}, {"name": "部门管理", "score": 20}, {"name": "部门绩效", "score": "44.1"},
                  {"name": "部门目标", "parent": "部门决策", "score": 12}, {"name": "部门职能", "parent": "部门决策", "score": 10},
                  {"name": "资源配置", "parent": "部门决策", "score": 13},
                  {"name": "部门产出", "parent": "部门绩效", "score": "26.7"}, {"name": "部门效果", "parent": "部门绩效", "score": 12},
                  {"name": "部门可持续发展", "parent": "部门绩效", "score": "5.4"}],
                 "projects": [{"name": "高危执勤补贴经费", "total": "1"}]}""");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode result = JSON.readTree(response.body());
        assertThat(result.get("consistent").booleanValue()).isFalse();
        JsonNode first = result.get("differences").get(0);
        assertThat(first.get("kind").asString()).isEqualTo("ARITHMETIC");
        assertThat(first.get("stated").decimalValue()).isEqualByComparingTo("98.8");
        assertThat(first.get("expected").decimalValue()).isEqualByComparingTo("99.1");
        assertThat(first.get("message").asString()).contains("35 + 20 + 44.1 = 99.1", "相差 0.3");
        // and against the data: the stated total is not the department self-evaluation's
        JsonNode department = JSON.readTree(http.get("/api/v1/units/807001/years/2024/department-evaluation").body());
        JsonNode second = result.get("differences").get(1);
        assertThat(second.get("kind").asString()).isEqualTo("DATA");
        assertThat(second.get("expected").decimalValue()).isEqualByComparingTo(department.get("total").decimalValue());
        assertThat(response.body()).contains("部门整体自评的总分", "项目“高危执勤补贴经费”自评得分");
        // the page shows the same
        HttpResponse<String> page = http.postForm("/units/807001/years/2024/reports/consistency",
                WebSession.form("total", "98.8", "parts", "部门决策 35\n部门管理 20\n部门绩效 44.1"));
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("35 + 20 + 44.1 = 99.1");
        HttpResponse<String> refused = http.postForm("/units/807001/years/2024/reports/consistency",
                WebSession.form("total", "九十八"));
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("请输入分数");
    }

    @Test
    void thePageRefusesBadBasicsAtTheFieldKeepsTheInputAndMarksDrafts() {
        HttpResponse<String> page = http.get("/units/807001/years/2024/reports");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("报告基本信息", "叙述部分", "草稿，请修改", "生成自评报告（PDF）");
        String version = page.body().replaceAll("(?s).*name=\"version\" value=\"(\\d+)\".*", "$1");
        HttpResponse<String> refused = http.postForm("/units/807001/years/2024/reports/basics",
                WebSession.form("version", version, "incomeTotal", "三千万", "staffActual", "32", "carryOver", "-3"));
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("请输入金额数字（单位：元）", "年末结转结余不能为负数", "value=\"三千万\"", "is-invalid",
                "本次修改尚未保存");
        HttpResponse<String> saved = http.postForm("/units/807001/years/2024/reports/narratives/measures",
                WebSession.form("version", "0", "text", "建立问题—措施—责任人—时限清单。", "action", "save"));
        assertThat(saved.statusCode()).isEqualTo(302);
        assertThat(http.get("/units/807001/years/2024/reports").body()).contains("建立问题—措施—责任人—时限清单。", "单位已撰写");
        HttpResponse<String> empty = http.postForm("/units/807001/years/2024/reports/narratives/other",
                WebSession.form("version", "0", "text", " ", "action", "save"));
        assertThat(empty.statusCode()).isEqualTo(400);
        assertThat(empty.body()).contains("请填写内容后再保存");
    }

    // ------------------------------------------------------------------ helpers

    private List<JsonNode> evaluations() {
        List<JsonNode> result = new ArrayList<>();
        for (JsonNode line : JSON.readTree(http.get("/api/v1/units/807001/years/2024/self-evaluations").body())) {
            if (!"PROJECT".equals(line.get("kind").asString())) {
                continue; // the list ends with the department self-evaluation
            }
            result.add(JSON.readTree(http.get("/api/v1/self-evaluations/" + line.get("id").longValue()).body()));
        }
        assertThat(result).hasSize(9);
        return result;
    }

    private static XWPFTable scoreTable(XWPFDocument doc, String projectName) {
        List<org.apache.poi.xwpf.usermodel.IBodyElement> body = doc.getBodyElements();
        for (int i = 0; i + 1 < body.size(); i++) {
            if (body.get(i) instanceof org.apache.poi.xwpf.usermodel.XWPFParagraph p
                    && p.getText().contains("．" + projectName + "（项目支出绩效自评")
                    && body.get(i + 1) instanceof XWPFTable t) {
                return t;
            }
        }
        return null;
    }

    static String text(XWPFDocument doc) {
        StringBuilder text = new StringBuilder();
        for (var element : doc.getBodyElements()) {
            if (element instanceof org.apache.poi.xwpf.usermodel.XWPFParagraph p) {
                text.append(p.getText()).append('\n');
            } else if (element instanceof XWPFTable t) {
                text.append(t.getText()).append('\n');
            }
        }
        return text.toString();
    }

    static String score(JsonNode node) {
        return node.decimalValue().setScale(2, java.math.RoundingMode.HALF_UP).toPlainString();
    }

    static String compact(String text) {
        return text.replaceAll("\\s+", "");
    }

    private byte[] bytes(String path) {
        HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(http.uri(path)).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).as(path + ": " + new String(response.body(), java.nio.charset.StandardCharsets.UTF_8))
                .isEqualTo(200);
        return response.body();
    }

    private HttpResponse<String> send(String method, String path, String json) {
        return http.send(HttpRequest.newBuilder(http.uri(path)).header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(json)).build());
    }
}
