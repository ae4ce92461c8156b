package org.jixiao.evaluation.web;

import java.util.ArrayList;
import java.util.List;

import org.jixiao.evaluation.DepartmentEvaluationQueries;
import org.jixiao.evaluation.DepartmentInputJsonReader;
import org.jixiao.evaluation.domain.DepartmentInput;
import org.jixiao.orgs.OrgQueries;
import org.jixiao.orgs.OrgScope;
import org.jixiao.orgs.OrgView;
import org.jixiao.orgs.domain.RegionCode;
import org.jixiao.shared.FiscalYear;
import org.jixiao.shared.NotFoundException;
import org.jixiao.shared.ValidationException;
import org.jixiao.shared.Violation;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * Scores a posted department document without saving anything ({@code POST /api/v1/scoring} with {@code leaves}):
 * {@code templateId} (optional {@code templateVersion}), {@code fiscalYear} and either {@code regionCode} or a
 * {@code unitCode} within the caller's scope (whose 财政区划 is used).
 */
@Component
class DepartmentDocuments {

    private final DepartmentEvaluationQueries queries;
    private final OrgQueries orgs;

    DepartmentDocuments(DepartmentEvaluationQueries queries, OrgQueries orgs) {
        this.queries = queries;
        this.orgs = orgs;
    }

    static boolean isDepartment(JsonNode body) {
        return body != null && body.isObject() && body.has("leaves");
    }

    DepartmentEvaluationDocument score(JsonNode body, OrgScope scope) {
        DepartmentInputJsonReader reader = new DepartmentInputJsonReader();
        DepartmentInput input = reader.read(body);
        List<Violation> problems = new ArrayList<>(reader.violations());
        String templateId = body.path("templateId").isString() ? body.get("templateId").asString() : "";
        if (templateId.isBlank()) {
            problems.add(Violation.of("department.templateId", "templateId"));
        }
        JsonNode versionNode = body.get("templateVersion");
        Integer templateVersion = null;
        if (versionNode != null && !versionNode.isNull()) {
            if (versionNode.isIntegralNumber() && versionNode.canConvertToInt() && versionNode.intValue() > 0) {
                templateVersion = versionNode.intValue();
            } else {
                problems.add(Violation.of("department.templateVersion", "templateVersion"));
            }
        }
        JsonNode yearNode = body.get("fiscalYear");
        if (yearNode == null || !yearNode.isIntegralNumber() || !FiscalYear.isValid(yearNode.intValue())) {
            problems.add(Violation.of("evaluation.fiscalYear", "fiscalYear"));
        }
        String region = null;
        String unit = null;
        if (body.path("unitCode").isString()) {
            unit = body.get("unitCode").asString();
            String code = unit;
            region = orgs.find(unit, scope).map(OrgView::regionCode)
                    .orElseThrow(() -> new NotFoundException("单位 " + code + " 不存在"));
        } else if (body.path("regionCode").isString() && RegionCode.isValid(body.get("regionCode").asString())) {
            region = body.get("regionCode").asString();
        } else {
            problems.add(Violation.of("department.region", "regionCode"));
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        return DepartmentEvaluationDocument.of(queries.score(unit, new RegionCode(region), FiscalYear.of(yearNode.intValue()),
                templateId, templateVersion, input));
    }
}
