package org.jixiao.evaluation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.jixiao.evaluation.domain.EvaluationId;
import org.jixiao.evaluation.domain.SelfEvaluationInput;
import org.jixiao.goals.GoalTableQueries;
import org.jixiao.goals.GoalTableSummary;
import org.jixiao.orgs.OrgScope;
import org.jixiao.orgs.UserQueries;
import org.jixiao.orgs.domain.Actor;
import org.jixiao.orgs.domain.DataScope;
import org.jixiao.orgs.domain.Role;
import org.jixiao.platform.DemoDocuments;
import org.jixiao.shared.FiscalYear;
import org.jixiao.shared.ValidationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Demo data: the 2024 self-evaluations of the nine seed-001 projects of 807001, with plausible actuals (most met,
 * a few partly, reasons for deviation and for low execution where the rules ask for them), all scored, with 佐证材料
 * (evidence: small stand-in PDFs, uploaded by the demo 填报人 through the same checks as a user's upload) on some
 * indicators. Runs once the
 * application is ready — after the goal tables' demo data (an application runner) — through the same validation as
 * user input, and only while the unit has no self-evaluation for 2024.
 */
@Component
@ConditionalOnProperty(name = "jixiao.demo.enabled", havingValue = "true")
class EvaluationDemoData {

    static final String RESOURCE = "demo/self-evaluations-807001-2024.json";
    static final String UNIT_CODE = "807001";
    static final FiscalYear YEAR = FiscalYear.of(2024);

    private static final Logger log = LoggerFactory.getLogger(EvaluationDemoData.class);

    private final GoalTableQueries goals;
    private final EvaluationQueries queries;
    private final EvaluationManagement management;
    private final EvaluationEvidence evidence;
    private final UserQueries users;

    EvaluationDemoData(GoalTableQueries goals, EvaluationQueries queries, EvaluationManagement management,
                       EvaluationEvidence evidence, UserQueries users) {
        this.goals = goals;
        this.queries = queries;
        this.management = management;
        this.evidence = evidence;
        this.users = users;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Transactional
    public void load() {
        OrgScope all = OrgScope.unrestricted();
        if (queries.list(UNIT_CODE, YEAR, all).stream().anyMatch(SelfEvaluationSummary::started)) {
            return;
        }
        List<GoalTableSummary> tables = goals.list(UNIT_CODE, YEAR, all);
        Optional<Actor> drafter = users.membersOf(UNIT_CODE, all).stream().filter(m -> m.username().equals("tianbao"))
                .findFirst().map(m -> new Actor(m.id(), m.username(), m.displayName(), UNIT_CODE, Set.of(Role.DRAFTER),
                        DataScope.OWN));
        int loaded = 0;
        int files = 0;
        for (JsonNode document : read()) {
            String name = document.get("projectName").asString();
            GoalTableSummary table = tables.stream().filter(t -> name.equals(t.projectName())).findFirst().orElse(null);
            if (table == null) {
                continue; // the goal table was changed or removed: nothing to evaluate
            }
            SelfEvaluationJsonReader reader = new SelfEvaluationJsonReader();
            SelfEvaluationInput typed = reader.read(document);
            if (!reader.violations().isEmpty()) {
                throw new ValidationException(reader.violations());
            }
            EvaluationId id = management.start(table.id(), all, false); // the seed's tables stay 草稿
            management.save(id, new SelfEvaluationInput(0L, typed.budgetWan(), typed.executedWan(),
                    typed.executionReason(), typed.rows()), all);
            if (drafter.isPresent() && document.has("evidence")) {
                for (JsonNode file : document.get("evidence")) {
                    String fileName = file.get("file").asString();
                    evidence.upload(id, file.get("indicator").asInt(), fileName, DemoDocuments.pdf(fileName),
                            drafter.get(), all);
                    files++;
                }
            }
            loaded++;
        }
        log.info("演示数据已载入：{} {} 年度项目绩效自评 {} 张，佐证材料 {} 份", UNIT_CODE, YEAR.value(), loaded, files);
    }

    private static JsonNode read() {
        try (InputStream in = new ClassPathResource(RESOURCE).getInputStream()) {
            return JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
