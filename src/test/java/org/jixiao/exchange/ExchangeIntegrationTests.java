package org.jixiao.exchange;

import org.jixiao.orgs.OrgScope;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.jixiao.goals.GoalTableForm;
import org.jixiao.goals.GoalTableManagement;
import org.jixiao.goals.GoalTableQueries;
import org.jixiao.goals.GoalTableView;
import org.jixiao.shared.FiscalYear;
import org.jixiao.testsupport.WebSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The whole application on H2 with the demo data (807001, 2024), over HTTP: the demo unit-year exported and
 * imported into an empty year comes back identical field by field; importing it over itself replaces every table
 * through its current version; hostile and wrong files are refused with a Chinese problem+json and write nothing;
 * a commit is all or nothing and happens once. Limits are lowered (1 MB ours, 2 MB Spring's) to test both fences.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:file:./target/tmp/jixiao_exchange-${random.uuid};MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
        "jixiao.demo.enabled=true",
        "jixiao.exchange.max-upload-size=1MB",
        "spring.servlet.multipart.max-file-size=2MB",
        "spring.servlet.multipart.max-request-size=3MB"})
class ExchangeIntegrationTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String UNIT = "807001";

    @LocalServerPort
    int port;

    @Autowired
    GoalTableQueries queries;

    @Autowired
    GoalTableManagement management;

    /** Signed in through the login page as the demo unit's 填报人 (本单位 807001, may edit and import). */
    private WebSession http;

    @BeforeEach
    void signIn() {
        http = WebSession.login(port, "tianbao");
    }

    @Test
    void theDemoUnitYearExportedAndImportedIntoAnEmptyYearIsIdentical() throws Exception {
        HttpResponse<byte[]> download = getBytes("/api/v1/units/807001/years/2024/goal-tables.xlsx");
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.headers().firstValue("Content-Type").orElseThrow())
                .startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        String disposition = download.headers().firstValue("Content-Disposition").orElseThrow();
        assertThat(disposition).startsWith("attachment; filename=\"807001-2024-goal-tables.xlsx\"; filename*=UTF-8''");
        assertThat(URLDecoder.decode(disposition.substring(disposition.indexOf("''") + 2), StandardCharsets.UTF_8))
                .isEqualTo("807001-2024-绩效目标申报.xlsx");
        assertThat(queries.list(UNIT, FiscalYear.of(2025), OrgScope.unrestricted())).isEmpty();

        JsonNode preview = json(upload("/api/v1/imports", "807001-2024-绩效目标申报.xlsx", download.body(), Map.of("year", "2025")), 201);
        assertThat(preview.get("unitCode").asString()).isEqualTo(UNIT);
        assertThat(preview.get("year").asInt()).isEqualTo(2025);
        assertThat(preview.get("committable").asBoolean()).isTrue();
        assertThat(preview.get("problems").size()).isZero();
        assertThat(preview.get("tables").size()).isEqualTo(10);
        assertThat(preview.get("tables").findValuesAsString("action")).containsOnly("CREATE");
        assertThat(queries.list(UNIT, FiscalYear.of(2025), OrgScope.unrestricted())).as("a preview writes nothing").isEmpty();

        JsonNode result = json(post("/api/v1/imports/" + preview.get("id").asString() + "/commit"), 200);
        assertThat(result.get("createCount").asInt()).isEqualTo(10);

        List<GoalTableView> original = queries.findAll(UNIT, FiscalYear.of(2024), OrgScope.unrestricted());
        List<GoalTableView> imported = queries.findAll(UNIT, FiscalYear.of(2025), OrgScope.unrestricted());
        assertThat(original).hasSize(10);
        assertThat(imported).hasSize(10);
        for (int i = 0; i < original.size(); i++) {
            assertSameTable(imported.get(i), original.get(i));
        }
        // the bulk write is in the audit trail as one creation per table, by whoever imported
        for (GoalTableView table : imported) {
            JsonNode history = json(get("/api/v1/goal-tables/" + table.id().value() + "/history"), 200);
            assertThat(history.size()).isEqualTo(1);
            assertThat(history.get(0).get("action").asString()).isEqualTo("CREATE");
            assertThat(history.get(0).get("actorUsername").asString()).isEqualTo("tianbao");
            assertThat(history.get(0).get("summary").asString()).startsWith("新建");
        }
    }

    @Test
    void importingTheExportOverItselfReplacesEveryTableThroughItsCurrentVersion() throws Exception {
        List<GoalTableView> before = queries.findAll(UNIT, FiscalYear.of(2024), OrgScope.unrestricted());
        byte[] xlsx = getBytes("/api/v1/units/807001/years/2024/goal-tables.xlsx").body();

        JsonNode preview = json(upload("/api/v1/imports", "book.xlsx", xlsx, Map.of()), 201);
        assertThat(preview.get("replaceCount").asInt()).isEqualTo(10);
        for (int i = 0; i < 10; i++) {
            JsonNode t = preview.get("tables").get(i);
            assertThat(t.get("existingId").asLong()).isEqualTo(before.get(i).id().value());
            assertThat(t.get("existingVersion").asLong()).isEqualTo(before.get(i).version());
        }
        json(post("/api/v1/imports/" + preview.get("id").asString() + "/commit"), 200);

        List<GoalTableView> after = queries.findAll(UNIT, FiscalYear.of(2024), OrgScope.unrestricted());
        for (int i = 0; i < before.size(); i++) {
            assertThat(after.get(i).id()).isEqualTo(before.get(i).id());
            assertThat(after.get(i).version()).isEqualTo(before.get(i).version() + 1);
            assertSameTable(after.get(i), before.get(i));
        }
    }

    @Test
    void aTableUnderReviewCannotBeReplacedAndThePreviewSaysWhich() throws Exception {
        List<GoalTableView> before = queries.findAll(UNIT, FiscalYear.of(2024), OrgScope.unrestricted());
        byte[] xlsx = getBytes("/api/v1/units/807001/years/2024/goal-tables.xlsx").body();
        GoalTableView third = before.get(2);
        management.lock(third.id()); // 送审
        try {
            JsonNode preview = json(upload("/api/v1/imports", "book.xlsx", xlsx, Map.of()), 201);
            assertThat(preview.get("committable").asBoolean()).isFalse();
            String sheet = preview.get("tables").get(2).get("sheet").asString();
            assertThat(preview.get("problems").toString()).contains("“" + sheet + "”对应的目标表已送审或已批复，不能导入覆盖");
            assertProblem(post("/api/v1/imports/" + preview.get("id").asString() + "/commit"), 400, "");
            List<GoalTableView> after = queries.findAll(UNIT, FiscalYear.of(2024), OrgScope.unrestricted());
            for (int i = 0; i < before.size(); i++) {
                assertThat(after.get(i).version()).as("nothing written").isEqualTo(before.get(i).version());
            }
        } finally {
            management.unlock(third.id());
        }
    }

    @Test
    void badFilesAreRefusedWithAChineseProblemAndWriteNothing() throws Exception {
        byte[] demo = new XlsxBookWriter().write(ExchangeFixtures.demoBook());
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("zip-bomb.xlsx", zipBomb(demo));
        files.put("xxe.xlsx", ExchangeFixtures.rewriteZip(demo, Map.of("xl/sharedStrings.xml", ExchangeFixtures.utf8(
                "<?xml version=\"1.0\"?><!DOCTYPE sst [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                        + "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><si><t>&x;</t></si></sst>"))));
        files.put("renamed-docx.xlsx", new DocxBookWriter().write(ExchangeFixtures.demoBook()));
        files.put("text.xlsx", ExchangeFixtures.utf8("项目编码,项目名称\n13052924P00584012429T,高危执勤补贴经费\n"));
        ByteArrayOutputStream xls = new ByteArrayOutputStream();
        try (HSSFWorkbook wb = new HSSFWorkbook()) {
            wb.createSheet("目录");
            wb.write(xls);
        }
        files.put("old.xls", xls.toByteArray());
        files.put("empty.xlsx", new byte[0]);
        Map<String, String> expected = Map.of("zip-bomb.xlsx", "压缩炸弹", "xxe.xlsx", "DOCTYPE", "renamed-docx.xlsx", "Word 文档",
                "text.xlsx", "不是 Excel 工作簿", "old.xls", ".xls", "empty.xlsx", "空的");
        List<Long> versions = versions(2024);

        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            HttpResponse<String> response = upload("/api/v1/imports", file.getKey(), file.getValue(), Map.of("year", "2026"));
            assertProblem(response, 400, expected.get(file.getKey()));
        }
        // over our limit (1 MB here) and over Spring's multipart limit (2 MB here): 413 in Chinese either way
        assertProblem(upload("/api/v1/imports", "big.xlsx", noise(1536 * 1024), Map.of("year", "2026")), 413, "超过了上限 1 MB");
        assertProblem(upload("/api/v1/imports", "huge.xlsx", noise(2560 * 1024), Map.of("year", "2026")), 413, "超过了上限 1 MB");
        assertProblem(upload("/api/v1/imports", null, null, Map.of("year", "2026")), 400, "请选择");

        assertThat(queries.list(UNIT, FiscalYear.of(2026), OrgScope.unrestricted())).isEmpty();
        assertThat(versions(2024)).isEqualTo(versions);
    }

    @Test
    void problemsAreListedAtTheirCellsAndBlockTheCommit() throws Exception {
        byte[] demo = getBytes("/api/v1/units/807001/years/2024/goal-tables.xlsx").body();
        byte[] edited = ExchangeFixtures.edit(demo, wb -> {
            wb.getSheetAt(2).getRow(3).getCell(2).setCellValue("七十三万");   // text in a money cell (C4)
            wb.getSheetAt(3).getRow(10).getCell(4).setCellValue("目标");     // 指标值 column header renamed (E11)
        });

        JsonNode preview = json(upload("/api/v1/imports", "edited.xlsx", edited, Map.of("year", "2026")), 201);

        assertThat(preview.get("committable").asBoolean()).isFalse();
        JsonNode money = find(preview.get("problems"), "field", "budgetWan");
        assertThat(money.get("severity").asString()).isEqualTo("ERROR");
        assertThat(money.get("sheet").asString()).isEqualTo("1.高危执勤补贴经费");
        assertThat(money.get("row").asInt()).isEqualTo(4);
        assertThat(money.get("column").asString()).isEqualTo("C");
        assertThat(money.get("message").asString()).contains("金额");
        JsonNode column = find(preview.get("problems"), "cell", "E11");
        assertThat(column.get("sheet").asString()).isEqualTo("2.官亭消防站建设、运转经费");
        assertThat(column.get("message").asString()).contains("指标值");

        HttpResponse<String> commit = post("/api/v1/imports/" + preview.get("id").asString() + "/commit");
        assertProblem(commit, 400, "处错误");
        assertThat(JSON.readTree(commit.body()).get("problems").size()).isEqualTo(preview.get("errorCount").asInt());
        assertThat(queries.list(UNIT, FiscalYear.of(2026), OrgScope.unrestricted())).isEmpty();
    }

    @Test
    void aCommitIsAllOrNothing() throws Exception {
        byte[] xlsx = getBytes("/api/v1/units/807001/years/2024/goal-tables.xlsx").body();
        JsonNode preview = json(upload("/api/v1/imports", "book.xlsx", xlsx, Map.of()), 201);
        List<GoalTableView> before = queries.findAll(UNIT, FiscalYear.of(2024), OrgScope.unrestricted());
        // someone saves the sixth table after the preview: the five written before it must roll back
        GoalTableView sixth = before.get(5);
        management.update(sixth.id(), GoalTableForm.of(sixth).toInput(), OrgScope.unrestricted());

        HttpResponse<String> commit = post("/api/v1/imports/" + preview.get("id").asString() + "/commit");

        assertProblem(commit, 409, "已被他人修改");
        // named by its sheet, with the version previewed and the one found
        String sheet = preview.get("tables").get(5).get("sheet").asString();
        assertProblem(commit, 409, "“" + sheet + "”对应的目标表已被他人修改（预览时为第 " + sixth.version() + " 版，现在为第 "
                + (sixth.version() + 1) + " 版）");
        List<GoalTableView> after = queries.findAll(UNIT, FiscalYear.of(2024), OrgScope.unrestricted());
        for (int i = 0; i < before.size(); i++) {
            assertThat(after.get(i).version()).as("table " + i).isEqualTo(before.get(i).version() + (i == 5 ? 1 : 0));
        }
    }

    @Test
    void aPreviewIsCommittedOnceAndUnknownOnesAreNotFound() throws Exception {
        byte[] xlsx = getBytes("/api/v1/goal-tables/" + queries.list(UNIT, FiscalYear.of(2024), OrgScope.unrestricted()).get(1).id().value() + ".xlsx").body();
        JsonNode preview = json(upload("/api/v1/imports", "one.xlsx", xlsx, Map.of("year", "2027")), 201);
        assertThat(preview.get("tables").size()).isEqualTo(1);
        String id = preview.get("id").asString();
        assertThat(json(get("/api/v1/imports/" + id), 200).get("id").asString()).isEqualTo(id);

        json(post("/api/v1/imports/" + id + "/commit"), 200);
        assertProblem(post("/api/v1/imports/" + id + "/commit"), 409, "不能重复导入");
        assertThat(queries.list(UNIT, FiscalYear.of(2027), OrgScope.unrestricted())).hasSize(1);

        assertProblem(get("/api/v1/imports/" + UUID.randomUUID()), 404, "不存在或已过期");
        assertProblem(post("/api/v1/imports/" + UUID.randomUUID() + "/commit"), 404, "不存在或已过期");
    }

    @Test
    void singleTablesAndWordDocumentsDownload() throws Exception {
        GoalTableView project = queries.findAll(UNIT, FiscalYear.of(2024), OrgScope.unrestricted()).get(1);
        long id = project.id().value();
        HttpResponse<byte[]> docx = getBytes("/api/v1/goal-tables/" + id + ".docx");
        assertThat(docx.statusCode()).isEqualTo(200);
        assertThat(docx.headers().firstValue("Content-Type").orElseThrow()).startsWith(ExportedFile.DOCX);
        String disposition = docx.headers().firstValue("Content-Disposition").orElseThrow();
        assertThat(URLDecoder.decode(disposition.substring(disposition.indexOf("''") + 2), StandardCharsets.UTF_8))
                .isEqualTo("807001-2024-" + project.project().content().code().value() + "-" + project.project().content().name() + "绩效目标表.docx");
        assertThat(getBytes("/api/v1/units/807001/years/2024/goal-tables.docx").statusCode()).isEqualTo(200);
        assertThat(getBytes("/api/v1/goal-tables/" + id + ".xlsx").statusCode()).isEqualTo(200);
        if (java.nio.file.Files.isRegularFile(PdfFont.CANDIDATES.get(0)) || System.getenv("CI") != null) {
            HttpResponse<byte[]> pdf = getBytes("/api/v1/goal-tables/" + id + ".pdf");
            assertThat(pdf.statusCode()).isEqualTo(200);
            assertThat(pdf.headers().firstValue("Content-Type").orElseThrow()).startsWith(ExportedFile.PDF);
            assertThat(new String(pdf.body(), 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
            String pdfName = pdf.headers().firstValue("Content-Disposition").orElseThrow();
            assertThat(URLDecoder.decode(pdfName.substring(pdfName.indexOf("''") + 2), StandardCharsets.UTF_8))
                    .endsWith(project.project().content().name() + "绩效目标表.pdf");
            HttpResponse<byte[]> book = getBytes("/api/v1/units/807001/years/2024/goal-tables.pdf");
            assertThat(book.statusCode()).isEqualTo(200);
            assertThat(book.body().length).isGreaterThan(pdf.body().length);
        }
        assertProblem(get("/api/v1/goal-tables/99999999.pdf"), 404, "不存在");
        assertProblem(get("/api/v1/units/807001/years/2031/goal-tables.pdf"), 404, "还没有目标表");
        assertThat(json(get("/api/v1/goal-tables/" + id), 200).get("id").asLong()).isEqualTo(id); // the JSON route is untouched
        assertProblem(get("/api/v1/goal-tables/99999999.xlsx"), 404, "不存在");
        assertProblem(get("/api/v1/units/807001/years/2031/goal-tables.xlsx"), 404, "还没有目标表");
    }

    @Test
    void thePagesUploadPreviewAndCommit() throws Exception {
        assertThat(get("/exchange/units/807001/years/2024").body()).contains("导出 Excel（.xlsx）", "从 Excel 或 Word 导入", "导出 PDF",
                "/api/v1/units/807001/years/2024/goal-tables.pdf");
        assertThat(get("/exchange/imports/new?unitCode=807001&year=2028").body()).contains("最大 <span>1 MB</span>", "上传并预览");
        byte[] xlsx = getBytes("/api/v1/units/807001/years/2024/goal-tables.xlsx").body();

        HttpResponse<String> uploaded = upload("/exchange/imports", "book.xlsx", xlsx, Map.of("unitCode", UNIT, "year", "2028"));
        assertThat(uploaded.statusCode()).isEqualTo(302);
        String location = uploaded.headers().firstValue("Location").orElseThrow();
        assertThat(location).contains("/exchange/imports/");
        String previewPage = get(URI.create(location).getPath()).body();
        assertThat(previewPage).contains("检查通过：将新建 10 张", "确认导入").doesNotContain("disabled=\"disabled\"");

        HttpResponse<String> committed = post(URI.create(location).getPath() + "/commit");
        assertThat(committed.statusCode()).isEqualTo(302);
        assertThat(get(URI.create(committed.headers().firstValue("Location").orElseThrow()).getPath()).body())
                .contains("导入完成", "新建 10 张");
        assertThat(queries.list(UNIT, FiscalYear.of(2028), OrgScope.unrestricted())).hasSize(10);

        byte[] edited = ExchangeFixtures.edit(xlsx, wb -> wb.getSheetAt(2).getRow(3).getCell(2).setCellValue("七十三万"));
        String bad = get(URI.create(upload("/exchange/imports", "bad.xlsx", edited, Map.of("year", "2029"))
                .headers().firstValue("Location").orElseThrow()).getPath()).body();
        assertThat(bad).contains("处错误", "1.高危执勤补贴经费", "请输入金额数字", "disabled");

        HttpResponse<String> wrongType = upload("/exchange/imports", "x.xlsx", ExchangeFixtures.utf8("hello"), Map.of());
        assertThat(wrongType.statusCode()).isEqualTo(400);
        assertThat(wrongType.body()).contains("不是 Excel 工作簿", "上传并预览");
        HttpResponse<String> huge = upload("/exchange/imports", "huge.xlsx", noise(2560 * 1024), Map.of());
        assertThat(huge.statusCode()).isEqualTo(413);
        assertThat(huge.body()).contains("超过了上限 1 MB", "上传并预览").doesNotContain("Exception");

        // the servlet's ceiling met by another module's upload (佐证材料): its own message, not the import page's
        String problemPage = uri("/rectifications/1").toString();
        HttpResponse<String> evidence = upload("/rectifications/1/evidence", "scan.pdf", noise(2560 * 1024), Map.of(), problemPage);
        assertThat(evidence.statusCode()).isEqualTo(413);
        assertThat(evidence.body()).contains("文件过大", "超过了系统允许的上限 2 MB", "未保存", "返回上一页", "href=\"" + problemPage + "\"")
                .doesNotContain("上传并预览", "工作表", "Exception");
        assertThat(upload("/rectifications/1/evidence", "scan.pdf", noise(2560 * 1024), Map.of(), "https://elsewhere.example/x").body())
                .contains("超过了系统允许的上限 2 MB").doesNotContain("返回上一页", "elsewhere.example");
        assertProblem(upload("/api/v1/rectifications/1/evidence", "scan.pdf", noise(2560 * 1024), Map.of()), 413,
                "超过了系统允许的上限 2 MB");
    }

    // ---------------------------------------------------------------- helpers

    private static void assertSameTable(GoalTableView actual, GoalTableView expected) {
        String what = expected.title();
        assertThat(actual.kind()).as(what).isEqualTo(expected.kind());
        assertThat(actual.unitCode()).as(what).isEqualTo(expected.unitCode());
        assertThat(actual.unitName()).as(what).isEqualTo(expected.unitName());
        assertThat(actual.project() == null).as(what).isEqualTo(expected.project() == null);
        if (expected.project() != null) {
            assertThat(actual.project().content()).as(what).isEqualTo(expected.project().content());
        }
        assertThat(actual.content().goals()).as(what).containsExactlyElementsOf(expected.content().goals());
        assertThat(actual.content().indicators()).as(what).containsExactlyElementsOf(expected.content().indicators());
        assertThat(actual.content()).as(what).isEqualTo(expected.content());
    }

    private List<Long> versions(int year) {
        return queries.list(UNIT, FiscalYear.of(year), OrgScope.unrestricted()).stream().map(s -> s.version()).toList();
    }

    private static void assertProblem(HttpResponse<String> response, int status, String detailPart) throws IOException {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        JsonNode problem = JSON.readTree(response.body());
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("title").asString()).isNotBlank();
        assertThat(problem.get("detail").asString()).contains(detailPart);
        assertThat(response.body()).doesNotContain("Exception").doesNotContain("at org.");
    }

    private static JsonNode find(JsonNode problems, String field, String value) {
        for (JsonNode p : problems) {
            if (p.hasNonNull(field) && p.get(field).asString().equals(value)) {
                return p;
            }
        }
        throw new AssertionError("no problem with " + field + "=" + value + " in " + problems);
    }

    private static byte[] noise(int size) {
        byte[] bytes = new byte[size];
        new Random(3).nextBytes(bytes);
        bytes[0] = 'P';
        bytes[1] = 'K';
        return bytes;
    }

    private static byte[] zipBomb(byte[] xlsx) throws IOException {
        ByteArrayOutputStream sheet = new ByteArrayOutputStream();
        byte[] row = ExchangeFixtures.utf8("<row><c t=\"inlineStr\"><is><t>炸弹</t></is></c></row>");
        sheet.write(ExchangeFixtures.utf8("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"));
        for (int i = 0; i < 8 * 1024 * 1024 / row.length; i++) {
            sheet.write(row);
        }
        sheet.write(ExchangeFixtures.utf8("</sheetData></worksheet>"));
        return ExchangeFixtures.rewriteZip(xlsx, Map.of("xl/worksheets/sheet3.xml", sheet.toByteArray()));
    }

    private JsonNode json(HttpResponse<String> response, int status) throws IOException {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        return JSON.readTree(response.body());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<byte[]> getBytes(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private HttpResponse<String> post(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(path)).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** A multipart/form-data POST with one file part (none when {@code name} is null) and text fields. */
    private HttpResponse<String> upload(String path, String name, byte[] content, Map<String, String> fields) throws Exception {
        return upload(path, name, content, fields, null);
    }

    private HttpResponse<String> upload(String path, String name, byte[] content, Map<String, String> fields,
                                        String referer) throws Exception {
        String boundary = "----jixiao" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (Map.Entry<String, String> field : fields.entrySet()) {
            body.write(ExchangeFixtures.utf8("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey()
                    + "\"\r\n\r\n" + field.getValue() + "\r\n"));
        }
        if (name != null) {
            body.write(ExchangeFixtures.utf8("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                    + name + "\"\r\nContent-Type: application/octet-stream\r\n\r\n"));
            body.write(content);
            body.write(ExchangeFixtures.utf8("\r\n"));
        }
        body.write(ExchangeFixtures.utf8("--" + boundary + "--\r\n"));
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).header("Content-Type", "multipart/form-data; boundary=" + boundary);
        if (referer != null) {
            request.header("Referer", referer);
        }
        return http.send(request.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
