package org.jixiao.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.jixiao.testsupport.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * 红灯预警 on the home page and the 待办 list over HTTP with the demo data: 807001's 2024 records (the latest year with
 * records not after the clock's year) have one red project, 新建消防站建设启动资金 (38% at year end).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:file:./target/tmp/jixiao_monnotice-${random.uuid};MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
        "jixiao.demo.enabled=true"})
class MonitoringNoticesHttpTests {

    @LocalServerPort
    int port;

    @Test
    void theHomePageAndTheTodoListLoadTheRedProjectsOfTheUsersUnitsAndAProjectTurningRedJoinsThem() {
        WebSession unit = WebSession.login(port, "tianbao");
        assertThat(unit.get("/units").body()).contains("hx-get=\"/monitoring/red-notices\"");
        assertThat(unit.get("/todo").body()).contains("hx-get=\"/monitoring/red-notices\"");

        HttpResponse<String> notices = unit.get("/monitoring/red-notices");
        assertThat(notices.statusCode()).isEqualTo(200);
        String body = notices.body();
        assertThat(body).contains("红灯预警", "2024", "id=\"red-total\">1<", "新建消防站建设启动资金",
                "href=\"/units/807001/years/2024/monitoring\"", "1–12月累计执行 38%");
        assertThat(body.split("jx-red-project", -1)).hasSize(2);
        // yellow and green projects are not listed
        assertThat(body).doesNotContain("困难地区消防装备购置费", "高危执勤补贴经费");

        // the finance bureau of the region sees the same red project of its unit
        assertThat(WebSession.login(port, "caizheng").get("/monitoring/red-notices").body())
                .contains("新建消防站建设启动资金", "href=\"/units/807001/years/2024/monitoring\"");
        // another unit's user, and a unit of another region, see nothing of 807001
        assertThat(WebSession.login(port, "tianbao2").get("/monitoring/red-notices").body())
                .doesNotContain("新建消防站建设启动资金").doesNotContain("红灯预警");
        assertThat(WebSession.login(port, "panyu").get("/monitoring/red-notices").body())
                .doesNotContain("新建消防站建设启动资金").doesNotContain("红灯预警");

        // a budget raised far above what was spent turns a green project red (rate far below time progress)
        String json = unit.get("/api/v1/units/807001/years/2024/monitoring").body();
        java.util.regex.Matcher m = java.util.regex.Pattern
                .compile("\"projectCode\":\"([^\"]+)\",\"projectName\":\"高危执勤补贴经费\"").matcher(json);
        assertThat(m.find()).isTrue();
        HttpResponse<String> raised = unit.send(java.net.http.HttpRequest.newBuilder(
                        unit.uri("/api/v1/units/807001/years/2024/execution-records"))
                .header("Content-Type", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"adjustments\": [{\"projectCode\": \""
                        + m.group(1) + "\", \"date\": \"2024-12-01\", \"deltaYuan\": \"100000000\", \"reason\": \"追加\"}]}"))
                .build());
        assertThat(raised.statusCode()).isEqualTo(201);
        String after = unit.get("/monitoring/red-notices").body();
        assertThat(after).contains("id=\"red-total\">2<", "高危执勤补贴经费", "新建消防站建设启动资金");
        // lowest execution first
        assertThat(after.indexOf("高危执勤补贴经费")).isLessThan(after.indexOf("新建消防站建设启动资金"));
    }
}
