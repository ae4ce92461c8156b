package org.jixiao.evaluation;

import java.util.Map;

import org.jixiao.evaluation.domain.DepartmentInput;
import org.jixiao.shared.FiscalYear;

/**
 * A 部门整体支出绩效自评 as stored: the unit and year, the template (id and version) and the inputs as typed.
 *
 * @param id null before it is inserted
 */
record StoredDepartmentEvaluation(Long id, String unitCode, FiscalYear year, String templateId, int templateVersion,
                                  Map<String, Map<String, String>> values, long version) {

    StoredDepartmentEvaluation {
        values = new DepartmentInput(null, values).leaves();
    }

    DepartmentInput input() {
        return new DepartmentInput(version, values);
    }
}
