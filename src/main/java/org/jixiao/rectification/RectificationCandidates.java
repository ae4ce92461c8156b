package org.jixiao.rectification;

import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.jixiao.evaluation.DepartmentEvaluationQueries;
import org.jixiao.evaluation.DepartmentEvaluationView;
import org.jixiao.evaluation.EvaluationQueries;
import org.jixiao.evaluation.SelfEvaluationSummary;
import org.jixiao.evaluation.SelfEvaluationView;
import org.jixiao.evaluation.domain.AssessmentKind;
import org.jixiao.evaluation.domain.ScoredSelfEvaluation;
import org.jixiao.goals.GoalTableQueries;
import org.jixiao.goals.GoalTableSummary;
import org.jixiao.goals.GoalTableView;
import org.jixiao.goals.domain.GoalTableKind;
import org.jixiao.monitoring.MonitoringQueries;
import org.jixiao.monitoring.MonitoringReturnList;
import org.jixiao.monitoring.MonitoringReturnQueries;
import org.jixiao.monitoring.MonitoringReturnView;
import org.jixiao.monitoring.MonitoringTable;
import org.jixiao.monitoring.ProjectMonitoring;
import org.jixiao.monitoring.domain.DeviationCategory;
import org.jixiao.monitoring.domain.ExecutionAssessment;
import org.jixiao.monitoring.domain.IndicatorProgress;
import org.jixiao.monitoring.domain.Lamp;
import org.jixiao.monitoring.domain.Likelihood;
import org.jixiao.monitoring.domain.MonitoringReturnInput;
import org.jixiao.monitoring.domain.Rates;
import org.jixiao.orgs.OrgQueries;
import org.jixiao.orgs.OrgScope;
import org.jixiao.orgs.domain.Actor;
import org.jixiao.rectification.domain.ApplicationRules;
import org.jixiao.rectification.domain.ApplicationRulesCatalog;
import org.jixiao.rectification.domain.ProblemSource;
import org.jixiao.review.ReviewHistoryEntry;
import org.jixiao.review.ReviewService;
import org.jixiao.review.ReviewStatus;
import org.jixiao.review.domain.ReviewOpinion;
import org.jixiao.review.domain.ReviewSubject;
import org.jixiao.review.domain.SubjectKind;
import org.jixiao.shared.FiscalYear;
import org.jixiao.shared.NotFoundException;
import org.jixiao.shared.TextLimits;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The pick lists "从监控红灯登记" and "从财政审核意见登记" of a unit-year, read only through the published APIs of
 * {@code monitoring} ({@link MonitoringQueries} for the 运行监控 lamps from the execution records,
 * {@link MonitoringReturnQueries} for the lamps of the 双监控 returns) and {@code review} ({@link ReviewService#status}:
 * the 退回 decisions with their reasons and opinions). Each {@link SourceCandidate} says whether a problem of the
 * unit-year was registered from it already (same goal table and 出处), so that it is not offered twice. Always within
 * an {@link OrgScope}: outside it the lists are empty.
 */
@Service
@Transactional(readOnly = true)
public class RectificationCandidates {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private final Problems problems;
    private final MonitoringQueries monitoring;
    private final MonitoringReturnQueries returns;
    private final GoalTableQueries goals;
    private final EvaluationQueries evaluations;
    private final ReviewService review;
    private final OrgQueries orgs;
    private final DepartmentEvaluationQueries departments;
    private final ApplicationRulesCatalog rules;

    RectificationCandidates(Problems problems, MonitoringQueries monitoring, MonitoringReturnQueries returns,
                            GoalTableQueries goals, EvaluationQueries evaluations, ReviewService review,
                            OrgQueries orgs, ApplicationRulesCatalog rules, DepartmentEvaluationQueries departments) {
        this.orgs = orgs;
        this.departments = departments;
        this.rules = rules;
        this.problems = problems;
        this.monitoring = monitoring;
        this.returns = returns;
        this.goals = goals;
        this.evaluations = evaluations;
        this.review = review;
    }

    /** The problems already registered in a unit-year, by {@link #key(Long, String) goal table and 出处}. */
    public Map<String, Long> registered(String unitCode, FiscalYear year, OrgScope scope) {
        Map<String, Long> result = new HashMap<>();
        if (!scope.contains(unitCode)) {
            return result;
        }
        for (ProblemRow p : problems.findByUnitAndYear(unitCode, year.value())) {
            if (p.sourceRef() != null) {
                result.putIfAbsent(key(p.goalTableId(), p.sourceRef()), p.id().value());
            }
        }
        return result;
    }

    /** What tells a registered candidate: its goal table (or none) and its 出处. */
    public static String key(Long goalTableId, String sourceRef) {
        return (goalTableId == null ? "-" : goalTableId.toString()) + "|" + sourceRef;
    }

    /**
     * 监控红灯: the unit-year's projects whose 运行监控 lamp (execution records through the unit's last reported
     * month) is red, then from each project goal table's latest 双监控 return its money lamp (when 运行监控 has not
     * already flagged the project) and every indicator under a red lamp. Reasons as the monitoring module gives
     * them: the red rules with their figures, and the 偏差原因/纠偏措施 the unit typed.
     */
    public List<SourceCandidate> redLamps(String unitCode, FiscalYear year, OrgScope scope) {
        if (!scope.contains(unitCode)) {
            return List.of();
        }
        Map<String, GoalTableSummary> tables = new HashMap<>();
        for (GoalTableSummary t : goals.list(unitCode, year, scope)) {
            if (t.kind() == GoalTableKind.PROJECT && t.projectCode() != null) {
                tables.putIfAbsent(t.projectCode(), t);
            }
        }
        List<SourceCandidate> result = new ArrayList<>();
        Set<String> moneyRed = new HashSet<>();
        MonitoringTable table;
        try {
            table = monitoring.unitYear(unitCode, year, Optional.empty(), scope);
        } catch (NotFoundException e) {
            return List.of();
        }
        for (ProjectMonitoring p : table.reds()) {
            ExecutionAssessment a = p.assessment();
            String period = a.execution().period();
            GoalTableSummary t = tables.get(p.code());
            moneyRed.add(p.code());
            result.add(new SourceCandidate("red:" + p.code() + ":money", ProblemSource.RED_LAMP, "预算执行",
                    "运行监控 " + period, t == null ? null : t.id().value(), null, p.code(), p.name(), null,
                    limit("“" + p.name() + "”预算执行进度滞后（" + period + "红灯）", TextLimits.MAX_FIELD_LENGTH),
                    limit("运行监控：项目“" + p.name() + "”（" + p.code() + "）" + period + "累计执行率 "
                            + Rates.percent(a.execution().rate()) + "，红灯。" + redReasons(a) + "。",
                            RectificationManagement.MAX_LONG_TEXT),
                    moneyRef(p.code()), null));
        }
        MonitoringReturnList list = returns.list(unitCode, year, scope);
        for (MonitoringReturnList.Line line : list.lines()) {
            MonitoringReturnList.Cell latest = null;
            for (MonitoringReturnList.Cell cell : line.cells()) {
                if (cell.started() && (latest == null || cell.cutOffMonth() > latest.cutOffMonth())) {
                    latest = cell;
                }
            }
            if (latest == null) {
                continue;
            }
            Optional<MonitoringReturnView> found = returns.find(latest.id(), scope);
            if (found.isEmpty()) {
                continue;
            }
            MonitoringReturnView v = found.get();
            String code = line.projectCode();
            String name = line.projectName();
            String period = v.period().label();
            Long tableId = line.goalTableId().value();
            MonitoringReturnInput input = v.input();
            if (v.moneyLamp() == Lamp.RED && !moneyRed.contains(code)) {
                ExecutionAssessment a = v.money().orElseThrow();
                result.add(new SourceCandidate("red:" + code + ":money", ProblemSource.RED_LAMP, "预算执行",
                        "双监控 " + period, tableId, null, code, name, null,
                        limit("“" + name + "”预算执行进度滞后（" + period + "双监控红灯）", TextLimits.MAX_FIELD_LENGTH),
                        limit("双监控（" + period + "）：项目“" + name + "”预算执行红灯。" + redReasons(a) + "。"
                                + typed("偏差原因", joined(choice(input.moneyCategory()), input.moneyReason()))
                                + typed("纠偏措施", input.moneyMeasure()), RectificationManagement.MAX_LONG_TEXT),
                        moneyRef(code), null));
            }
            for (MonitoringReturnView.Row row : v.rows()) {
                if (row.lamp().filter(l -> l == Lamp.RED).isEmpty()) {
                    continue;
                }
                MonitoringReturnInput.Row typed = row.index() < input.rows().size() ? input.rows().get(row.index())
                        : MonitoringReturnInput.Row.EMPTY;
                result.add(new SourceCandidate("red:" + code + ":" + row.index(), ProblemSource.RED_LAMP, "指标",
                        "双监控 " + period, tableId, null, code, name, row.name(),
                        limit("“" + row.name() + "”预计难以完成年度指标（" + period + "双监控红灯）",
                                TextLimits.MAX_FIELD_LENGTH),
                        limit("双监控（" + period + "）：项目“" + name + "”" + row.level1() + "/" + row.level2() + "指标“"
                                + row.name() + "”红灯：年度指标值 " + dash(row.target()) + "，完成值 "
                                + dash(typed.completed()) + "，全年预计 " + dash(typed.expectedAnnual())
                                + "，完成目标可能性 " + dash(choice(typed.likelihood()))
                                + (blank(typed.progress()) ? "" : "，进展 " + choice(typed.progress())) + "。"
                                + typed("偏差原因", joined(choice(typed.reasonCategory()), typed.reasonText()))
                                + typed("纠偏措施", typed.measure()), RectificationManagement.MAX_LONG_TEXT),
                        "监控红灯：项目 " + code + " 第 " + (row.index() + 1) + " 行指标", null));
            }
        }
        return mark(result, unitCode, year, scope);
    }

    /**
     * 财政审核意见: every 退回 decision in the review history of the unit-year's goal tables and self-evaluations,
     * newest first; from each its reason (退回理由, on the whole table) and every opinion (on the table or one
     * indicator row, linked to that indicator).
     */
    public List<SourceCandidate> opinions(String unitCode, FiscalYear year, Actor actor, OrgScope scope) {
        if (!scope.contains(unitCode)) {
            return List.of();
        }
        List<SourceCandidate> result = new ArrayList<>();
        for (GoalTableSummary t : goals.list(unitCode, year, scope)) {
            String title = t.kind() == GoalTableKind.PROJECT ? t.projectName() : t.kind().label();
            returned(new ReviewSubject(SubjectKind.GOAL_TABLE, t.id().value()), t.id().value(), null,
                    t.projectCode(), t.kind() == GoalTableKind.PROJECT ? t.projectName() : null, title, actor, scope,
                    result);
        }
        for (SelfEvaluationSummary s : evaluations.list(unitCode, year, scope)) {
            if (s.id() != null) {
                returned(new ReviewSubject(SubjectKind.SELF_EVALUATION, s.id().value()), s.goalTableId().value(),
                        s.id().value(), s.projectCode(), s.projectName(), s.projectName(), actor, scope, result);
            }
        }
        return mark(result, unitCode, year, scope);
    }

    /**
     * 自评得分偏低: for every project self-evaluation of the unit-year, the 一级/二级 groups whose 得分率 lies below the
     * {@link ApplicationRules#lowScoreRate() threshold} of the result-application rules in force for the unit's
     * 财政区划 and the year ({@link LowScoreGroups}); empty when no rules are in force.
     */
    public List<SourceCandidate> lowScores(String unitCode, FiscalYear year, OrgScope scope) {
        if (!scope.contains(unitCode)) {
            return List.of();
        }
        Optional<ApplicationRules> inForce = orgs.find(unitCode, scope)
                .flatMap(u -> rules.inForce(u.regionCode(), year));
        if (inForce.isEmpty()) {
            return List.of();
        }
        BigDecimal threshold = inForce.get().lowScoreRate();
        String thresholdText = threshold.multiply(BigDecimal.valueOf(100)).stripTrailingZeros().toPlainString() + "%";
        List<SourceCandidate> result = new ArrayList<>();
        for (SelfEvaluationSummary s : evaluations.list(unitCode, year, scope)) {
            if (s.id() == null) {
                continue;
            }
            Optional<SelfEvaluationView> found = evaluations.find(s.id(), scope);
            if (found.isEmpty()) {
                continue;
            }
            SelfEvaluationView v = found.get();
            for (LowScoreGroups.Group g : LowScoreGroups.below(lines(v), threshold)) {
                result.add(lowScore(v, g, thresholdText, inForce.get().name()));
            }
        }
        departmentLowScores(unitCode, year, scope, threshold, thresholdText, inForce.get().name(), result);
        return mark(result, unitCode, year, scope);
    }

    /**
     * The 部门整体支出绩效自评's 一级/二级 groups below the threshold, linked to the unit-year's 部门整体绩效目标 table
     * (the problem's self-evaluation link is for project self-evaluations only).
     */
    private void departmentLowScores(String unitCode, FiscalYear year, OrgScope scope, BigDecimal threshold,
                                     String thresholdText, String rulesName, List<SourceCandidate> sink) {
        Optional<DepartmentEvaluationView> found = departments.find(unitCode, year, scope);
        if (found.isEmpty() || found.get().id() == null) {
            return;
        }
        DepartmentEvaluationView v = found.get();
        Long tableId = goals.list(unitCode, year, scope).stream().filter(t -> t.kind() == GoalTableKind.DEPARTMENT)
                .map(t -> t.id().value()).findFirst().orElse(null);
        for (LowScoreGroups.Group g : LowScoreGroups.belowInTree(v.score().roots(), threshold)) {
            String level = g.firstLevel() ? "一级指标" : "二级指标";
            String figures = plain(g.score()) + "/" + plain(g.weight());
            StringBuilder d = new StringBuilder("部门整体支出绩效自评：" + level + "“" + g.label() + "”得分 "
                    + plain(g.score()) + "，分值 " + plain(g.weight()) + "，得分率 " + g.ratePercent().toPlainString()
                    + "%，低于 " + thresholdText + "（" + rulesName + "）。");
            if (!g.lost().isEmpty()) {
                d.append("失分指标：").append(String.join("；", g.lost().stream().map(l -> "“" + l.name() + "”得分 "
                        + plain(l.result().get()) + "/" + plain(l.weight())).toList())).append("。");
            }
            sink.add(new SourceCandidate("low:department:" + v.id() + ":" + g.label(), ProblemSource.LOW_SCORE, level,
                    "部门整体自评 得分率 " + g.ratePercent().toPlainString() + "%", tableId, null, null, null, null,
                    limit("「部门整体」" + indicatorWord(g.firstLevel() ? g.level1() : g.level2()) + "得分偏低（"
                            + figures + "）", TextLimits.MAX_FIELD_LENGTH),
                    limit(d.toString(), RectificationManagement.MAX_LONG_TEXT),
                    limit("自评得分偏低：部门整体自评 " + v.id() + " " + level + "“" + g.label() + "”", 200), null));
        }
    }

    /** The scored rows of a self-evaluation as {@link LowScoreGroups} reads them. */
    static List<LowScoreGroups.Line> lines(SelfEvaluationView v) {
        List<LowScoreGroups.Line> lines = new ArrayList<>();
        for (ScoredSelfEvaluation.RowResult row : v.scored().rows()) {
            lines.add(new LowScoreGroups.Line(row.index(), row.indicator().level1().original(),
                    row.indicator().level2().original(), row.indicator().name(), row.target(), row.actual(),
                    row.weight(), row.result(), row.kind() == AssessmentKind.NOT_APPLICABLE));
        }
        return lines;
    }

    private static SourceCandidate lowScore(SelfEvaluationView v, LowScoreGroups.Group g, String threshold,
                                            String rulesName) {
        long evaluationId = v.id().value();
        String level = g.firstLevel() ? "一级指标" : "二级指标";
        String figures = plain(g.score()) + "/" + plain(g.weight());
        String title = "「" + v.projectName() + "」" + indicatorWord(g.firstLevel() ? g.level1() : g.level2()) + "得分偏低（"
                + figures + "）";
        StringBuilder d = new StringBuilder("自评：项目“" + v.projectName() + "”"
                + (v.projectCode() == null ? "" : "（" + v.projectCode() + "）") + level + "“" + g.label() + "”得分 "
                + plain(g.score()) + "，分值 " + plain(g.weight()) + "，得分率 " + g.ratePercent().toPlainString()
                + "%，低于 " + threshold + "（" + rulesName + "）。");
        if (!g.lost().isEmpty()) {
            d.append("失分指标：");
            List<String> parts = new ArrayList<>();
            for (LowScoreGroups.Line l : g.lost()) {
                parts.add((g.firstLevel() ? indicatorWord(l.level2()) : "") + "“" + l.name() + "”（指标值 " + dash(l.target())
                        + "，实际 " + dash(l.actual()) + "）得分 " + plain(l.result().get()) + "/" + plain(l.weight()));
            }
            d.append(String.join("；", parts)).append("。");
        }
        return new SourceCandidate("low:" + evaluationId + ":" + g.label(), ProblemSource.LOW_SCORE, level,
                "得分率 " + g.ratePercent().toPlainString() + "%", v.table().id().value(), evaluationId,
                v.projectCode(), v.projectName(), null, limit(title, TextLimits.MAX_FIELD_LENGTH),
                limit(d.toString(), RectificationManagement.MAX_LONG_TEXT),
                limit("自评得分偏低：自评表 " + evaluationId + " " + level + "“" + g.label() + "”", 200), null);
    }

    /** 效益 → 效益指标; the demo's level names already end in 指标 (效益指标). */
    private static String indicatorWord(String level) {
        String l = level == null || level.isBlank() ? "（未填）" : level.strip();
        return l.endsWith("指标") ? l : l + "指标";
    }

    private static String plain(BigDecimal n) {
        return n.toPlainString();
    }

    /** One candidate of either list by its key, recomputed now (empty when it is gone or outside the scope). */
    public Optional<SourceCandidate> find(String key, String unitCode, FiscalYear year, Actor actor, OrgScope scope) {
        if (key == null || key.isBlank()) {
            return Optional.empty();
        }
        List<SourceCandidate> all = key.startsWith("red:") ? redLamps(unitCode, year, scope)
                : key.startsWith("low:") ? lowScores(unitCode, year, scope)
                : key.startsWith("opinion:") ? opinions(unitCode, year, actor, scope) : List.of();
        return all.stream().filter(c -> c.key().equals(key)).findFirst();
    }

    private void returned(ReviewSubject subject, long goalTableId, Long evaluationId, String projectCode,
                          String projectName, String title, Actor actor, OrgScope scope, List<SourceCandidate> sink) {
        ReviewStatus status;
        try {
            status = review.status(subject, actor, scope);
        } catch (NotFoundException e) {
            return;
        }
        List<ReviewHistoryEntry> history = new ArrayList<>(status.history());
        history.sort((a, b) -> Long.compare(b.version(), a.version()));
        GoalTableView table = null;
        String noun = subject.kind().noun();
        for (ReviewHistoryEntry e : history) {
            if (!"退回".equals(e.action())) {
                continue;
            }
            String day = e.at().atZone(CHINA).toLocalDate().toString();
            String context = noun + " " + e.step() + " 退回（" + e.actorName() + "，" + day + "）";
            String ref = noun + " " + subject.id() + " 第 " + e.version() + " 版退回";
            String keyBase = "opinion:" + subject.kind().path() + ":" + subject.id() + ":" + e.version() + ":";
            String intro = noun + "“" + title + "”在“" + e.step() + "”环节被退回（" + e.actorName() + "，" + day + "）";
            if (!blank(e.reason())) {
                sink.add(new SourceCandidate(keyBase + "0", ProblemSource.BUREAU_OPINION, "退回理由", context,
                        goalTableId, evaluationId, projectCode, projectName, null,
                        limit(firstLine(e.reason()), TextLimits.MAX_FIELD_LENGTH),
                        limit(intro + "。退回理由：" + e.reason().strip(), RectificationManagement.MAX_LONG_TEXT),
                        ref + " 理由", null));
            }
            int n = 0;
            for (ReviewOpinion o : e.opinions()) {
                n++;
                String indicator = null;
                if (o.row() != null) {
                    if (table == null) {
                        table = goals.find(new org.jixiao.goals.domain.GoalTableId(goalTableId), scope).orElse(null);
                    }
                    if (table != null && o.row() < table.content().indicators().size()) {
                        indicator = table.content().indicators().get(o.row()).name();
                    }
                }
                String where = o.row() == null ? "" : "第 " + (o.row() + 1) + " 行" + (indicator == null ? ""
                        : "（指标“" + indicator + "”）");
                sink.add(new SourceCandidate(keyBase + n, ProblemSource.BUREAU_OPINION, "审核意见", context,
                        goalTableId, evaluationId, projectCode, projectName, indicator,
                        limit(firstLine(o.text()), TextLimits.MAX_FIELD_LENGTH),
                        limit(intro + "，" + (where.isEmpty() ? "审核意见" : where + "的审核意见") + "：" + o.text()
                                + (blank(e.reason()) ? "" : "（退回理由：" + e.reason().strip() + "）"),
                                RectificationManagement.MAX_LONG_TEXT),
                        ref + " 意见 " + n, null));
            }
        }
    }

    private List<SourceCandidate> mark(List<SourceCandidate> list, String unitCode, FiscalYear year, OrgScope scope) {
        Map<String, Long> registered = registered(unitCode, year, scope);
        return list.stream().map(c -> {
            Long id = registered.get(key(c.goalTableId(), c.sourceRef()));
            return id == null ? c : c.registeredAs(id);
        }).toList();
    }

    private static String moneyRef(String projectCode) {
        return "监控红灯：项目 " + projectCode + " 预算执行";
    }

    /** The red verdicts' figures and rules, as the 红灯预警 of the monitoring module shows them. */
    private static String redReasons(ExecutionAssessment a) {
        return String.join("；", a.verdicts().stream().filter(v -> v.lamp() == Lamp.RED)
                .map(v -> v.render().replaceFirst("^红灯：", "").replaceFirst("。$", "")).toList());
    }

    /** A choice of the return as typed (code or label) in Chinese. */
    static String choice(String text) {
        if (blank(text)) {
            return null;
        }
        String t = text.strip();
        for (Enum<?>[] values : List.<Enum<?>[]>of(Likelihood.values(), IndicatorProgress.values(),
                DeviationCategory.values())) {
            for (Enum<?> value : values) {
                if (value.name().equals(t)) {
                    return MonitoringReturnInput.label(value);
                }
            }
        }
        return t;
    }

    private static String typed(String label, String text) {
        return blank(text) ? "" : label + "：" + text.strip() + "。";
    }

    private static String joined(String category, String text) {
        if (blank(category)) {
            return text;
        }
        return blank(text) ? category : category + "（" + text.strip() + "）";
    }

    private static String dash(String text) {
        return blank(text) ? "—" : text.strip();
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static String firstLine(String text) {
        String t = text.strip();
        int nl = t.indexOf('\n');
        return nl < 0 ? t : t.substring(0, nl).strip();
    }

    static String limit(String text, int max) {
        Objects.requireNonNull(text);
        return text.codePointCount(0, text.length()) <= max ? text
                : text.substring(0, text.offsetByCodePoints(0, max - 1)) + "…";
    }
}
