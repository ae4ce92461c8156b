package org.jixiao.reports;

import java.util.Optional;

import org.jixiao.orgs.OrgScope;
import org.jixiao.reports.domain.DepartmentScoreSheet;
import org.jixiao.shared.FiscalYear;

/**
 * The hook through which the department self-evaluation (部门整体支出绩效自评) enters the report. No bean implements
 * it yet: the report then says 尚未录入部门整体自评 wherever the department's scores belong. When the department
 * self-evaluation exists, one bean (in this module, calling that module's public queries) implements it, and the
 * report, the tables and the consistency check pick it up without further change.
 */
public interface DepartmentEvaluationSource {

    /** The scored department self-evaluation of the unit-year, if entered (and inside the scope). */
    Optional<DepartmentScoreSheet> find(String unitCode, FiscalYear year, OrgScope scope);
}
