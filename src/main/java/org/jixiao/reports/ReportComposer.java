package org.jixiao.reports;

import java.awt.Font;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jixiao.evaluation.domain.AssessmentKind;
import org.jixiao.evaluation.domain.ScoredSelfEvaluation;
import org.jixiao.goals.domain.Indicator;
import org.jixiao.reports.domain.BarChart;
import org.jixiao.reports.domain.BasicsField;
import org.jixiao.reports.domain.DepartmentScoreSheet;
import org.jixiao.reports.domain.MonthPoint;
import org.jixiao.reports.domain.ReportBasics;
import org.jixiao.reports.domain.ReportBlock;
import org.jixiao.reports.domain.ReportBlock.Heading;
import org.jixiao.reports.domain.ReportBlock.Paragraph;
import org.jixiao.reports.domain.ReportBlock.Style;
import org.jixiao.reports.domain.ReportBlock.Table;
import org.jixiao.reports.domain.ReportOutline;
import org.jixiao.scoring.domain.Explanation;
import org.jixiao.shared.Amount;

/**
 * Composes the 部门整体支出绩效自评报告 of one unit-year as {@link ReportBlock}s, section by section in the order of
 * the outline. Every number is taken from {@link ReportData} as read at generation time; what the system does not
 * hold yet is said plainly (尚未录入…) instead of being filled in.
 */
final class ReportComposer {

    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    static final String DRAFT_MARK = "【草稿，请修改】";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final Font chartFont;

    ReportComposer(Font chartFont) {
        this.chartFont = chartFont;
    }

    List<ReportBlock> compose(ReportData data) {
        List<ReportBlock> out = new ArrayList<>();
        cover(out, data);
        for (ReportOutline.Section section : data.outline().sections()) {
            out.add(new Heading(section.level(), section.title()));
            switch (section.content()) {
                case HEADING -> { }
                case UNIT_FACTS -> unitFacts(out, data.basics());
                case BUDGET -> budget(out, data);
                case DEPARTMENT_GOALS -> departmentGoals(out, data);
                case RESULT -> result(out, data);
                case GOALS_VS_COMPLETION -> goalsVsCompletion(out, data);
                case SCORES -> scores(out, data);
                case CHARTS -> charts(out, data);
                case NARRATIVE -> narrative(out, data.narratives().get(section.narrative()));
            }
        }
        return out;
    }

    // ------------------------------------------------------------------ cover

    private static void cover(List<ReportBlock> out, ReportData data) {
        out.add(new Heading(0, data.outline().title()));
        out.add(new Paragraph("评价年度：" + data.year().value() + " 年度", Style.CENTER));
        out.add(new Paragraph("评价单位：" + data.unit().code() + " " + data.unit().name(), Style.CENTER));
        out.add(new Paragraph("生成日期：" + DATE.format(data.dataAsOf().atZone(CHINA)), Style.CENTER));
        out.add(new Paragraph("本报告由绩效 Jixiao 根据系统中的数据生成，数据读取时间 "
                + STAMP.format(data.dataAsOf().atZone(CHINA)) + "（北京时间）；评分政策：" + data.policyName()
                + "；报告提纲：" + data.outline().name() + "。", Style.NOTE));
        long drafts = data.narratives().values().stream().filter(ReportData.Narrative::draft).count();
        if (drafts > 0) {
            out.add(new Paragraph("本报告有 " + drafts + " 个部分仍为系统根据数据生成的草稿（标有" + DRAFT_MARK
                    + "），单位修改保存后将替换为单位撰写的内容。", Style.NOTE));
        }
    }

    // ------------------------------------------------------------------ 基本情况

    private static void unitFacts(List<ReportBlock> out, ReportBasics b) {
        out.add(new Paragraph("1．机构设置。" + b.text(BasicsField.INSTITUTIONS).orElse(absent("机构设置"))
                , b.text(BasicsField.INSTITUTIONS).isPresent() ? Style.BODY : Style.ABSENT));
        Optional<Integer> authorized = b.count(BasicsField.STAFF_AUTHORIZED);
        Optional<Integer> actual = b.count(BasicsField.STAFF_ACTUAL);
        if (authorized.isEmpty() && actual.isEmpty()) {
            out.add(new Paragraph("2．人员情况。" + absent("人员编制和实有人数"), Style.ABSENT));
        } else {
            out.add(new Paragraph("2．人员情况。核定编制 " + authorized.map(String::valueOf).orElse("（尚未录入）")
                    + " 人，实有 " + actual.map(String::valueOf).orElse("（尚未录入）") + " 人。", Style.BODY));
        }
        out.add(new Paragraph("3．主要职能。" + b.text(BasicsField.FUNCTIONS).orElse(absent("主要职能")),
                b.text(BasicsField.FUNCTIONS).isPresent() ? Style.BODY : Style.ABSENT));
    }

    private static String absent(String what) {
        return "尚未录入" + what + "（请在“报告基本信息”中填写）。";
    }

    private static void budget(List<ReportBlock> out, ReportData data) {
        ReportBasics b = data.basics();
        boolean anyMoney = b.values().keySet().stream().anyMatch(f -> f.kind() == BasicsField.Kind.MONEY);
        if (!anyMoney) {
            out.add(new Paragraph(absent("预算及决算数据"), Style.ABSENT));
        } else {
            List<List<String>> rows = new ArrayList<>();
            for (BasicsField f : BasicsField.values()) {
                if (f.kind() == BasicsField.Kind.MONEY) {
                    rows.add(List.of(f.shortLabel(), b.money(f).map(a -> money(a.yuan())).orElse("尚未录入")));
                }
            }
            rows.add(List.of("预算调整率（%）", b.adjustmentRatePercent().map(BigDecimal::toPlainString).orElse("无法计算（缺年初或调整后预算数）")));
            rows.add(List.of("预算执行率（%）＝支出合计÷调整后预算数", b.executionRatePercent().map(BigDecimal::toPlainString).orElse("无法计算（缺支出合计或调整后预算数）")));
            rows.add(List.of("“三公”经费执行率（%）", b.threePublicRatePercent().map(BigDecimal::toPlainString).orElse("无法计算")));
            out.add(new Table("预算及决算情况（单位：元）", List.of("项目", "金额或比率"), rows, new int[]{5, 4},
                    new boolean[]{false, true}, false));
            Optional<Amount> basic = b.money(BasicsField.BASIC_EXPENSE);
            Optional<Amount> project = b.money(BasicsField.PROJECT_EXPENSE);
            Optional<Amount> total = b.money(BasicsField.EXPENSE_TOTAL);
            if (basic.isPresent() && project.isPresent() && total.isPresent()
                    && basic.get().plus(project.get()).compareTo(total.get()) != 0) {
                out.add(new Paragraph("注意：基本支出与项目支出之和 " + money(basic.get().plus(project.get()).yuan())
                        + " 元，与支出合计 " + money(total.get().yuan()) + " 元不符。", Style.ABSENT));
            }
        }
        BigDecimal projectBudgets = data.projects().stream()
                .map(p -> p.table().project() == null ? null : p.table().project().content().funding().budget())
                .filter(java.util.Objects::nonNull).map(Amount::yuan).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (!data.projects().isEmpty()) {
            out.add(new Paragraph("本年度项目绩效目标表共 " + data.projects().size() + " 个项目，预算数合计 "
                    + money(projectBudgets) + " 元（" + wan(projectBudgets) + " 万元）。", Style.BODY));
        }
    }

    private static void departmentGoals(List<ReportBlock> out, ReportData data) {
        if (data.department() == null) {
            out.add(new Paragraph("尚未录入部门整体绩效目标表。", Style.ABSENT));
            return;
        }
        List<String> goals = data.department().content().goals();
        for (int i = 0; i < goals.size(); i++) {
            out.add(new Paragraph((i + 1) + "．" + goals.get(i), Style.BODY));
        }
        List<Indicator> indicators = data.department().content().indicators();
        if (!indicators.isEmpty()) {
            List<List<String>> rows = new ArrayList<>();
            for (Indicator i : indicators) {
                rows.add(List.of(i.level1().original(), i.level2().original(), i.name(), i.value().format()));
            }
            out.add(new Table("部门整体绩效指标", List.of("一级指标", "二级指标", "三级指标", "指标值"), rows,
                    new int[]{2, 2, 4, 3}, new boolean[4], false));
        }
    }

    // ------------------------------------------------------------------ 自评结果

    private static void result(List<ReportBlock> out, ReportData data) {
        if (data.departmentEvaluation().isPresent()) {
            DepartmentScoreSheet sheet = data.departmentEvaluation().get();
            out.add(new Paragraph("部门整体支出绩效自评总分 " + score(sheet.total()) + " 分，自评等级为"
                    + sheet.grade() + "。", Style.BODY));
        } else {
            out.add(new Paragraph("尚未录入部门整体自评，部门整体支出绩效自评总分和等级暂缺。", Style.ABSENT));
        }
        long complete = data.projects().stream().filter(p -> p.total().isPresent()).count();
        StringBuilder text = new StringBuilder("项目支出绩效自评：共 " + data.projects().size() + " 个项目，填写完整 "
                + complete + " 个");
        data.projectAverage().ifPresent(avg -> text.append("，平均得分 ").append(score(avg)).append(" 分"));
        text.append("。");
        out.add(new Paragraph(text.toString(), Style.BODY));
        if (data.projects().isEmpty()) {
            return;
        }
        List<List<String>> rows = new ArrayList<>();
        int n = 0;
        for (ReportData.ProjectEntry p : data.projects()) {
            rows.add(List.of(Integer.toString(++n), p.code(), p.name(),
                    p.executionRate().map(r -> ReportData.percent(r).toPlainString() + "%").orElse("—"),
                    p.total().map(ReportComposer::score).orElse(p.evaluation().isPresent() ? "未填完" : "未自评"),
                    p.scored().flatMap(ScoredSelfEvaluation::grade).map(g -> g.label()).orElse("")));
        }
        out.add(new Table("项目支出绩效自评结果", List.of("序号", "项目编码", "项目名称", "预算执行率", "总分", "等级"), rows,
                new int[]{2, 8, 10, 4, 3, 2}, new boolean[]{true, false, false, true, true, false}, false));
    }

    private static void goalsVsCompletion(List<ReportBlock> out, ReportData data) {
        if (data.department() != null && !data.department().content().indicators().isEmpty()
                && data.departmentEvaluation().isEmpty()) {
            out.add(new Paragraph("部门整体绩效目标的完成情况：尚未录入部门整体自评。", Style.ABSENT));
        }
        if (data.departmentEvaluation().isPresent()) {
            List<List<String>> rows = new ArrayList<>();
            for (DepartmentScoreSheet.Line l : data.departmentEvaluation().get().lines()) {
                rows.add(List.of(l.name(), nullToDash(l.basis())));
            }
            out.add(new Table("部门整体绩效目标完成情况", List.of("绩效指标", "完成情况"), rows, new int[]{2, 5},
                    new boolean[2], false));
        }
        for (ReportData.ProjectEntry p : data.projects()) {
            if (p.scored().isEmpty()) {
                out.add(new Paragraph("“" + p.name() + "”：尚未开始自评，完成情况暂缺。", Style.ABSENT));
                continue;
            }
            List<List<String>> rows = new ArrayList<>();
            for (ScoredSelfEvaluation.RowResult row : p.scored().get().rows()) {
                rows.add(List.of(row.indicator().name(), row.target(), nullToDash(row.actual()), completion(row)));
            }
            out.add(new Table(p.name(), List.of("三级指标", "指标值（目标）", "实际完成值", "完成情况"), rows,
                    new int[]{4, 3, 3, 2}, new boolean[4], false));
        }
    }

    private static String completion(ScoredSelfEvaluation.RowResult row) {
        if (row.kind() == AssessmentKind.NOT_APPLICABLE) {
            return "不适用";
        }
        if (row.result().isEmpty() || row.weight() == null) {
            return "未填写";
        }
        return row.result().get().compareTo(row.weight()) >= 0 ? "达成" : "未完全达成";
    }

    // ------------------------------------------------------------------ 得分

    private static void scores(List<ReportBlock> out, ReportData data) {
        if (data.departmentEvaluation().isPresent()) {
            DepartmentScoreSheet sheet = data.departmentEvaluation().get();
            List<List<String>> rows = new ArrayList<>();
            BigDecimal weights = BigDecimal.ZERO;
            for (DepartmentScoreSheet.Line l : sheet.lines()) {
                rows.add(List.of(l.level1(), l.level2(), l.name(), score(l.weight()),
                        l.score() == null ? "不适用" : score(l.score()), nullToDash(l.basis())));
                weights = weights.add(l.weight() == null ? BigDecimal.ZERO : l.weight());
            }
            rows.add(List.of("合计", "", "等级：" + sheet.grade(), score(weights), score(sheet.total()), ""));
            out.add(new Table("部门整体支出绩效自评表", List.of("一级指标", "二级指标", "三级指标", "分值", "得分", "评分依据"),
                    rows, new int[]{4, 4, 6, 3, 3, 10}, new boolean[]{false, false, false, true, true, false}, true));
        } else {
            out.add(new Paragraph("尚未录入部门整体自评，部门整体支出绩效自评表暂缺；以下列出各项目支出绩效自评的每个指标得分及评分依据。",
                    Style.ABSENT));
        }
        int n = 0;
        for (ReportData.ProjectEntry p : data.projects()) {
            n++;
            if (p.scored().isEmpty()) {
                continue;
            }
            ScoredSelfEvaluation s = p.scored().get();
            List<List<String>> rows = new ArrayList<>();
            ScoredSelfEvaluation.ExecutionResult e = s.execution();
            rows.add(List.of("预算执行率", "", "预算执行率", score(e.weight()), e.score().map(ReportComposer::score).orElse("未计分"),
                    basis(e.explanation())));
            for (ScoredSelfEvaluation.RowResult row : s.rows()) {
                rows.add(List.of(row.indicator().level1().original(), row.indicator().level2().original(),
                        row.indicator().name(), row.weight() == null ? "" : score(row.weight()),
                        row.kind() == AssessmentKind.NOT_APPLICABLE ? "不适用" : row.result().map(ReportComposer::score).orElse("未计分"),
                        basis(row.explanation())));
            }
            rows.add(List.of("合计", "", "等级：" + s.grade().map(g -> g.label()).orElse("—"), "100",
                    s.total().map(ReportComposer::score).orElse("未计分"), basis(s.totalExplanation())));
            out.add(new Table(n + "．" + p.name() + "（项目支出绩效自评，总分 " + s.total().map(ReportComposer::score).orElse("—") + " 分）",
                    List.of("一级指标", "二级指标", "三级指标", "分值", "得分", "评分依据"), rows,
                    new int[]{4, 4, 6, 3, 3, 12}, new boolean[]{false, false, false, true, true, false}, true));
        }
    }

    /** The explanation without its first line (the subject and score, already in the row): inputs, formula, steps. */
    static String basis(Explanation explanation) {
        if (explanation == null) {
            return "";
        }
        String text = explanation.render();
        int nl = text.indexOf('\n');
        return nl < 0 ? text : text.substring(nl + 1);
    }

    // ------------------------------------------------------------------ 图

    private void charts(List<ReportBlock> out, ReportData data) {
        if (data.monthly().isEmpty()) {
            out.add(new Paragraph("尚未录入月度预算执行数据（预算执行监控），按月执行进度图从略。", Style.ABSENT));
        } else {
            List<BarChart.Bar> bars = new ArrayList<>();
            for (MonthPoint m : data.monthly()) {
                BigDecimal rate = m.ratePercent().setScale(2, RoundingMode.HALF_UP);
                bars.add(new BarChart.Bar(m.month() + "月", rate, rate.toPlainString() + "%"));
            }
            chart(out, "按月累计预算执行率（%）", bars, HUNDRED, null);
        }
        List<BarChart.Bar> execution = new ArrayList<>();
        for (ReportData.ProjectEntry p : data.projects()) {
            p.executionRate().ifPresent(r -> execution.add(new BarChart.Bar(p.name(), ReportData.percent(r),
                    ReportData.percent(r).toPlainString() + "%")));
        }
        if (!execution.isEmpty()) {
            chart(out, "各项目预算执行率（%，来自项目自评）", execution, HUNDRED.max(execution.stream().map(BarChart.Bar::value)
                    .max(BigDecimal::compareTo).orElse(HUNDRED)), data.executionThreshold() == null ? null : ReportData.percent(data.executionThreshold()));
        }
        Map<String, BigDecimal[]> byLevel1 = new LinkedHashMap<>();
        String source;
        if (data.departmentEvaluation().isPresent()) {
            source = "部门整体自评";
            for (DepartmentScoreSheet.Line l : data.departmentEvaluation().get().lines()) {
                if (l.score() != null && l.weight() != null) {
                    add(byLevel1, l.level1(), l.weight(), l.score());
                }
            }
        } else {
            source = "各项目自评汇总";
            for (ReportData.ProjectEntry p : data.projects()) {
                if (p.scored().isEmpty()) {
                    continue;
                }
                ScoredSelfEvaluation s = p.scored().get();
                s.execution().score().ifPresent(sc -> add(byLevel1, "预算执行率", s.execution().weight(), sc));
                for (ScoredSelfEvaluation.RowResult row : s.rows()) {
                    if (row.result().isPresent() && row.weight() != null) {
                        add(byLevel1, row.indicator().level1().original(), row.weight(), row.result().get());
                    }
                }
            }
        }
        if (byLevel1.isEmpty()) {
            out.add(new Paragraph("尚无已计分的指标，得分图从略。", Style.ABSENT));
            return;
        }
        List<BarChart.Bar> bars = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        for (Map.Entry<String, BigDecimal[]> e : byLevel1.entrySet()) {
            BigDecimal weight = e.getValue()[0];
            BigDecimal got = e.getValue()[1];
            BigDecimal rate = weight.signum() == 0 ? BigDecimal.ZERO : got.multiply(HUNDRED).divide(weight, 2, RoundingMode.HALF_UP);
            bars.add(new BarChart.Bar(e.getKey(), rate, rate.toPlainString() + "%"));
            rows.add(List.of(e.getKey(), score(weight), score(got), rate.toPlainString() + "%"));
        }
        chart(out, "各一级指标得分率（%，" + source + "）", bars, HUNDRED, null);
        out.add(new Table("各一级指标得分（" + source + "）", List.of("一级指标", "分值合计", "得分合计", "得分率"), rows,
                new int[]{3, 2, 2, 2}, new boolean[]{false, true, true, true}, false));
    }

    private static void add(Map<String, BigDecimal[]> sums, String key, BigDecimal weight, BigDecimal score) {
        BigDecimal[] s = sums.computeIfAbsent(key.isBlank() ? "（未分类）" : key, k -> new BigDecimal[]{BigDecimal.ZERO, BigDecimal.ZERO});
        s[0] = s[0].add(weight);
        s[1] = s[1].add(score);
    }

    private void chart(List<ReportBlock> out, String title, List<BarChart.Bar> bars, BigDecimal max, BigDecimal threshold) {
        BarChart.Rendered image = BarChart.draw(title, bars, max, threshold, chartFont);
        out.add(new ReportBlock.Chart(title, image.png(), image.width(), image.height()));
    }

    // ------------------------------------------------------------------ 叙述

    private static void narrative(List<ReportBlock> out, ReportData.Narrative narrative) {
        if (narrative == null) {
            return;
        }
        List<String> lines = narrative.text().lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        if (narrative.draft()) {
            out.add(new Paragraph(DRAFT_MARK + "以下内容由系统根据数据生成，单位修改保存后替换。", Style.DRAFT));
        }
        for (String line : lines) {
            out.add(new Paragraph(line, narrative.draft() ? Style.DRAFT : Style.BODY));
        }
    }

    // ------------------------------------------------------------------ numbers

    /** A score with two decimals, as the engine gives it (93.80). */
    static String score(BigDecimal value) {
        return value == null ? "" : value.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    static String money(BigDecimal yuan) {
        return String.format(java.util.Locale.ROOT, "%,.2f", yuan);
    }

    static String wan(BigDecimal yuan) {
        return yuan.divide(BigDecimal.valueOf(10_000)).stripTrailingZeros().toPlainString();
    }

    private static String nullToDash(String text) {
        return text == null || text.isBlank() ? "—" : text;
    }
}
