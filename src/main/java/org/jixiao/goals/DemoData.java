package org.jixiao.goals;

import java.io.IOException;
import java.io.InputStream;

import org.jixiao.goals.domain.GoalTableInput;
import org.jixiao.orgs.OrgManagement;
import org.jixiao.orgs.OrgScope;
import org.jixiao.orgs.domain.OrgCode;
import org.jixiao.orgs.domain.OrgKind;
import org.jixiao.orgs.domain.Organization;
import org.jixiao.orgs.domain.RegionCode;
import org.jixiao.shared.ValidationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Demo data: the 2024 goal tables of 巨鹿县消防救援大队本级 (807001), transcribed cell by cell from seed 001,
 * loaded once into a database that does not hold them yet. The region's finance bureau and the unit's
 * 主管部门 are created around it. Runs through the same validation as every user input.
 */
@Component
@ConditionalOnProperty(name = "jixiao.demo.enabled", havingValue = "true")
class DemoData implements ApplicationRunner {

    static final String RESOURCE = "demo/goal-tables-807001-2024.json";
    static final String UNIT_CODE = "807001";
    static final int YEAR = 2024;

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final OrgManagement orgs;
    private final GoalTableQueries queries;
    private final GoalTableManagement management;

    DemoData(OrgManagement orgs, GoalTableQueries queries, GoalTableManagement management) {
        this.orgs = orgs;
        this.queries = queries;
        this.management = management;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) throws IOException {
        RegionCode region = new RegionCode("130529");
        orgs.ensureRegion(region, "河北省邢台市巨鹿县");
        OrgCode bureau = new OrgCode("CZ130529");
        OrgCode department = new OrgCode("807");
        orgs.ensureOrganization(new Organization(bureau, "巨鹿县财政局", OrgKind.FINANCE_BUREAU, region, null));
        orgs.ensureOrganization(new Organization(department, "巨鹿县消防救援大队", OrgKind.DEPARTMENT, region, bureau));
        orgs.ensureOrganization(new Organization(new OrgCode(UNIT_CODE), "巨鹿县消防救援大队本级", OrgKind.BUDGET_UNIT,
                region, department));
        if (queries.years(UNIT_CODE, OrgScope.unrestricted()).contains(YEAR)) {
            return;
        }
        JsonNode tables;
        try (InputStream in = new ClassPathResource(RESOURCE).getInputStream()) {
            tables = JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build().readTree(in);
        }
        for (JsonNode table : tables) {
            GoalTableJsonReader reader = new GoalTableJsonReader();
            GoalTableInput input = reader.read(table);
            if (!reader.violations().isEmpty()) {
                throw new ValidationException(reader.violations());
            }
            management.create(input, OrgScope.unrestricted());
        }
        log.info("演示数据已载入：{} {} 年度目标表 {} 张", UNIT_CODE, YEAR, tables.size());
    }
}
