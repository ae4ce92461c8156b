package org.jixiao.reports;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.jixiao.orgs.OrgView;
import org.jixiao.rectification.ProblemView;
import org.jixiao.rectification.QuarterlyReview;
import org.jixiao.rectification.RectificationQueries;
import org.jixiao.rectification.domain.ProblemAction;
import org.jixiao.rectification.domain.ProblemStatus;
import org.jixiao.reports.domain.ReportBlock;
import org.jixiao.reports.domain.ReportBlock.Heading;
import org.jixiao.reports.domain.ReportBlock.Paragraph;
import org.jixiao.reports.domain.ReportBlock.Style;

/**
 * Composes the 整改报告 in seed 000's structure — 一、基本情况 (the self-evaluation score and grade, and which
 * evaluation it is), 二、绩效自评发现问题及整改措施 (each problem with its measures 一是/二是…, 责任人, 时限, status,
 * closing evidence), 三、下一步工作计划 (the open problems by deadline, the 季度复盘 held) — as {@link ReportBlock}s
 * for the self-evaluation report's writers. Every fact comes from {@link Input}, read at generation time.
 */
final class RectificationReportComposer {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final String[] ORDINALS = {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二",
            "十三", "十四", "十五", "十六", "十七", "十八", "十九", "二十"};

    private RectificationReportComposer() {
    }

    /** Where the score in 基本情况 comes from. */
    enum Basis { DEPARTMENT, PROJECT_AVERAGE, NONE }

    /**
     * The unit's self-evaluation score of the year.
     *
     * @param source                the department template's name (DEPARTMENT) or the scoring policy's (PROJECT_AVERAGE)
     * @param projects              project goal tables of the year (PROJECT_AVERAGE, NONE)
     * @param counted               of them, with a complete self-evaluation
     * @param departmentIncomplete  a department self-evaluation exists but is not complete
     */
    record SelfScore(Basis basis, BigDecimal total, String grade, String source, int projects, int counted,
                     boolean departmentIncomplete) {
    }

    /** What the report is written from. */
    record Input(OrgView unit, int year, Instant asOf, SelfScore score, RectificationQueries.ReportData problems,
                 List<QuarterlyReview> reviews) {
    }

    static String title(Input in) {
        return in.unit().name() + in.year() + "年度部门预算执行情况绩效自评整改报告";
    }

    static List<ReportBlock> compose(Input in) {
        List<ReportBlock> out = new ArrayList<>();
        out.add(new Heading(0, title(in)));
        out.add(new Paragraph("整改年度：" + in.year() + " 年度", Style.CENTER));
        out.add(new Paragraph("单位：" + in.unit().code() + " " + in.unit().name(), Style.CENTER));
        out.add(new Paragraph("生成日期：" + DATE.format(in.asOf().atZone(ReportComposer.CHINA)), Style.CENTER));
        out.add(new Paragraph("本报告由绩效 Jixiao 根据系统中的问题整改清单和自评数据生成，数据读取时间 "
                + STAMP.format(in.asOf().atZone(ReportComposer.CHINA)) + "（北京时间）；逾期按 "
                + DATE.format(in.problems().asOf()) + " 判断。", Style.NOTE));
        basics(out, in);
        problems(out, in);
        plan(out, in);
        out.add(new Paragraph(in.unit().name() + "\n" + DATE.format(in.asOf().atZone(ReportComposer.CHINA)), Style.CENTER));
        return out;
    }

    // ------------------------------------------------------------------ 一、基本情况

    private static void basics(List<ReportBlock> out, Input in) {
        out.add(new Heading(1, "一、基本情况"));
        SelfScore s = in.score();
        String unit = in.unit().name();
        switch (s.basis()) {
            case DEPARTMENT -> out.add(new Paragraph("我单位对照" + in.year() + "年度预算绩效目标，对部门整体支出及项目支出执行情况开展了自评。"
                    + "自评结果显示，" + unit + "部门整体支出绩效自评总分为" + ReportComposer.score(s.total()) + "分"
                    + (s.grade() == null ? "" : "，评级为“" + s.grade() + "”")
                    + "（依据：部门整体支出绩效自评" + (s.source() == null ? "" : "，" + s.source()) + "）。", Style.BODY));
            case PROJECT_AVERAGE -> out.add(new Paragraph("我单位对照" + in.year() + "年度预算绩效目标，对项目支出执行情况开展了自评。"
                    + (s.departmentIncomplete() ? "部门整体支出绩效自评尚未填写完整，" : "尚未录入部门整体支出绩效自评，")
                    + "以项目支出绩效自评的平均得分代替：" + s.counted() + " 个填写完整的项目（共 " + s.projects()
                    + " 个项目）平均得分为" + ReportComposer.score(s.total()) + "分"
                    + (s.grade() == null ? "" : "，按" + s.source() + "的等级划分评级为“" + s.grade() + "”") + "。",
                    Style.BODY));
            case NONE -> out.add(new Paragraph("尚未录入" + in.year() + "年度部门整体支出绩效自评，项目支出绩效自评也没有填写完整的，"
                    + "自评得分无法填写。", Style.ABSENT));
        }
        RectificationQueries.ReportData d = in.problems();
        if (d.problems().isEmpty()) {
            out.add(new Paragraph("本年度问题整改清单中没有登记问题。", Style.ABSENT));
            return;
        }
        StringBuilder text = new StringBuilder("针对自评及审核中发现的问题，我单位建立“问题—措施—责任人—时限”整改清单，共登记问题 ")
                .append(d.problems().size()).append(" 个，其中");
        List<String> parts = new ArrayList<>();
        for (ProblemStatus status : new ProblemStatus[]{ProblemStatus.CLOSED, ProblemStatus.AWAITING_VERIFICATION,
                ProblemStatus.IN_PROGRESS, ProblemStatus.OPEN}) {
            parts.add(status.label() + " " + d.counts().getOrDefault(status, 0L) + " 个");
        }
        text.append(String.join("，", parts)).append("；截至").append(DATE.format(d.asOf())).append("逾期未销号 ")
                .append(d.overdue()).append(" 个。现将整改情况报告如下：");
        out.add(new Paragraph(text.toString(), Style.BODY));
    }

    // ------------------------------------------------------------------ 二、问题及整改措施

    private static void problems(List<ReportBlock> out, Input in) {
        out.add(new Heading(1, "二、绩效自评发现问题及整改措施"));
        List<ProblemView> list = in.problems().problems();
        if (list.isEmpty()) {
            out.add(new Paragraph("（没有登记的问题。）", Style.ABSENT));
            return;
        }
        int n = 0;
        for (ProblemView p : list) {
            n++;
            out.add(new Heading(2, "问题" + n + "：" + p.title()));
            if (p.description() != null && !p.description().isBlank()) {
                out.add(new Paragraph(p.description(), Style.BODY));
            }
            out.add(new Paragraph("整改措施：" + measures(p.measures()), p.measures().isEmpty() ? Style.ABSENT : Style.BODY));
            out.add(new ReportBlock.Table(null, List.of("问题来源", "责任人", "整改时限", "整改状态", "佐证材料"),
                    List.of(List.of(source(p), owner(p), deadline(p), status(p), evidence(p))),
                    new int[]{4, 3, 3, 2, 5}, new boolean[5], false));
            latest(p, ProblemAction.SUBMITTED).ifPresent(h -> out.add(new Paragraph("整改完成情况：" + h.detail()
                    + "（" + h.actorName() + "，" + DATE.format(h.at().atZone(ReportComposer.CHINA)) + "提交验证）", Style.BODY)));
            if (p.status() == ProblemStatus.CLOSED) {
                latest(p, ProblemAction.VERIFIED).ifPresent(h -> out.add(new Paragraph("验证意见："
                        + (h.detail() == null || h.detail().isBlank() ? "验证通过" : h.detail()) + "（" + h.actorName()
                        + "，" + DATE.format(h.at().atZone(ReportComposer.CHINA)) + "销号）", Style.BODY)));
            }
        }
    }

    /** 一是…。二是…。 — measures already numbered by the unit are kept as written. */
    static String measures(List<String> measures) {
        if (measures.isEmpty()) {
            return "尚未制定。";
        }
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < measures.size(); i++) {
            String m = measures.get(i).strip();
            String ordinal = i < ORDINALS.length ? ORDINALS[i] : Integer.toString(i + 1);
            if (!m.startsWith(ordinal + "是")) {
                text.append(ordinal).append("是");
            }
            text.append(m);
            if (!m.endsWith("。") && !m.endsWith("；") && !m.endsWith(".")) {
                text.append("。");
            }
        }
        return text.toString();
    }

    private static Optional<ProblemView.HistoryEntry> latest(ProblemView p, ProblemAction action) {
        ProblemView.HistoryEntry found = null;
        for (ProblemView.HistoryEntry h : p.history()) {
            if (h.action() == action && h.detail() != null) {
                found = h;
            }
        }
        if (found == null && action == ProblemAction.VERIFIED) {
            found = p.history().stream().filter(h -> h.action() == action).reduce((a, b) -> b).orElse(null);
        }
        return Optional.ofNullable(found).filter(h -> action == ProblemAction.VERIFIED || !h.detail().isBlank());
    }

    private static String source(ProblemView p) {
        return p.source().label() + (p.sourceRef() == null || p.sourceRef().isBlank() ? "" : "（" + p.sourceRef() + "）");
    }

    private static String owner(ProblemView p) {
        return p.owner() == null ? "未指定" : p.owner().name();
    }

    private static String deadline(ProblemView p) {
        return p.deadline() == null ? "未定" : p.deadline().toString();
    }

    private static String status(ProblemView p) {
        return p.status().label() + (p.overdue() ? "（逾期）" : "");
    }

    private static String evidence(ProblemView p) {
        return p.evidence().isEmpty() ? "无" : String.join("\n", p.evidence().stream().map(ProblemView.EvidenceInfo::fileName).toList());
    }

    // ------------------------------------------------------------------ 三、下一步工作计划

    private static void plan(List<ReportBlock> out, Input in) {
        out.add(new Heading(1, "三、下一步工作计划"));
        List<ProblemView> open = in.problems().problems().stream().filter(p -> p.status().isOpen())
                .sorted(Comparator.comparing(ProblemView::deadline, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
        out.add(new Heading(2, "（一）尚未销号问题的整改安排"));
        if (open.isEmpty()) {
            out.add(new Paragraph(in.problems().problems().isEmpty() ? "本年度没有登记的问题。"
                    : "本年度登记的问题均已销号。我单位将持续跟踪整改成效，防止问题反弹。", Style.BODY));
        } else {
            out.add(new Paragraph("以下 " + open.size() + " 个问题尚未销号，按整改时限先后排列，由责任人按期完成整改并提交佐证材料验证销号"
                    + (open.stream().anyMatch(ProblemView::overdue) ? "；已逾期的问题须说明原因并尽快完成" : "") + "：", Style.BODY));
            List<List<String>> rows = new ArrayList<>();
            List<ProblemView> all = in.problems().problems();
            for (ProblemView p : open) {
                rows.add(List.of("问题" + (all.indexOf(p) + 1), p.title(), owner(p), deadline(p), status(p)));
            }
            out.add(new ReportBlock.Table("尚未销号的问题", List.of("序号", "问题", "责任人", "整改时限", "状态"), rows,
                    new int[]{2, 9, 3, 3, 3}, new boolean[5], false));
        }
        out.add(new Heading(2, "（二）季度复盘"));
        out.add(new Paragraph("建立季度绩效复盘会议制度，每季度逐项核对上述问题的整改进度，动态分析执行偏差；调整整改时限须经复盘会议决定并记录。",
                Style.BODY));
        if (in.reviews().isEmpty()) {
            out.add(new Paragraph("本年度尚未记录季度复盘。", Style.ABSENT));
        } else {
            List<List<String>> rows = new ArrayList<>();
            for (QuarterlyReview r : in.reviews()) {
                long changed = r.items().stream().filter(QuarterlyReview.Item::deadlineChanged).count();
                rows.add(List.of(r.year() + "年第" + r.quarter() + "季度", r.heldOn().toString(),
                        r.decisions() == null ? "" : r.decisions(), r.items().size() + " 个，调整时限 " + changed + " 个"));
            }
            out.add(new ReportBlock.Table("已召开的季度复盘", List.of("季度", "召开日期", "决定事项", "复盘问题"), rows,
                    new int[]{3, 3, 9, 4}, new boolean[4], false));
        }
        out.add(new Paragraph("将整改成效纳入下年度预算编制和绩效目标设定的依据，对执行率低的项目核减预算，对成效显著的领域优先保障。",
                Style.BODY));
    }
}
