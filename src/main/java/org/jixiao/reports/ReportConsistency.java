package org.jixiao.reports;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.jixiao.orgs.OrgScope;
import org.jixiao.orgs.Permissions;
import org.jixiao.orgs.domain.Actor;
import org.jixiao.orgs.domain.Permission;
import org.jixiao.reports.domain.ConsistencyCheck;
import org.jixiao.reports.domain.DepartmentScoreSheet;
import org.jixiao.reports.domain.StatedFigures;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 数据一致性核对 of a report's figures: the figures the unit typed from a hand-written report ({@link StatedFigures})
 * against their own sums and against the data read now (the department self-evaluation when entered, the basics,
 * every project's self-evaluation total). Saves nothing.
 */
@Service
@Transactional(readOnly = true)
public class ReportConsistency {

    private final ReportAssembler assembler;

    ReportConsistency(ReportAssembler assembler) {
        this.assembler = assembler;
    }

    /** The data read and every difference found. */
    public record Result(ReportData data, List<ConsistencyCheck.Difference> differences) {
    }

    public Result check(String unitCode, int year, StatedFigures stated, OrgScope scope, Actor actor) {
        ReportData data = assembler.assemble(unitCode, year, scope);
        Permissions.require(actor, Permission.GOAL_TABLE_READ);
        return new Result(data, ConsistencyCheck.check(stated, dataSide(data)));
    }

    static ConsistencyCheck.Data dataSide(ReportData data) {
        Map<String, BigDecimal> parts = new LinkedHashMap<>();
        Optional<BigDecimal> total = data.departmentEvaluation().map(DepartmentScoreSheet::total);
        data.departmentEvaluation().ifPresent(sheet -> {
            for (DepartmentScoreSheet.Line l : sheet.lines()) {
                BigDecimal score = l.score() == null ? BigDecimal.ZERO : l.score();
                parts.merge(l.level1(), score, BigDecimal::add);
                if (l.level2() != null && !l.level2().isBlank() && !l.level2().equals(l.level1())) {
                    parts.merge(l.level2(), score, BigDecimal::add);
                }
                parts.putIfAbsent(l.name(), score);
            }
        });
        Map<String, BigDecimal> projectTotals = new LinkedHashMap<>();
        for (ReportData.ProjectEntry p : data.projects()) {
            p.total().ifPresent(t -> projectTotals.put(p.name(), t));
        }
        Set<String> names = data.projects().stream().map(ReportData.ProjectEntry::name).collect(Collectors.toSet());
        return new ConsistencyCheck.Data(total, parts, data.basics().executionRatePercent(), data.basics(), projectTotals, names);
    }
}
