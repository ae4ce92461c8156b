package org.jixiao.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jixiao.testsupport.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The 运行监控 pages over HTTP: the unit page and its refusals, the .xlsx export, the bureau's overview. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:file:./target/tmp/jixiao_monpage-${random.uuid};MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
        "jixiao.demo.enabled=true"})
class MonitoringPageIntegrationTests {

    @LocalServerPort
    int port;

    @Test
    void theUnitPageListsTheRedProjectAndRefusesBadInputAtTheFieldsWritingNothing() {
        WebSession http = WebSession.login(port, "tianbao");
        assertThat(http.get("/units/807001/years/2024").body()).contains("/units/807001/years/2024/monitoring");
        HttpResponse<String> page = http.get("/units/807001/years/2024/monitoring");
        assertThat(page.statusCode()).isEqualTo(200);
        String reds = page.body().substring(page.body().indexOf("id=\"red-projects\""), page.body().indexOf("id=\"entry\""));
        assertThat(reds).contains("新建消防站建设启动资金", "红灯").doesNotContain("高危执勤补贴经费");
        assertThat(page.body()).contains("data-chart=", "/webjars/echarts/", "echarts.min.js", "年度平均执行率");

        String before = http.get("/api/v1/units/807001/years/2024/monitoring").body();
        HttpResponse<String> refused = http.postForm("/units/807001/years/2024/monitoring", WebSession.form(
                "kind", "record", "projectCode", "", "month", "", "amountYuan", "abc", "note", "x".repeat(501)));
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("请填写项目编码", "请填写支出日期或月份", "“abc”不是有效金额", "内容过长", "is-invalid");
        HttpResponse<String> adjustment = http.postForm("/units/807001/years/2024/monitoring", WebSession.form(
                "kind", "adjustment", "projectCode", "13052924P00584012427K", "date", "2024-06-01", "newBudgetYuan", "1",
                "deltaYuan", "1", "reason", ""));
        assertThat(adjustment.statusCode()).isEqualTo(422);
        assertThat(adjustment.body()).contains("只填一项", "请填写调整理由");
        HttpResponse<String> negative = http.postForm("/units/807001/years/2024/monitoring", WebSession.form(
                "kind", "adjustment", "projectCode", "13052924P00584012427K", "date", "2024-06-01", "newBudgetYuan", "-5",
                "reason", "调减"));
        assertThat(negative.statusCode()).isEqualTo(422);
        assertThat(negative.body()).contains("调整后预算数必须大于 0").doesNotContain("支出金额不能为负数");
        assertThat(http.get("/api/v1/units/807001/years/2024/monitoring").body()).isEqualTo(before);
    }

    @Test
    void theExportHasEveryProjectAndEveryMonth() throws Exception {
        WebSession http = WebSession.login(port, "tianbao");
        HttpResponse<byte[]> xlsx = http.send(HttpRequest.newBuilder(http.uri("/api/v1/units/807001/years/2024/monitoring.xlsx"))
                .GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(xlsx.statusCode()).isEqualTo(200);
        assertThat(xlsx.headers().firstValue("Content-Disposition").orElse("")).contains("attachment");
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            Sheet summary = book.getSheet("汇总");
            assertThat(summary.getRow(0).getCell(0).getStringCellValue()).contains("2024年度绩效运行监控（1–12月）");
            assertThat(summary.getLastRowNum()).isEqualTo(2 + 9);
            boolean red = false;
            for (Row row : summary) {
                if (row.getRowNum() > 2 && "新建消防站建设启动资金".equals(row.getCell(1).getStringCellValue())) {
                    red = "红灯".equals(row.getCell(8).getStringCellValue());
                    assertThat(row.getCell(4).getNumericCellValue()).isEqualTo(760000.0);
                    assertThat(row.getCell(5).getNumericCellValue()).isEqualTo(38.0);
                }
            }
            assertThat(red).isTrue();
            assertThat(book.getSheet("分月").getLastRowNum()).isEqualTo(9 * 12);
        }
    }

    @Test
    void theBureauSeesItsUnitsRankedAndDrillsDown() {
        WebSession bureau = WebSession.login(port, "caizheng");
        HttpResponse<String> page = bureau.get("/monitoring");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("2024年度运行监控总览", "巨鹿县消防救援大队本级", "红灯项目 1",
                "/units/807001/years/2024/monitoring");
        JsonNode units = JsonMapper.builder().build().readTree(bureau.get("/api/v1/years/2024/monitoring").body());
        assertThat(units.get(0).get("unitCode").asString()).isEqualTo("807001");
        assertThat(units.get(0).get("red").intValue()).isEqualTo(1);
        assertThat(units.get(0).get("ratePercent").asString()).endsWith("%");
        for (int i = 1; i < units.size(); i++) {
            assertThat(units.get(i).get("rate").isNull()).as("units without a budget come last").isTrue();
        }
        assertThat(bureau.get("/units/807001/years/2024/monitoring").statusCode()).isEqualTo(200);
        assertThat(bureau.get("/units/807001/years/2024/monitoring").body()).doesNotContain("id=\"entry-form\"");
        // another unit's drafter sees only its own unit
        String other = WebSession.login(port, "tianbao2").get("/monitoring?year=2024").body();
        assertThat(other).doesNotContain("巨鹿县消防救援大队本级");
    }
}
