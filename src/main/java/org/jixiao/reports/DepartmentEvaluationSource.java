package org.jixiao.reports;

import java.util.Optional;

import org.jixiao.orgs.OrgScope;
import org.jixiao.reports.domain.DepartmentScoreSheet;
import org.jixiao.shared.FiscalYear;

/**
 * The hook through which the department self-evaluation (部门整体支出绩效自评) enters the report, implemented by
 * {@link EvaluationDepartmentSource}. Without a bean, or without an evaluation for the unit-year, the report says
 * 尚未录入部门整体自评 wherever the department's scores belong.
 */
public interface DepartmentEvaluationSource {

    /** The scored department self-evaluation of the unit-year, if entered (and inside the scope). */
    Optional<DepartmentScoreSheet> find(String unitCode, FiscalYear year, OrgScope scope);
}
