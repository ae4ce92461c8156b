package org.jixiao.checks.web;

import java.util.ArrayList;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jixiao.checks.CheckQueries;
import org.jixiao.checks.TableCheck;
import org.jixiao.checks.domain.Finding;
import org.jixiao.goals.GoalTableJsonReader;
import org.jixiao.goals.domain.GoalTableId;
import org.jixiao.goals.domain.GoalTableInput;
import org.jixiao.goals.domain.GoalTableInputParser;
import org.jixiao.goals.domain.Indicator;
import org.jixiao.orgs.OrgScope;
import org.jixiao.platform.ApiController;
import org.jixiao.shared.NotFoundException;
import org.jixiao.shared.ValidationException;
import org.jixiao.shared.Violation;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import tools.jackson.databind.JsonNode;

/** REST API of the goal checks. Nothing here saves anything. */
@ApiController("/api/v1")
@Tag(name = "智能审核", description = "绩效目标表质量检查")
class CheckApiController {

    private final CheckQueries checks;
    private final GoalTableInputParser parser;

    CheckApiController(CheckQueries checks, GoalTableInputParser parser) {
        this.checks = checks;
        this.parser = parser;
    }

    @PostMapping("/checks")
    @Operation(summary = "检查一张目标表（不保存）",
            description = "提交目标表 JSON（字段同 /api/v1/goal-tables），返回审核发现；无法读取的输入返回 400")
    FindingDocument.Findings check(@io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
            schema = @Schema(ref = "#/components/schemas/GoalTable"))) @RequestBody JsonNode body, OrgScope scope) {
        GoalTableJsonReader reader = new GoalTableJsonReader();
        GoalTableInput input = reader.read(body);
        if (!reader.violations().isEmpty()) {
            List<Violation> all = new ArrayList<>(reader.violations());
            try {
                parser.parse(input);
            } catch (ValidationException e) {
                all.addAll(e.violations());
            }
            throw new ValidationException(all);
        }
        List<Indicator> rows = parser.parse(input).content().indicators();
        List<Finding> findings = checks.preview(input, null, scope);
        return new FindingDocument.Findings(checks.configVersion(),
                findings.stream().map(f -> FindingDocument.of(f, rows)).toList());
    }

    @GetMapping("/goal-tables/{id}/findings")
    @Operation(summary = "已保存目标表的审核发现", description = "已复核保留的发现不在其中")
    FindingDocument.Findings findings(@PathVariable long id, OrgScope scope) {
        if (id <= 0) {
            throw new NotFoundException("目标表 " + id + " 不存在");
        }
        TableCheck check = checks.check(new GoalTableId(id), scope);
        List<Indicator> rows = check.table().content().indicators();
        return new FindingDocument.Findings(check.configVersion(),
                check.findings().stream().map(f -> FindingDocument.of(f, rows)).toList());
    }
}
