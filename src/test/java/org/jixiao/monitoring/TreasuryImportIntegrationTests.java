package org.jixiao.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jixiao.testsupport.WebSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** 国库支付明细导入 over HTTP: the API's all-or-nothing multipart POST, and the page's preview → commit. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:file:./target/tmp/jixiao_treasury-${random.uuid};MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
        "jixiao.demo.enabled=true"})
class TreasuryImportIntegrationTests {

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();
    private static final String BASE = "/api/v1/units/807001/years/2024/";
    private static final String AWARD = "13052924P00584012427K";
    private static final String HYDRANT = "13052924P005840124287";

    @LocalServerPort
    int port;

    private WebSession http;

    @BeforeEach
    void signIn() {
        http = WebSession.login(port, "tianbao");
    }

    @Test
    void theApiImportsAFileWholeOrRefusesItRowByRow() {
        BigDecimal before = spent();
        String bad = "项目编码,支付日期,支付金额,摘要\n" + AWARD + ",2024-12-05,100.00,好\nNOPE,2024-12-05,1,\n"
                + AWARD + ",2025-01-02,abc,\n";
        HttpResponse<String> refused = upload(BASE + "execution-records", "bad.csv", bad.getBytes(StandardCharsets.UTF_8));
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
        String violations = JSON.readTree(refused.body()).get("violations").toString();
        assertThat(violations).contains("rows[3].projectCode", "NOPE", "rows[4].date", "rows[4].amountYuan")
                .doesNotContain("rows[2]");
        assertThat(spent()).isEqualByComparingTo(before);

        HttpResponse<String> wrongType = upload(BASE + "execution-records", "x.pdf", new byte[] {1, 2});
        assertThat(wrongType.statusCode()).isEqualTo(400);
        assertThat(wrongType.body()).contains("只能导入 .xlsx 或 .csv");

        String good = "项目编码,支付日期,支付金额,摘要\n" + AWARD + ",2024-12-05,100.00,好\n" + HYDRANT + ",2024/12/06,\"2,000.10\",\n";
        HttpResponse<String> written = upload(BASE + "execution-records", "good.csv", good.getBytes(StandardCharsets.UTF_8));
        assertThat(written.statusCode()).as(written.body()).isEqualTo(201);
        assertThat(JSON.readTree(written.body()).get("records").intValue()).isEqualTo(2);
        assertThat(spent()).isEqualByComparingTo(before.add(new BigDecimal("2100.10")));

        assertThat(upload(BASE.replace("807001", "807002") + "execution-records", "good.csv",
                good.getBytes(StandardCharsets.UTF_8)).statusCode()).isEqualTo(404);
    }

    @Test
    void thePageShowsAPreviewAndWritesOnlyOnCommit() {
        BigDecimal before = spent();
        String bad = "项目编码,支付日期,支付金额\n" + AWARD + ",2024-11-05,-3\n";
        HttpResponse<String> problems = upload("/units/807001/years/2024/monitoring/treasury", "bad.csv",
                bad.getBytes(StandardCharsets.UTF_8));
        assertThat(problems.statusCode()).isEqualTo(422);
        assertThat(problems.body()).contains("第 2 行 支付金额：支出金额不能为负数").doesNotContain("确认导入");

        String good = "项目编码,支付日期,支付金额\n" + AWARD + ",2024-11-05,300\n" + AWARD + ",2024-11-06,0.5\n";
        HttpResponse<String> preview = upload("/units/807001/years/2024/monitoring/treasury", "good.csv",
                good.getBytes(StandardCharsets.UTF_8));
        assertThat(preview.statusCode()).isEqualTo(200);
        assertThat(preview.body()).contains("共 2 笔支付", "300.50", "消防人员年度考核奖资金", "确认导入");
        assertThat(spent()).isEqualByComparingTo(before);

        Matcher action = Pattern.compile("action=\"(/units/807001/years/2024/monitoring/treasury/[^\"]+/commit)\"")
                .matcher(preview.body());
        assertThat(action.find()).isTrue();
        // another user cannot commit this preview
        WebSession other = WebSession.login(port, "caizheng");
        assertThat(other.postForm(action.group(1), "").statusCode()).isIn(403, 404);
        HttpResponse<String> committed = http.postForm(action.group(1), "");
        assertThat(committed.statusCode()).isEqualTo(302);
        assertThat(spent()).isEqualByComparingTo(before.add(new BigDecimal("300.50")));
        assertThat(http.postForm(action.group(1), "").statusCode()).isEqualTo(404); // only once
    }

    private BigDecimal spent() {
        HttpResponse<String> r = http.get(BASE + "monitoring");
        assertThat(r.statusCode()).isEqualTo(200);
        return JSON.readTree(r.body()).get("summary").get("spentYuan").decimalValue();
    }

    private HttpResponse<String> upload(String path, String name, byte[] content) {
        String boundary = "----jixiao" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + name
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return http.send(HttpRequest.newBuilder(http.uri(path))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build());
    }
}
