package org.jixiao.rectification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.testsupport.WebSession.form;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jixiao.testsupport.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * 从监控红灯登记 over HTTP on the demo data (embedded H2): the red project is offered on the list page, its
 * “创建问题” pre-fills the form, the saved problem carries source 监控红灯 and the goal-table link, the pick is then
 * shown as registered; a red indicator of a 双监控 return joins the list; a tampered link is refused with nothing
 * written; another unit's 填报人 gets 404.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:file:./target/tmp/jixiao_rectc-${random.uuid};MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
        "jixiao.demo.enabled=true"})
class RectificationCandidatesIntegrationTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String PAGE = "/units/807001/years/2024/rectifications";
    private static final String LIST = "/api/v1/units/807001/years/2024/rectifications";
    private static final String STATION = "新建消防站建设启动资金";

    @LocalServerPort
    int port;
    @org.springframework.beans.factory.annotation.Autowired
    org.jixiao.goals.GoalTableQueries goals;
    @org.springframework.beans.factory.annotation.Autowired
    org.jixiao.checks.CheckQueries checks;

    @Test
    void aReturnedReviewsOpinionPrefillsABureauOpinion() {
        long table = -1;
        for (var t : goals.list("807001", org.jixiao.shared.FiscalYear.of(2024), org.jixiao.orgs.OrgScope.unrestricted())) {
            if (t.projectCode() != null && checks.check(t.id(), org.jixiao.orgs.OrgScope.unrestricted())
                    .count(org.jixiao.checks.domain.Severity.ERROR) == 0) {
                table = t.id().value();
                break;
            }
        }
        assertThat(table).isPositive();
        String review = "/api/v1/goal-tables/" + table + "/review/";
        assertThat(postJson(WebSession.basic(port, "tianbao"), review + "submit", "{\"version\":0}").statusCode())
                .isEqualTo(200);
        HttpResponse<String> returned = postJson(WebSession.basic(port, "yewu"), review + "return",
                "{\"version\":1,\"reason\":\"产出指标未量化\",\"opinions\":[{\"row\":0,\"text\":\"请写明数量和单位\"}]}");
        assertThat(returned.statusCode()).as(returned.body()).isEqualTo(200);

        WebSession drafter = WebSession.login(port, "tianbao");
        String opinions = section(drafter.get(PAGE).body(), "rect-opinions");
        assertThat(opinions).contains("产出指标未量化", "请写明数量和单位", "业务初审", "jx-from-opinion");
        String row = row(opinions, "请写明数量和单位");
        String form = drafter.get(html(find(row, "href=\"([^\"]*candidate=[^\"]*)\""))).body();
        assertThat(form).contains("<option value=\"BUREAU_OPINION\" selected=\"selected\">财政审核意见</option>");
        assertThat(find(form, "name=\"goalTableId\" value=\"(\\d+)\"")).isEqualTo(Long.toString(table));
        assertThat(html(find(form, "id=\"n-title\" name=\"title\" value=\"([^\"]*)\""))).isEqualTo("请写明数量和单位");
        assertThat(find(form, "id=\"n-indicator\" name=\"indicatorName\" value=\"([^\"]*)\"")).isNotBlank();
        // a pick that does not exist fills nothing
        String stale = drafter.get(PAGE + "?candidate=opinion:goal-tables:" + table + ":99:1").body();
        assertThat(stale).contains("已不存在").doesNotContain("id=\"rect-prefilled\"");
    }

    private static HttpResponse<String> postJson(WebSession http, String path, String body) {
        return http.send(HttpRequest.newBuilder(http.uri(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    @Test
    void aRedLampBecomesAProblemWithItsSourceAndLink() {
        WebSession drafter = WebSession.login(port, "tianbao");
        String page = drafter.get(PAGE).body();
        assertThat(page).contains("id=\"rect-red-lamps\"", "从监控红灯登记", "从财政审核意见登记");
        String row = row(section(page, "rect-red-lamps"), STATION);
        assertThat(row).contains("运行监控 1–12月", "jx-from-red-lamp");
        String link = html(find(row, "href=\"([^\"]*candidate=[^\"]*)\""));

        // another unit's 填报人 neither sees the list nor the pick
        WebSession other = WebSession.login(port, "tianbao2");
        assertThat(other.get(link).statusCode()).isEqualTo(404);
        assertThat(other.get(PAGE).statusCode()).isEqualTo(404);

        HttpResponse<String> prefilled = drafter.get(link);
        assertThat(prefilled.statusCode()).isEqualTo(200);
        String form = prefilled.body();
        assertThat(form).contains("id=\"rect-prefilled\"", "<option value=\"RED_LAMP\" selected=\"selected\">监控红灯</option>");
        String goalTableId = find(form, "name=\"goalTableId\" value=\"(\\d+)\"");
        String title = html(find(form, "id=\"n-title\" name=\"title\" value=\"([^\"]*)\""));
        String sourceRef = html(find(form, "id=\"n-ref\" name=\"sourceRef\" value=\"([^\"]*)\""));
        String description = html(find(form, "id=\"n-description\" name=\"description\" rows=\"2\">([^<]*)</textarea>"));
        assertThat(title).contains(STATION, "红灯");
        assertThat(description).contains("累计执行率", "红灯");
        int before = json(drafter.get(LIST)).size();

        // a link to a table that is not the unit's is refused at the field, nothing written
        HttpResponse<String> tampered = drafter.postForm(PAGE, form("source", "RED_LAMP", "title", title,
                "description", description, "projectName", STATION, "sourceRef", sourceRef, "goalTableId", "999999"));
        assertThat(tampered.statusCode()).isEqualTo(400);
        assertThat(tampered.body()).contains("关联的目标表不是本单位本年度的目标表");
        assertThat(json(drafter.get(LIST)).size()).isEqualTo(before);

        HttpResponse<String> created = drafter.postForm(PAGE, form("source", "RED_LAMP", "title", title,
                "description", description, "projectName", STATION, "sourceRef", sourceRef, "goalTableId", goalTableId,
                "evaluationId", "", "indicatorName", ""));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(302);
        String path = created.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", "");
        long id = Long.parseLong(path.substring(path.lastIndexOf('/') + 1));
        JsonNode problem = json(drafter.get("/api/v1/rectifications/" + id));
        assertThat(problem.get("source").asString()).isEqualTo("RED_LAMP");
        assertThat(problem.get("goalTableId").longValue()).isEqualTo(Long.parseLong(goalTableId));
        assertThat(problem.get("projectName").asString()).isEqualTo(STATION);
        assertThat(problem.get("sourceRef").asString()).isEqualTo(sourceRef);

        // the list shows it with its source and link, and the pick as registered (not offered again)
        String after = drafter.get(PAGE).body();
        String listed = row(after, "data-problem=\"" + id + "\"");
        assertThat(listed).contains("监控红灯", "/goal-tables/" + goalTableId, STATION);
        String pick = row(section(after, "rect-red-lamps"), STATION);
        assertThat(pick).contains("已登记", "/rectifications/" + id).doesNotContain("jx-from-red-lamp");
        String bySource = drafter.get(PAGE + "?source=RED_LAMP").body();
        assertThat(bySource).contains("data-problem=\"" + id + "\"");
    }

    @Test
    void aRedIndicatorOfAMonitoringReturnIsOffered() {
        WebSession drafter = WebSession.login(port, "tianbao");
        JsonNode doc = null;
        String code = null;
        for (JsonNode line : json(drafter.get("/api/v1/units/807001/years/2024/monitoring-returns"))) {
            if ("消火栓建设及维护经费".equals(line.get("projectName").asString())) {
                code = line.get("projectCode").asString();
                doc = json(drafter.get("/api/v1/monitoring-returns/" + line.get("returns").get(0).get("id").longValue()));
            }
        }
        assertThat(doc).as("the demo return").isNotNull();
        String indicator = doc.get("indicators").get(0).get("name").asString();
        String marker = "data-candidate=\"red:" + code + ":0\"";
        assertThat(drafter.get(PAGE).body()).doesNotContain(marker); // yellow in the demo
        ObjectNode changed = (ObjectNode) doc.deepCopy();
        ObjectNode row0 = (ObjectNode) changed.get("indicators").get(0);
        row0.put("likelihood", "IMPOSSIBLE");
        row0.putObject("reason").put("category", "人员保障").put("text", "施工队伍撤场");
        row0.put("measure", "重新招标施工队伍");
        HttpResponse<String> saved = drafter.send(HttpRequest.newBuilder(drafter.uri("/api/v1/monitoring-returns/"
                        + doc.get("id").longValue())).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(changed.toString())).build());
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);

        String page = drafter.get(PAGE).body();
        String row = row(page, marker);
        assertThat(row).contains(indicator, "双监控 1–7月", "完全不可能", "施工队伍撤场", "重新招标施工队伍");
        String form = drafter.get(html(find(row, "href=\"([^\"]*candidate=[^\"]*)\""))).body();
        assertThat(html(find(form, "id=\"n-indicator\" name=\"indicatorName\" value=\"([^\"]*)\""))).isEqualTo(indicator);
    }

    /** The table row (or list row) containing {@code marker}. */
    private static String row(String page, String marker) {
        int at = page.indexOf(marker);
        assertThat(at).as(marker).isNotNegative();
        int start = page.lastIndexOf("<tr", at);
        int end = page.indexOf("</tr>", at);
        return page.substring(start, end);
    }

    /** The table with this id. */
    private static String section(String page, String id) {
        int at = page.indexOf("id=\"" + id + "\"");
        assertThat(at).as(id).isNotNegative();
        return page.substring(at, page.indexOf("</table>", at));
    }

    private static String find(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        assertThat(m.find()).as(regex).isTrue();
        return m.group(1);
    }

    private static String html(String text) {
        return text.replace("&quot;", "\"").replace("&#39;", "'").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&amp;", "&");
    }

    private static JsonNode json(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }
}
