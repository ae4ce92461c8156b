package org.jixiao.reports;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jixiao.evaluation.SelfEvaluationSummary;
import org.jixiao.evaluation.SelfEvaluationView;
import org.jixiao.evaluation.domain.ScoredSelfEvaluation;
import org.jixiao.goals.GoalTableView;
import org.jixiao.orgs.OrgView;
import org.jixiao.reports.domain.DepartmentScoreSheet;
import org.jixiao.reports.domain.MonthPoint;
import org.jixiao.reports.domain.ReportBasics;
import org.jixiao.reports.domain.ReportOutline;
import org.jixiao.shared.FiscalYear;

/**
 * Everything a report of one unit-year is written from, read at one moment ({@code dataAsOf}) in one read-only
 * transaction: the unit, the outline of its 财政区划, the entered basics, the department goal table, every project
 * with its self-evaluation as scored now, the department self-evaluation and monthly execution when those exist,
 * the narratives (the unit's text or a generated draft).
 *
 * @param department              the department goal table, or null when there is none
 * @param executionThreshold      预算执行率 (fraction) below which the scoring policy asks for a reason
 */
public record ReportData(OrgView unit, FiscalYear year, ReportOutline outline, Instant dataAsOf, ReportBasics basics,
                         GoalTableView department, List<ProjectEntry> projects,
                         Optional<DepartmentScoreSheet> departmentEvaluation, List<MonthPoint> monthly,
                         Map<String, Narrative> narratives, BigDecimal executionThreshold, String policyName) {

    /** A project goal table with its self-evaluation (empty while not started). */
    public record ProjectEntry(GoalTableView table, SelfEvaluationSummary summary, Optional<SelfEvaluationView> evaluation) {

        public String name() {
            return table.title();
        }

        public String code() {
            return table.project() == null ? "" : table.project().content().code().value();
        }

        public Optional<ScoredSelfEvaluation> scored() {
            return evaluation.map(SelfEvaluationView::scored);
        }

        public Optional<BigDecimal> total() {
            return scored().flatMap(ScoredSelfEvaluation::total);
        }

        /** 预算执行率 as a fraction (6 decimals), when budget and executed are entered. */
        public Optional<BigDecimal> executionRate() {
            return scored().flatMap(s -> s.execution().rate());
        }
    }

    /**
     * A narrative section: the unit's own text, or the draft built from the data ({@code draft} true) until the unit
     * saves its own.
     */
    public record Narrative(String key, String title, String hint, String text, boolean draft, long version) {
    }

    /** The mean of the projects' totals (two decimals, half up), over the projects whose self-evaluation is complete. */
    public Optional<BigDecimal> projectAverage() {
        List<BigDecimal> totals = projects.stream().map(ProjectEntry::total).flatMap(Optional::stream).toList();
        if (totals.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(totals.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(BigDecimal.valueOf(totals.size()), 2, RoundingMode.HALF_UP));
    }

    /** A rate (fraction) as per cent with two decimals: 0.956 → 95.60. */
    public static BigDecimal percent(BigDecimal fraction) {
        return fraction.multiply(BigDecimal.valueOf(100)).setScale(2, RoundingMode.HALF_UP);
    }
}
