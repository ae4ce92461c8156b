package org.jixiao.rectification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jixiao.testsupport.WebSession.form;

import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jixiao.testsupport.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * 从得分偏低的指标类别登记 over HTTP on the demo data (embedded H2, 807001 2024): a 一级/二级 group of a demo
 * self-evaluation scoring below the national default 85% is offered, its “创建问题” pre-fills source 自评得分偏低 with
 * the self-evaluation and goal-table links, the saved problem is listed with that source and the pick shows 已登记;
 * another unit's 填报人 gets 404.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:file:./target/tmp/jixiao_rectlow-${random.uuid};MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
        "jixiao.demo.enabled=true"})
class LowScoreCandidatesIntegrationTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String PAGE = "/units/807001/years/2024/rectifications";

    @LocalServerPort
    int port;

    @Test
    void aLowScoringGroupBecomesAProblemAndIsThenRegistered() {
        WebSession drafter = WebSession.login(port, "tianbao");
        String page = drafter.get(PAGE).body();
        assertThat(page).contains("从得分偏低的指标类别登记");
        String section = section(page, "rect-low-scores");
        String key = html(find(section, "data-candidate=\"(low:[^\"]*)\""));
        String row = row(section, "data-candidate=\"" + find(section, "data-candidate=\"(low:[^\"]*)\"") + "\"");
        assertThat(row).contains("得分偏低", "得分率", "jx-from-low-score");
        String rate = find(row, "得分率 (\\d+\\.\\d\\d)%");
        assertThat(new java.math.BigDecimal(rate)).isLessThan(new java.math.BigDecimal("85"));
        String link = html(find(row, "href=\"([^\"]*candidate=[^\"]*)\""));

        WebSession other = WebSession.login(port, "tianbao2");
        assertThat(other.get(link).statusCode()).isEqualTo(404);

        String whole = drafter.get(link).body();
        assertThat(whole).contains("id=\"rect-prefilled\"");
        String form = whole.substring(whole.indexOf("id=\"rect-prefilled\""));
        assertThat(form).contains("自评得分偏低”填入：",
                "<option value=\"LOW_SCORE\" selected=\"selected\">自评得分偏低</option>");
        String goalTableId = find(form, "name=\"goalTableId\" value=\"(\\d+)\"");
        String evaluationId = find(form, "name=\"evaluationId\" value=\"(\\d+)\"");
        assertThat(key).startsWith("low:" + evaluationId + ":");
        String title = html(find(form, "id=\"n-title\" name=\"title\" value=\"([^\"]*)\""));
        String sourceRef = html(find(form, "id=\"n-ref\" name=\"sourceRef\" value=\"([^\"]*)\""));
        String project = html(find(form, "name=\"projectName\" value=\"([^\"]*)\""));
        String description = html(find(form, "id=\"n-description\" name=\"description\" rows=\"2\">([^<]*)</textarea>"));
        assertThat(title).matches("「" + Pattern.quote(project) + "」.+指标得分偏低（[0-9.]+/[0-9.]+）");
        assertThat(title + description).doesNotContain("指标指标");
        assertThat(description).contains("得分率 " + rate + "%", "低于 85%", "失分指标：");

        HttpResponse<String> created = drafter.postForm(PAGE, form("source", "LOW_SCORE", "title", title,
                "description", description, "projectName", project, "sourceRef", sourceRef, "goalTableId", goalTableId,
                "evaluationId", evaluationId, "indicatorName", ""));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(302);
        String path = created.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", "");
        long id = Long.parseLong(path.substring(path.lastIndexOf('/') + 1));
        JsonNode problem = JSON.readTree(drafter.get("/api/v1/rectifications/" + id).body());
        assertThat(problem.get("source").asString()).isEqualTo("LOW_SCORE");
        assertThat(problem.get("evaluationId").longValue()).isEqualTo(Long.parseLong(evaluationId));
        assertThat(problem.get("goalTableId").longValue()).isEqualTo(Long.parseLong(goalTableId));

        String after = drafter.get(PAGE).body();
        assertThat(row(after, "data-problem=\"" + id + "\"")).contains("自评得分偏低", title.substring(0, 5));
        String pick = row(section(after, "rect-low-scores"), "data-candidate=\"" + find(section,
                "data-candidate=\"(low:[^\"]*)\"") + "\"");
        assertThat(pick).contains("已登记", "/rectifications/" + id).doesNotContain("jx-from-low-score");
        assertThat(drafter.get(PAGE + "?source=LOW_SCORE").body()).contains("data-problem=\"" + id + "\"");
    }

    @Test
    void theDepartmentEvaluationsGroupsAreOfferedLinkedToTheDepartmentTable() {
        WebSession drafter = WebSession.login(port, "tianbao");
        String section = section(drafter.get(PAGE).body(), "rect-low-scores");
        String key = find(section, "data-candidate=\"(low:department:[^\"]*)\"");
        String row = row(section, "data-candidate=\"" + key + "\"");
        assertThat(row).contains("部门整体支出绩效自评", "「部门整体」", "得分偏低", "jx-from-low-score");
        String whole = drafter.get(html(find(row, "href=\"([^\"]*candidate=[^\"]*)\""))).body();
        assertThat(whole).contains("id=\"rect-prefilled\"");
        String form = whole.substring(whole.indexOf("id=\"rect-prefilled\""));
        assertThat(form).contains("<option value=\"LOW_SCORE\" selected=\"selected\">自评得分偏低</option>",
                "name=\"evaluationId\" value=\"\"");
        String goalTableId = find(form, "name=\"goalTableId\" value=\"(\\d+)\"");
        JsonNode tables = JSON.readTree(drafter.get("/api/v1/units/807001/years/2024/goal-tables").body());
        boolean department = false;
        for (JsonNode t : tables) {
            if ("DEPARTMENT".equals(t.get("kind").asString()) && t.get("id").longValue() == Long.parseLong(goalTableId)) {
                department = true;
            }
        }
        assertThat(department).as("linked to the department table " + goalTableId + " in " + tables).isTrue();
    }

    private static String row(String page, String marker) {
        int at = page.indexOf(marker);
        assertThat(at).as(marker).isNotNegative();
        return page.substring(page.lastIndexOf("<tr", at), page.indexOf("</tr>", at));
    }

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
}
