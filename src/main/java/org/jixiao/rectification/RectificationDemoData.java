package org.jixiao.rectification;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
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
import org.jixiao.platform.DemoDocuments;
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
                management.addEvidence(id, file, DemoDocuments.pdf(file), owner, all);
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

    private static JsonNode read() {
        try (InputStream in = new ClassPathResource(RESOURCE).getInputStream()) {
            return JsonMapper.builder().build().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
