package org.jixiao.goals.web;

import java.util.ArrayList;
import java.util.List;

import org.jixiao.goals.domain.Indicator;
import org.jixiao.indicators.domain.Deadline;
import org.jixiao.indicators.domain.Qualitative;
import org.jixiao.indicators.domain.Quantitative;
import org.springframework.stereotype.Component;

/**
 * What Jixiao tells a person about a stored row without refusing it: a category label it does not recognise
 * (kept as written), a value it could not read as a number, deadline or standard text.
 */
@Component
class IndicatorNotices {

    /** The row's notices, each with the field it belongs to ({@code indicators[2].level1}). */
    List<GoalTableDocument.Notice> of(Indicator row, int index) {
        String path = "indicators[" + index + "]";
        List<GoalTableDocument.Notice> notices = new ArrayList<>();
        if (!row.level1().known()) {
            notices.add(new GoalTableDocument.Notice(path + ".level1", row.level1().original().isEmpty()
                    ? "未填写一级指标" : "未识别的一级指标“" + row.level1().original() + "”，已按原文保存"));
        }
        if (!row.level2().known()) {
            notices.add(new GoalTableDocument.Notice(path + ".level2", row.level2().original().isEmpty()
                    ? "未填写二级指标" : "未识别的二级指标“" + row.level2().original() + "”，已按原文保存"));
        }
        if (row.value() instanceof Qualitative q && q.unparsed()) {
            notices.add(new GoalTableDocument.Notice(path + ".value", "指标值未能解析为数值、时限或定性标准，请确认"));
        }
        return notices;
    }

    List<GoalTableDocument.Notice> of(List<Indicator> rows) {
        List<GoalTableDocument.Notice> result = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            result.addAll(of(rows.get(i), i));
        }
        return result;
    }

    /** 定量 / 时限 / 定性, as shown beside a value. */
    String valueKind(Indicator row) {
        if (row.value() instanceof Quantitative) {
            return "定量";
        }
        if (row.value() instanceof Deadline) {
            return "时限";
        }
        return "定性";
    }
}
