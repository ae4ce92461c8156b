package org.jixiao.rectification;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.jixiao.orgs.DemoAccounts;
import org.jixiao.orgs.OrgScope;
import org.jixiao.orgs.UserQueries;
import org.jixiao.orgs.domain.Actor;
import org.jixiao.orgs.domain.DataScope;
import org.jixiao.orgs.domain.Role;
import org.jixiao.rectification.domain.ProblemId;
import org.jixiao.rectification.domain.ProblemSource;
import org.jixiao.shared.FiscalYear;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Demo data: the six problems of seed 000 (武山县消防救援大队 2024 整改报告) as 807001's 2024 rectification list, from
 * the finance bureau's review opinion, owned by the unit's 填报人, with the report's measures. Deadlines are relative
 * to the day of loading (the application's {@link Clock}): two are closed with evidence and verified by the 业务初审
 * demo user, one is overdue, two are in progress and one is still open. Written through
 * {@link RectificationManagement}, so the history shows every step. Only while the unit has no 2024 problem.
 */
@Component
@ConditionalOnProperty(name = "jixiao.demo.enabled", havingValue = "true")
class RectificationDemoData {

    static final String RESOURCE = "demo/rectifications-807001-2024.json";
    static final FiscalYear YEAR = FiscalYear.of(2024);

    private static final Logger log = LoggerFactory.getLogger(RectificationDemoData.class);

    private final RectificationQueries queries;
    private final RectificationManagement management;
    private final UserQueries users;
    private final Clock clock;

    RectificationDemoData(RectificationQueries queries, RectificationManagement management, UserQueries users,
                          Clock clock) {
        this.queries = queries;
        this.management = management;
        this.users = users;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Transactional
    public void load() {
        OrgScope all = OrgScope.unrestricted();
        if (!queries.list(DemoAccounts.UNIT, YEAR, ProblemFilter.none(), all).isEmpty()) {
            return;
        }
        Optional<Actor> drafter = actor("tianbao", DemoAccounts.UNIT, Role.DRAFTER, DataScope.OWN);
        Optional<Actor> reviewer = actor("yewu", DemoAccounts.DEPARTMENT, Role.BUSINESS_REVIEWER, DataScope.SUBTREE);
        if (drafter.isEmpty() || reviewer.isEmpty()) {
            log.info("演示整改数据未载入：缺少演示用户 tianbao 或 yewu");
            return;
        }
        Actor owner = drafter.get();
        JsonNode doc = read();
        LocalDate today = LocalDate.now(clock);
        int loaded = 0;
        for (JsonNode p : doc.get("problems")) {
            List<String> measures = new ArrayList<>();
            p.get("measures").forEach(m -> measures.add(m.asString()));
            LocalDate deadline = today.plusDays(p.get("deadlineDays").asInt());
            ProblemId id = management.create(new NewProblem(DemoAccounts.UNIT, YEAR.value(), ProblemSource.BUREAU_OPINION,
                    doc.get("sourceRef").asString() + " 问题" + (loaded + 1), null, null, null, null,
                    p.get("title").asString(), p.get("description").asString(), measures, owner.userId(), deadline),
                    owner, all);
            String state = p.get("state").asString();
            if (!state.equals("OPEN")) {
                management.start(id, 0, owner, all);
                management.note(id, "已按整改措施分解任务，落实到各业务股室。", owner, all);
            }
            if (state.equals("CLOSED")) {
                String file = p.get("evidence").asString();
                management.addEvidence(id, file, pdf(file), owner, all);
                management.submit(id, 1, p.get("closingNote").asString(), owner, all);
                management.verify(id, 2, "佐证材料齐全，整改到位，同意销号。", reviewer.get(), all);
            }
            loaded++;
        }
        log.info("演示数据已载入：{} {} 年度整改问题 {} 个", DemoAccounts.UNIT, YEAR.value(), loaded);
    }

    private Optional<Actor> actor(String username, String org, Role role, DataScope scope) {
        return users.membersOf(org, OrgScope.unrestricted()).stream().filter(m -> m.username().equals(username))
                .findFirst()
                .map(m -> new Actor(m.id(), m.username(), m.displayName(), org, Set.of(role), scope));
    }

    /** A small, valid one-page PDF naming the document (ASCII only: it stands for a scanned file). */
    static byte[] pdf(String title) {
        String text = "Jixiao demo evidence " + Integer.toHexString(title.hashCode());
        String stream = "BT /F1 12 Tf 72 720 Td (" + text + ") Tj ET";
        String[] objects = {
                "<< /Type /Catalog /Pages 2 0 R >>",
                "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
                "<< /Length " + stream.length() + " >>\nstream\n" + stream + "\nendstream",
                "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"};
        StringBuilder pdf = new StringBuilder("%PDF-1.4\n");
        List<Integer> offsets = new ArrayList<>();
        for (int i = 0; i < objects.length; i++) {
            offsets.add(pdf.length());
            pdf.append(i + 1).append(" 0 obj\n").append(objects[i]).append("\nendobj\n");
        }
        int xref = pdf.length();
        pdf.append("xref\n0 ").append(objects.length + 1).append("\n0000000000 65535 f \n");
        offsets.forEach(o -> pdf.append(String.format("%010d 00000 n \n", o)));
        pdf.append("trailer\n<< /Size ").append(objects.length + 1).append(" /Root 1 0 R >>\nstartxref\n").append(xref)
                .append("\n%%EOF\n");
        return pdf.toString().getBytes(StandardCharsets.US_ASCII);
    }

    private static JsonNode read() {
        try (InputStream in = new ClassPathResource(RESOURCE).getInputStream()) {
            return JsonMapper.builder().build().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
