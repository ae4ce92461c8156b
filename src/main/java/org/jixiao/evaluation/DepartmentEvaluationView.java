package org.jixiao.evaluation;

import java.util.List;

import org.jixiao.evaluation.domain.DepartmentInput;
import org.jixiao.scoring.domain.DepartmentScore;
import org.jixiao.scoring.domain.DepartmentTemplateCatalog;
import org.jixiao.scoring.domain.ScoringViolation;
import org.jixiao.shared.FiscalYear;

/**
 * A 部门整体支出绩效自评 as read (or as typed, for a preview): the template version, the input as typed, the engine's
 * score of every node with its explanation, total and grade, and every problem (the input's and the engine's).
 *
 * @param id null when scored without being stored
 */
public record DepartmentEvaluationView(Long id, long version, String unitCode, String unitName, FiscalYear year,
                                       DepartmentTemplateCatalog.Entry template, String policyName,
                                       DepartmentInput input, DepartmentScore score,
                                       List<ScoringViolation> violations) {

    public DepartmentEvaluationView {
        violations = List.copyOf(violations);
    }

    /** The problems that refuse a save (a value that cannot be read or lies outside its range). */
    public List<ScoringViolation> blocking() {
        return violations.stream().filter(v -> v.kind() == ScoringViolation.Kind.REFUSED).toList();
    }
}
