package org.jixiao.evaluation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.jixiao.evaluation.domain.DepartmentInput;
import org.jixiao.orgs.OrgQueries;
import org.jixiao.orgs.OrgScope;
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
 * Demo data: the 2024 部门整体支出绩效自评 of 广州市番禺区消防救援大队 (seed 002's inputs, 93.94 优) and of 807001
 * (plausible judgements under the national template). Loaded once the application is ready, through the same
 * reading, scoring and save as user input, for each unit that exists and has none for the year yet.
 */
@Component
@ConditionalOnProperty(name = "jixiao.demo.enabled", havingValue = "true")
class DepartmentEvaluationDemoData {

    static final String RESOURCE = "demo/department-evaluations-2024.json";

    private static final Logger log = LoggerFactory.getLogger(DepartmentEvaluationDemoData.class);

    private final OrgQueries orgs;
    private final DepartmentEvaluations evaluations;
    private final DepartmentEvaluationManagement management;

    DepartmentEvaluationDemoData(OrgQueries orgs, DepartmentEvaluations evaluations,
                                 DepartmentEvaluationManagement management) {
        this.orgs = orgs;
        this.evaluations = evaluations;
        this.management = management;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Transactional
    public void load() {
        OrgScope all = OrgScope.unrestricted();
        int loaded = 0;
        for (JsonNode document : read()) {
            String unit = document.get("unitCode").asString();
            FiscalYear year = FiscalYear.of(document.get("fiscalYear").intValue());
            if (orgs.find(unit).isEmpty() || evaluations.find(unit, year).isPresent()) {
                continue;
            }
            DepartmentInputJsonReader reader = new DepartmentInputJsonReader();
            DepartmentInput input = reader.read(document);
            if (!reader.violations().isEmpty()) {
                throw new ValidationException(reader.violations());
            }
            long id = management.start(unit, year, document.get("templateId").asString(), all);
            management.save(id, input.withVersion(0L), all);
            loaded++;
        }
        if (loaded > 0) {
            log.info("演示数据已载入：2024 年度部门整体支出绩效自评 {} 张", loaded);
        }
    }

    private static JsonNode read() {
        try (InputStream in = new ClassPathResource(RESOURCE).getInputStream()) {
            return JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
