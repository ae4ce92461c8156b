package org.jixiao.monitoring;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

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
import tools.jackson.databind.json.JsonMapper;

/**
 * Demo data: a full year 2024 of monthly spending of the nine seed-001 projects of 807001 (most near their
 * 资金支出计划; 新建消防站建设启动资金 lagging into red; 困难地区消防装备购置费 raised from 225 to 250 万元 on 2024-07-15 and
 * yellow). The REST document format, loaded through the same checks as user input once the application is ready
 * (after the goal tables' demo data created the projects), and only while the unit has no 2024 record.
 */
@Component
@ConditionalOnProperty(name = "jixiao.demo.enabled", havingValue = "true")
class MonitoringDemoData {

    static final String RESOURCE = "demo/execution-807001-2024.json";
    static final String UNIT_CODE = "807001";
    static final FiscalYear YEAR = FiscalYear.of(2024);

    private static final Logger log = LoggerFactory.getLogger(MonitoringDemoData.class);

    private final ExecutionRecords records;
    private final ExecutionRecordManagement management;

    MonitoringDemoData(ExecutionRecords records, ExecutionRecordManagement management) {
        this.records = records;
        this.management = management;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Transactional
    public void load() {
        if (records.count(UNIT_CODE, YEAR) > 0) {
            return;
        }
        ExecutionJsonReader reader = new ExecutionJsonReader();
        ExecutionInput input;
        try (InputStream in = new ClassPathResource(RESOURCE).getInputStream()) {
            input = reader.read(JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build()
                    .readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!reader.violations().isEmpty()) {
            throw new ValidationException(reader.violations());
        }
        java.util.List<org.jixiao.shared.Violation> problems = management.check(UNIT_CODE, YEAR, input,
                org.jixiao.orgs.OrgScope.unrestricted());
        if (!problems.isEmpty()) { // the demo projects were changed or removed: no monitoring demo then
            log.warn("运行监控演示数据未载入：{} 处与项目不符", problems.size());
            return;
        }
        ExecutionRecordManagement.Written written = management.write(UNIT_CODE, YEAR, input, ExecutionSource.MANUAL,
                "system");
        log.info("演示数据已载入：{} {} 年度实际支出 {} 笔、预算调整 {} 笔", UNIT_CODE, YEAR.value(), written.records(),
                written.adjustments());
    }
}
