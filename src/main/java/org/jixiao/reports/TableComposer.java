package org.jixiao.reports;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.jixiao.evaluation.domain.AssessmentKind;
import org.jixiao.evaluation.domain.ScoredSelfEvaluation;
import org.jixiao.reports.domain.DepartmentScoreSheet;
import org.jixiao.reports.domain.ReportBlock;
import org.jixiao.reports.domain.ReportBlock.Paragraph;
import org.jixiao.reports.domain.ReportBlock.Style;
import org.jixiao.reports.domain.ReportBlock.Table;

/**
 * The self-evaluation tables as blocks: the 项目支出绩效自评表 of one project (header with 预算执行, the indicator
 * table with 年度指标值, 实际完成值, 分值, 得分, 偏差原因分析及改进措施 and 评分依据, the total and grade), the summary of
 * all projects, and the 部门整体支出绩效自评表 (seed 002) once the department self-evaluation exists — until then a
 * sentence saying it is not entered.
 */
final class TableComposer {

    private TableComposer() {
    }

    static List<ReportBlock> project(ReportData data, ReportData.ProjectEntry p) {
        List<ReportBlock> out = new ArrayList<>();
        out.add(new ReportBlock.Heading(1, "项目支出绩效自评表（" + data.year().value() + "年度）"));
        out.add(new Paragraph("单位：" + data.unit().code() + " " + data.unit().name() + "；数据读取时间 "
                + java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").format(data.dataAsOf().atZone(ReportComposer.CHINA)),
                Style.NOTE));
        if (p.scored().isEmpty()) {
            out.add(new Table("项目信息", List.of("项目", "内容"), List.of(List.of("项目名称", p.name()), List.of("项目编码", p.code())),
                    new int[]{2, 5}, new boolean[2], false));
            out.add(new Paragraph("该项目尚未开始自评。", Style.ABSENT));
            return out;
        }
        ScoredSelfEvaluation s = p.scored().get();
        List<List<String>> info = new ArrayList<>();
        info.add(List.of("项目名称", p.name()));
        info.add(List.of("项目编码", p.code()));
        info.add(List.of("实施单位", data.unit().name()));
        info.add(List.of("全年预算数（万元）", wan(s.budgetWan())));
        info.add(List.of("全年执行数（万元）", wan(s.executedWan())));
        info.add(List.of("预算执行率", s.execution().rate().map(r -> ReportData.percent(r).toPlainString() + "%").orElse("—")));
        info.add(List.of("预算执行率分值／得分", ReportComposer.score(s.execution().weight()) + "／"
                + s.execution().score().map(ReportComposer::score).orElse("未计分")));
        if (s.executionReason() != null && !s.executionReason().isBlank()) {
            info.add(List.of("执行率偏低的原因", s.executionReason()));
        }
        info.add(List.of("总分／等级", s.total().map(ReportComposer::score).orElse("未计分") + "／"
                + s.grade().map(g -> g.label()).orElse("—")));
        out.add(new Table("项目信息", List.of("项目", "内容"), info, new int[]{2, 5}, new boolean[2], false));
        List<List<String>> rows = new ArrayList<>();
        for (ScoredSelfEvaluation.RowResult row : s.rows()) {
            rows.add(List.of(row.indicator().level1().original(), row.indicator().level2().original(), row.indicator().name(),
                    row.target(), row.actual() == null ? "" : row.actual(),
                    row.weight() == null ? "" : ReportComposer.score(row.weight()),
                    row.kind() == AssessmentKind.NOT_APPLICABLE ? "不适用" : row.result().map(ReportComposer::score).orElse("未计分"),
                    row.deviationReason() == null ? "" : row.deviationReason(), ReportComposer.basis(row.explanation())));
        }
        rows.add(List.of("合计", "", "", "", "", "", s.total().map(ReportComposer::score).orElse("未计分"),
                "等级：" + s.grade().map(g -> g.label()).orElse("—"), ReportComposer.basis(s.totalExplanation())));
        out.add(new Table("绩效指标", List.of("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分",
                "偏差原因分析及改进措施", "评分依据"), rows, new int[]{3, 3, 5, 3, 3, 2, 2, 6, 12},
                new boolean[]{false, false, false, false, false, true, true, false, false}, true));
        return out;
    }

    static Table summary(ReportData data) {
        List<List<String>> rows = new ArrayList<>();
        int n = 0;
        for (ReportData.ProjectEntry p : data.projects()) {
            rows.add(List.of(Integer.toString(++n), p.code(), p.name(),
                    p.scored().map(s -> wan(s.budgetWan())).orElse(""), p.scored().map(s -> wan(s.executedWan())).orElse(""),
                    p.executionRate().map(r -> ReportData.percent(r).toPlainString() + "%").orElse("—"),
                    p.total().map(ReportComposer::score).orElse(p.evaluation().isPresent() ? "未填完" : "未自评"),
                    p.scored().flatMap(ScoredSelfEvaluation::grade).map(g -> g.label()).orElse("")));
        }
        rows.add(List.of("", "", "平均分（填写完整的项目）", "", "", "", data.projectAverage().map(ReportComposer::score).orElse("—"), ""));
        return new Table(data.unit().name() + data.year().value() + "年度项目支出绩效自评汇总",
                List.of("序号", "项目编码", "项目名称", "全年预算数（万元）", "全年执行数（万元）", "预算执行率", "总分", "等级"), rows,
                new int[]{2, 8, 10, 4, 4, 4, 3, 2}, new boolean[]{true, false, false, true, true, true, true, false}, true);
    }

    /**
     * The 部门整体支出绩效自评表 (seed 002 layout: 一级/二级/三级, 分值, 得分, 评分依据), or — the hook — a plain
     * sentence while the department self-evaluation is not entered.
     */
    static List<ReportBlock> department(ReportData data) {
        if (data.departmentEvaluation().isEmpty()) {
            return List.of(new Paragraph("尚未录入部门整体自评，部门整体支出绩效自评表暂缺。", Style.ABSENT));
        }
        DepartmentScoreSheet sheet = data.departmentEvaluation().get();
        List<List<String>> rows = new ArrayList<>();
        BigDecimal weights = BigDecimal.ZERO;
        for (DepartmentScoreSheet.Line l : sheet.lines()) {
            rows.add(List.of(l.level1(), l.level2(), l.name(), ReportComposer.score(l.weight()),
                    l.score() == null ? "不适用" : ReportComposer.score(l.score()), l.basis() == null ? "" : l.basis()));
            weights = weights.add(l.weight() == null ? BigDecimal.ZERO : l.weight());
        }
        rows.add(List.of("合计", "", "等级：" + sheet.grade(), ReportComposer.score(weights), ReportComposer.score(sheet.total()), ""));
        return List.of(new Table("部门整体支出绩效自评表（" + data.year().value() + "年度）",
                List.of("一级指标", "二级指标", "三级指标", "分值", "得分", "评分依据、未达标原因、改进措施"), rows,
                new int[]{4, 4, 8, 3, 3, 12}, new boolean[]{false, false, false, true, true, false}, true));
    }

    private static String wan(BigDecimal wan) {
        return wan == null ? "—" : wan.stripTrailingZeros().toPlainString();
    }
}
