package org.jixiao.exchange;

import org.jixiao.orgs.OrgScope;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
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
 * Word books through the whole application (H2, demo data, HTTP), with the same settings as
 * {@link ExchangeIntegrationTests} so both share one application context (and one database: the years used here,
 * 2032–2036, are not used there). The demo unit-year exported as .docx and a book built like seed 001's original
 * import into empty years identical field by field; the preview shows the goal checks without being blocked by
 * them; crafted bad Word files are refused in Chinese and write nothing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:file:./target/tmp/jixiao_exchange-${random.uuid};MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
        "jixiao.demo.enabled=true",
        "jixiao.exchange.max-upload-size=1MB",
        "spring.servlet.multipart.max-file-size=2MB",
        "spring.servlet.multipart.max-request-size=3MB"})
class DocxImportIntegrationTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String UNIT = "807001";

    @LocalServerPort
    int port;

    @Autowired
    GoalTableQueries queries;

    /** Signed in through the login page as the demo unit's 填报人 (本单位 807001, may edit and import). */
    private WebSession http;

    @BeforeEach
    void signIn() {
        http = WebSession.login(port, "tianbao");
    }

    @Test
    void theDemoUnitYearExportedAsWordAndImportedIntoAnEmptyYearIsIdentical() throws Exception {
        byte[] docx = getBytes("/api/v1/units/807001/years/2024/goal-tables.docx").body();
        assertThat(queries.list(UNIT, FiscalYear.of(2032), OrgScope.unrestricted())).isEmpty();

        JsonNode preview = json(upload("807001-2024-绩效目标申报.docx", docx, Map.of("year", "2032")), 201);
        assertThat(preview.get("unitCode").asString()).as("from the unit line").isEqualTo(UNIT);
        assertThat(preview.get("problems").size()).as(preview.get("problems").toString()).isZero();
        assertThat(preview.get("tables").size()).isEqualTo(10);
        assertThat(preview.get("tables").findValuesAsString("action")).containsOnly("CREATE");

        // the goal checks run over the imported tables and are shown, but do not block: the seed has real defects
        JsonNode checks = preview.get("checks");
        assertThat(checks.get("ran").asBoolean()).isTrue();
        long listed = 0;
        for (JsonNode table : checks.get("tables")) {
            listed += table.get("findings").size();
        }
        assertThat(checks.get("total").asLong()).isPositive().isEqualTo(listed)
                .isEqualTo(checks.get("errorCount").asLong() + checks.get("warningCount").asLong() + checks.get("infoCount").asLong());
        assertThat(checks.get("tables").size()).isEqualTo(10);
        assertThat(preview.get("committable").asBoolean()).as("check findings never block the import").isTrue();
        assertThat(queries.list(UNIT, FiscalYear.of(2032), OrgScope.unrestricted())).as("a preview writes nothing").isEmpty();

        JsonNode result = json(post("/api/v1/imports/" + preview.get("id").asString() + "/commit"), 200);
        assertThat(result.get("createCount").asInt()).isEqualTo(10);
        assertSameTables(2032);
    }

    @Test
    void aBookLikeSeed001sOriginalImportsIntoTheNineProjectsAndTheDepartment() throws Exception {
        JsonNode preview = json(upload("巨鹿县消防救援大队2024年绩效目标.docx", SeedDocx.build(), Map.of("year", "2033")), 201);
        assertThat(preview.get("problems").size()).as(preview.get("problems").toString()).isZero();
        assertThat(preview.get("tables").findValuesAsString("kind")).containsExactly("DEPARTMENT", "PROJECT", "PROJECT",
                "PROJECT", "PROJECT", "PROJECT", "PROJECT", "PROJECT", "PROJECT", "PROJECT");
        json(post("/api/v1/imports/" + preview.get("id").asString() + "/commit"), 200);
        assertSameTables(2033);
    }

    @Test
    void badWordFilesAreRefusedInChineseAndWriteNothing() throws Exception {
        byte[] docx = new DocxBookWriter().write(ExchangeFixtures.demoBook());
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("zip-bomb.docx", DocxSafetyTests.zipBomb(docx));
        files.put("xxe.docx", DocxSafetyTests.xxe(docx));
        files.put("workbook.docx", new XlsxBookWriter().write(ExchangeFixtures.demoBook()));
        files.put("text.docx", ExchangeFixtures.utf8("项目编码\t项目名称\n"));
        Map<String, String> expected = Map.of("zip-bomb.docx", "压缩炸弹", "xxe.docx", "DOCTYPE",
                "workbook.docx", "内容是 Excel 工作簿", "text.docx", "也不是 Word 文档");
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            HttpResponse<String> response = upload(file.getKey(), file.getValue(), Map.of("year", "2034"));
            assertThat(response.statusCode()).as(file.getKey() + ": " + response.body()).isEqualTo(400);
            JsonNode problem = JSON.readTree(response.body());
            assertThat(problem.get("detail").asString()).as(file.getKey()).contains(expected.get(file.getKey()));
            assertThat(response.body()).doesNotContain("Exception").doesNotContain("at org.");
        }

        // readable, but the money cell holds text and the second project's indicator header is gone
        byte[] edited = edit(docx, doc -> {
            XWPFTable first = doc.getTables().get(0);
            first.getRow(1).getCell(2).getParagraphs().get(0).getRuns().get(0).setText("七十三万", 0);
            XWPFTable indicators = doc.getTables().get(3);
            indicators.removeRow(0);
        });
        JsonNode preview = json(upload("edited.docx", edited, Map.of("year", "2034")), 201);
        assertThat(preview.get("committable").asBoolean()).isFalse();
        JsonNode money = find(preview.get("problems"), "field", "budgetWan");
        assertThat(money.get("sheet").asString()).isEqualTo("表格1（1.高危执勤补贴经费绩效目标表）");
        assertThat(money.get("row").asInt()).isEqualTo(2);
        assertThat(money.get("column").asString()).isEqualTo("3");
        assertThat(money.get("cell").asString()).isEqualTo("第2行第3列");
        assertThat(money.get("message").asString()).contains("金额");
        JsonNode header = find(preview.get("problems"), "sheet", "表格4（2.官亭消防站建设、运转经费绩效目标表）");
        assertThat(header.get("severity").asString()).isEqualTo("ERROR");
        assertThat(header.get("row").asInt()).isEqualTo(1);
        assertThat(header.get("message").asString()).contains("没有找到表头");

        HttpResponse<String> commit = post("/api/v1/imports/" + preview.get("id").asString() + "/commit");
        assertThat(commit.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(commit.body()).get("detail").asString()).contains("处错误");
        assertThat(queries.list(UNIT, FiscalYear.of(2034), OrgScope.unrestricted())).isEmpty();
    }

    @Test
    void thePagesLinkToImportExportAndDownloadsAndThePreviewShowsTheChecks() throws Exception {
        assertThat(get("/units/807001/years/2024").body()).contains("href=\"/exchange/units/807001/years/2024\"", "导入导出");
        long id = queries.list(UNIT, FiscalYear.of(2024), OrgScope.unrestricted()).get(1).id().value();
        assertThat(get("/goal-tables/" + id).body()).contains("href=\"/api/v1/goal-tables/" + id + ".xlsx\"",
                "href=\"/api/v1/goal-tables/" + id + ".docx\"", "href=\"/api/v1/goal-tables/" + id + ".pdf\"",
                "下载 Excel", "下载 Word", "下载 PDF");

        HttpResponse<String> uploaded = upload("/exchange/imports", "seed.docx", SeedDocx.build(), Map.of("unitCode", UNIT, "year", "2035"));
        assertThat(uploaded.statusCode()).isEqualTo(302);
        String page = get(URI.create(uploaded.headers().firstValue("Location").orElseThrow()).getPath()).body();
        assertThat(page).contains("检查通过：将新建 10 张", "智能审核", "不影响导入", "1.高危执勤补贴经费绩效目标表")
                .doesNotContain("disabled=\"disabled\"");
    }

    // ---------------------------------------------------------------- helpers

    private void assertSameTables(int year) {
        List<GoalTableView> original = queries.findAll(UNIT, FiscalYear.of(2024), OrgScope.unrestricted());
        List<GoalTableView> imported = queries.findAll(UNIT, FiscalYear.of(year), OrgScope.unrestricted());
        assertThat(imported).hasSize(original.size()).hasSize(10);
        for (int i = 0; i < original.size(); i++) {
            GoalTableView expected = original.get(i);
            GoalTableView actual = imported.get(i);
            String what = expected.title();
            assertThat(actual.kind()).as(what).isEqualTo(expected.kind());
            assertThat(actual.unitCode()).as(what).isEqualTo(expected.unitCode());
            assertThat(actual.year()).as(what).isEqualTo(FiscalYear.of(year));
            if (expected.project() == null) {
                assertThat(actual.project()).as(what).isNull();
            } else {
                assertThat(actual.project().content()).as(what).isEqualTo(expected.project().content());
            }
            assertThat(actual.content().goals()).as(what).containsExactlyElementsOf(expected.content().goals());
            assertThat(actual.content().indicators()).as(what).containsExactlyElementsOf(expected.content().indicators());
            assertThat(actual.content()).as(what).isEqualTo(expected.content());
        }
    }

    static byte[] edit(byte[] docx, java.util.function.Consumer<XWPFDocument> change) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(new java.io.ByteArrayInputStream(docx))) {
            change.accept(doc);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.write(out);
            return out.toByteArray();
        }
    }

    private static JsonNode find(JsonNode problems, String field, String value) {
        for (JsonNode p : problems) {
            if (p.hasNonNull(field) && p.get(field).asString().equals(value)) {
                return p;
            }
        }
        throw new AssertionError("no problem with " + field + "=" + value + " in " + problems);
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

    private HttpResponse<String> upload(String name, byte[] content, Map<String, String> fields) throws Exception {
        return upload("/api/v1/imports", name, content, fields);
    }

    private HttpResponse<String> upload(String path, String name, byte[] content, Map<String, String> fields) throws Exception {
        String boundary = "----jixiao" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (Map.Entry<String, String> field : fields.entrySet()) {
            body.write(ExchangeFixtures.utf8("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey()
                    + "\"\r\n\r\n" + field.getValue() + "\r\n"));
        }
        body.write(ExchangeFixtures.utf8("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                + name + "\"\r\nContent-Type: application/octet-stream\r\n\r\n"));
        body.write(content);
        body.write(ExchangeFixtures.utf8("\r\n--" + boundary + "--\r\n"));
        return http.send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(), HttpResponse.BodyHandlers.ofString());
    }
}
