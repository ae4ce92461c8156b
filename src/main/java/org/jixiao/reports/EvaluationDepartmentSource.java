package org.jixiao.reports;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.jixiao.evaluation.DepartmentEvaluationQueries;
import org.jixiao.orgs.OrgScope;
import org.jixiao.reports.domain.DepartmentScoreSheet;
import org.jixiao.scoring.domain.DepartmentScore;
import org.jixiao.scoring.domain.Grade;
import org.jixiao.shared.FiscalYear;
import org.springframework.stereotype.Component;

/**
 * The department self-evaluation (部门整体支出绩效自评) of module {@code evaluation} as the report needs it: every leaf
 * of the scored template with its 一级/二级 names, 分值, score and the engine's explanation as 评分依据. A
 * self-evaluation not yet fully scored (an input missing) is not shown as a total: the report then says so.
 */
@Component
class EvaluationDepartmentSource implements DepartmentEvaluationSource {

    private final DepartmentEvaluationQueries departments;

    EvaluationDepartmentSource(DepartmentEvaluationQueries departments) {
        this.departments = departments;
    }

    @Override
    public Optional<DepartmentScoreSheet> find(String unitCode, FiscalYear year, OrgScope scope) {
        return departments.find(unitCode, year, scope).flatMap(view -> sheet(view.score()));
    }

    static Optional<DepartmentScoreSheet> sheet(DepartmentScore score) {
        if (score.total().isEmpty()) {
            return Optional.empty();
        }
        List<DepartmentScoreSheet.Line> lines = new ArrayList<>();
        for (DepartmentScore.Node root : score.roots()) {
            walk(root, List.of(root.name()), lines);
        }
        return Optional.of(new DepartmentScoreSheet(score.total().get(),
                score.grade().map(Grade::label).orElse(null), lines));
    }

    private static void walk(DepartmentScore.Node node, List<String> path, List<DepartmentScoreSheet.Line> lines) {
        if (node.children().isEmpty()) {
            String level1 = path.get(0);
            String level2 = path.size() > 2 ? path.get(1) : "";
            lines.add(new DepartmentScoreSheet.Line(level1, level2, node.name(), node.weight(),
                    node.score().orElse(null), basis(node)));
            return;
        }
        for (DepartmentScore.Node child : node.children()) {
            List<String> next = new ArrayList<>(path);
            next.add(child.name());
            walk(child, next, lines);
        }
    }

    /** The explanation without its first line (which repeats name and score), on one line. */
    private static String basis(DepartmentScore.Node node) {
        String[] lines = node.explanation().render().split("\n");
        return String.join("；", java.util.Arrays.asList(lines).subList(Math.min(1, lines.length), lines.length));
    }
}
