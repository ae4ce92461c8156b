package org.jixiao.reports;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.jixiao.evaluation.domain.AssessmentKind;
import org.jixiao.evaluation.domain.ScoredSelfEvaluation;
import org.jixiao.shared.Amount;

/**
 * First drafts of the narrative sections, built only from the data: every indicator scored below its weight with
 * the reason given in the self-evaluation, every project whose 预算执行率 is below the policy's threshold with its
 * reason, counts and averages. Nothing is invented: where the data says nothing, the draft says that the unit is to
 * write this part. The report marks a draft as 草稿，请修改 until the unit saves its own text.
 */
final class NarrativeDrafts {

    static final String NOTHING = "（数据中没有可据以生成本部分的内容，请单位填写。）";

    private NarrativeDrafts() {
    }

    static String draft(String key, ReportData data) {
        return switch (key) {
            case "work" -> work(data);
            case "process" -> process(data);
            case "practices" -> practices(data);
            case "problems" -> problems(data);
            case "measures" -> measures(data);
            default -> NOTHING;
        };
    }

    /** An indicator scored below its weight, or a project executed below the threshold. */
    record Shortfall(String project, String subject, String facts, String reason) {
    }

    static List<Shortfall> shortfalls(ReportData data) {
        List<Shortfall> result = new ArrayList<>();
        for (ReportData.ProjectEntry p : data.projects()) {
            Optional<ScoredSelfEvaluation> scored = p.scored();
            if (scored.isEmpty()) {
                continue;
            }
            for (ScoredSelfEvaluation.RowResult row : scored.get().rows()) {
                if (row.kind() == AssessmentKind.NOT_APPLICABLE || row.result().isEmpty() || row.weight() == null) {
                    continue;
                }
                if (row.result().get().compareTo(row.weight()) < 0) {
                    result.add(new Shortfall(p.name(), "“" + row.indicator().name() + "”",
                            "目标值 " + row.target() + "，实际完成 " + blankAsDash(row.actual()) + "，得分 "
                                    + plain(row.result().get()) + "（分值 " + plain(row.weight()) + "）",
                            row.deviationReason()));
                }
            }
            Optional<BigDecimal> rate = p.executionRate();
            if (rate.isPresent() && data.executionThreshold() != null && rate.get().compareTo(data.executionThreshold()) < 0) {
                ScoredSelfEvaluation s = scored.get();
                result.add(new Shortfall(p.name(), "预算执行率",
                        "预算执行率 " + ReportData.percent(rate.get()).toPlainString() + "%（全年预算数 "
                                + wan(s.budgetWan()) + " 万元，全年执行数 " + wan(s.executedWan()) + " 万元），低于 "
                                + ReportData.percent(data.executionThreshold()).stripTrailingZeros().toPlainString() + "%",
                        s.executionReason()));
            }
        }
        return result;
    }

    private static String work(ReportData data) {
        if (data.projects().isEmpty()) {
            return NOTHING;
        }
        StringBuilder text = new StringBuilder("本年度安排项目支出").append(data.projects().size()).append("个（据项目绩效目标表）：");
        int n = 0;
        for (ReportData.ProjectEntry p : data.projects()) {
            text.append('\n').append(++n).append("．").append(p.name());
            if (p.table().project() != null && p.table().project().content().funding().budget() != null) {
                text.append("，预算数 ").append(p.table().project().content().funding().budget().toWan().toPlainString()).append(" 万元");
            }
            text.append("。");
        }
        text.append("\n请写明本年度总体工作和重点工作任务的完成情况。");
        return text.toString();
    }

    private static String process(ReportData data) {
        long started = data.projects().stream().filter(p -> p.evaluation().isPresent()).count();
        long complete = data.projects().stream().filter(p -> p.total().isPresent()).count();
        StringBuilder text = new StringBuilder();
        text.append("本单位对").append(data.year().value()).append("年度").append(data.projects().size())
                .append("个项目支出开展了绩效自评，已开始").append(started).append("个，填写完整").append(complete)
                .append("个；逐项填写实际完成值及偏差原因，得分按“").append(data.policyName()).append("”计算。");
        text.append(data.departmentEvaluation().isPresent() ? "部门整体支出绩效自评已录入。" : "尚未录入部门整体自评。");
        return text.toString();
    }

    private static String practices(ReportData data) {
        int indicators = 0;
        int full = 0;
        for (ReportData.ProjectEntry p : data.projects()) {
            for (ScoredSelfEvaluation.RowResult row : p.scored().map(ScoredSelfEvaluation::rows).orElse(List.of())) {
                if (row.result().isPresent() && row.weight() != null) {
                    indicators++;
                    if (row.result().get().compareTo(row.weight()) >= 0) {
                        full++;
                    }
                }
            }
        }
        if (indicators == 0) {
            return NOTHING;
        }
        long executed = data.projects().stream().filter(p -> p.executionRate().isPresent()
                && data.executionThreshold() != null && p.executionRate().get().compareTo(data.executionThreshold()) >= 0).count();
        StringBuilder text = new StringBuilder("据自评数据：已计分的").append(indicators).append("个三级指标中，")
                .append(full).append("个得满分");
        data.projectAverage().ifPresent(avg -> text.append("；项目自评平均得分").append(avg.toPlainString()).append("分"));
        if (data.executionThreshold() != null) {
            text.append("；预算执行率达到").append(ReportData.percent(data.executionThreshold()).stripTrailingZeros().toPlainString())
                    .append("%的项目").append(executed).append("个");
        }
        text.append("。请在此基础上写明本单位的主要做法和经验。");
        return text.toString();
    }

    private static String problems(ReportData data) {
        List<Shortfall> shortfalls = shortfalls(data);
        List<String> notStarted = data.projects().stream().filter(p -> p.total().isEmpty()).map(ReportData.ProjectEntry::name).toList();
        if (shortfalls.isEmpty() && notStarted.isEmpty()) {
            return data.projects().isEmpty() ? NOTHING
                    : "据自评数据，各项目已计分的指标均得满分，预算执行率均未低于评分政策要求。";
        }
        StringBuilder text = new StringBuilder();
        int n = 0;
        for (Shortfall s : shortfalls) {
            text.append(n == 0 ? "" : "\n").append(++n).append("．“").append(s.project()).append("”").append(s.subject())
                    .append("：").append(s.facts()).append("。原因：")
                    .append(s.reason() == null || s.reason().isBlank() ? "自评表未填写原因" : s.reason().strip())
                    .append(s.reason() != null && s.reason().strip().matches(".*[。；;.!！]$") ? "" : "。");
        }
        if (!notStarted.isEmpty()) {
            text.append(n == 0 ? "" : "\n").append(++n).append("．以下项目的自评尚未完成：")
                    .append(String.join("、", notStarted)).append("。");
        }
        return text.toString();
    }

    private static String measures(ReportData data) {
        List<Shortfall> shortfalls = shortfalls(data).stream().filter(s -> s.reason() != null && !s.reason().isBlank()).toList();
        if (shortfalls.isEmpty()) {
            return NOTHING;
        }
        StringBuilder text = new StringBuilder("以下摘自各项目自评表的“偏差原因分析及改进措施”：");
        int n = 0;
        for (Shortfall s : shortfalls) {
            text.append('\n').append(++n).append("．针对“").append(s.project()).append("”").append(s.subject()).append("：")
                    .append(s.reason().strip());
        }
        return text.toString();
    }

    static String plain(BigDecimal value) {
        return value.stripTrailingZeros().scale() <= 0 ? value.setScale(0).toPlainString() : value.stripTrailingZeros().toPlainString();
    }

    private static String wan(BigDecimal wan) {
        return wan == null ? "—" : wan.stripTrailingZeros().toPlainString();
    }

    private static String blankAsDash(String text) {
        return text == null || text.isBlank() ? "—" : text;
    }

    static String yuan(Amount amount) {
        return amount.yuan().toPlainString();
    }
}
