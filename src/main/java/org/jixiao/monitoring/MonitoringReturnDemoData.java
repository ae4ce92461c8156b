package org.jixiao.monitoring;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;

import org.jixiao.goals.GoalTableQueries;
import org.jixiao.goals.GoalTableSummary;
import org.jixiao.monitoring.domain.MonitoringReturnId;
import org.jixiao.monitoring.domain.MonitoringReturnInput;
import org.jixiao.orgs.OrgScope;
import org.jixiao.orgs.domain.Actor;
import org.jixiao.orgs.domain.DataScope;
import org.jixiao.orgs.domain.Role;
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
 * Demo data: the 1–7月 双监控 return of 消火栓建设及维护经费 (807001, 2024), filled in as a 草稿 with plausible values:
 * the money behind its 资金支出计划 (red lamp) and one indicator 有可能 (yellow), each with its 偏差原因 and 纠偏措施.
 * Loaded once the application is ready (after the goal tables), through the same reading and validation as user
 * input, and only while the unit has no return for 2024.
 */
@Component
@ConditionalOnProperty(name = "jixiao.demo.enabled", havingValue = "true")
class MonitoringReturnDemoData {

    static final String RESOURCE = "demo/monitoring-returns-807001-2024.json";
    static final String UNIT_CODE = "807001";
    static final FiscalYear YEAR = FiscalYear.of(2024);

    private static final Logger log = LoggerFactory.getLogger(MonitoringReturnDemoData.class);
    private static final Actor SYSTEM = new Actor(0, "system", "演示数据", UNIT_CODE, Set.of(Role.DRAFTER),
            DataScope.OWN);

    private final GoalTableQueries goals;
    private final MonitoringReturns returns;
    private final MonitoringReturnManagement management;

    MonitoringReturnDemoData(GoalTableQueries goals, MonitoringReturns returns, MonitoringReturnManagement management) {
        this.goals = goals;
        this.returns = returns;
        this.management = management;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Transactional
    public void load() {
        OrgScope all = OrgScope.unrestricted();
        if (!returns.headers(UNIT_CODE, YEAR).isEmpty()) {
            return;
        }
        List<GoalTableSummary> tables = goals.list(UNIT_CODE, YEAR, all);
        int loaded = 0;
        for (JsonNode document : read()) {
            String name = document.get("projectName").asString();
            GoalTableSummary table = tables.stream().filter(t -> name.equals(t.projectName())).findFirst().orElse(null);
            if (table == null) {
                continue; // the goal table was changed or removed
            }
            MonitoringReturnJsonReader reader = new MonitoringReturnJsonReader();
            MonitoringReturnInput typed = reader.read(document);
            if (!reader.violations().isEmpty()) {
                throw new ValidationException(reader.violations());
            }
            MonitoringReturnId id = management.create(table.id(), document.get("cutOffMonth").intValue(), SYSTEM, all);
            List<org.jixiao.shared.Violation> open = management.save(id, new MonitoringReturnInput(0L,
                    typed.executedWan(), typed.expectedAnnualWan(), typed.moneyCategory(), typed.moneyReason(),
                    typed.moneyMeasure(), typed.rows()), SYSTEM, all);
            if (!open.isEmpty()) {
                throw new ValidationException(open); // the demo return is complete
            }
            loaded++;
        }
        log.info("演示数据已载入：{} {} 年度双监控表 {} 张", UNIT_CODE, YEAR.value(), loaded);
    }

    private static JsonNode read() {
        try (InputStream in = new ClassPathResource(RESOURCE).getInputStream()) {
            return JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
