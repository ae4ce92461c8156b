package org.jixiao.evaluation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.jixiao.evaluation.domain.AssessmentKind;
import org.jixiao.evaluation.domain.ScoredSelfEvaluation;
import org.jixiao.evaluation.domain.SelfEvaluationInput;
import org.jixiao.evaluation.domain.SelfEvaluationScorer;
import org.jixiao.goals.GoalTableView;
import org.jixiao.goals.domain.Indicator;
import org.jixiao.orgs.OrgQueries;
import org.jixiao.orgs.OrgView;
import org.jixiao.orgs.domain.RegionCode;
import org.jixiao.scoring.ScoringTemplateReader;
import org.jixiao.scoring.domain.PolicyCatalog;
import org.jixiao.scoring.domain.ProjectScorer;
import org.jixiao.scoring.domain.ProjectTemplate;
import org.jixiao.scoring.domain.ScoringPolicy;
import org.jixiao.shared.Amount;
import org.springframework.stereotype.Component;

/**
 * Scores a self-evaluation of a goal table: the policy in force for the unit's 财政区划 and the year
 * ({@link PolicyCatalog#inForce}), the project template 财预〔2020〕10号, and always the engine's
 * {@link ProjectScorer}. Converts between the stored form and the typed input.
 */
@Component
class EvaluationScoring {

    static final String TEMPLATE_ID = "project-2020-10";

    private final PolicyCatalog policies;
    private final OrgQueries orgs;
    private final SelfEvaluationScorer scorer;
    private final ProjectTemplate template;

    EvaluationScoring(PolicyCatalog policies, ProjectScorer engine, OrgQueries orgs) {
        this.policies = policies;
        this.orgs = orgs;
        this.scorer = new SelfEvaluationScorer(engine);
        this.template = ScoringTemplateReader.shippedProjectTemplates().stream()
                .filter(t -> t.id().equals(TEMPLATE_ID)).findFirst()
                .orElseThrow(() -> new IllegalStateException("project template " + TEMPLATE_ID + " not shipped"));
    }

    ScoredSelfEvaluation score(GoalTableView table, SelfEvaluationInput input) {
        return score(table, input, policy(table));
    }

    /** Under a policy already looked up (a region's batch looks it up once per unit, not per table). */
    ScoredSelfEvaluation score(GoalTableView table, SelfEvaluationInput input, ScoringPolicy policy) {
        return scorer.score(table.title(), table.year(), table.content().indicators(), input, template, policy);
    }

    /** A self-contained document: the policy of {@code region} and {@code year}, or empty when none is in force. */
    java.util.Optional<ScoredSelfEvaluation> score(RegionCode region, org.jixiao.shared.FiscalYear year, String projectName,
                                                   List<Indicator> indicators, SelfEvaluationInput input) {
        return policies.inForce(region, year)
                .map(policy -> scorer.score(projectName, year, indicators, input, template, policy));
    }

    java.util.Optional<ScoringPolicy> policy(RegionCode region, org.jixiao.shared.FiscalYear year) {
        return policies.inForce(region, year);
    }

    ScoringPolicy policy(GoalTableView table) {
        String region = orgs.find(table.unitCode()).map(OrgView::regionCode)
                .orElseThrow(() -> new IllegalStateException("unit without region: " + table.unitCode()));
        return policies.inForce(new RegionCode(region), table.year())
                .orElseThrow(() -> new IllegalStateException("no scoring policy in force for " + region + " "
                        + table.year().value()));
    }

    /** The stored evaluation as the input it was typed from; rows matched to the table by position and name. */
    static SelfEvaluationInput input(StoredEvaluation stored, GoalTableView table) {
        List<SelfEvaluationInput.Row> rows = new ArrayList<>();
        List<Indicator> indicators = table.content().indicators();
        for (int i = 0; i < indicators.size(); i++) {
            int position = i;
            StoredEvaluation.Row row = stored.rows().stream()
                    .filter(r -> r.position() == position && r.indicatorName().equals(indicators.get(position).name()))
                    .findFirst().orElse(null);
            rows.add(row == null ? SelfEvaluationInput.Row.empty()
                    : new SelfEvaluationInput.Row(row.actual(), row.band(), plain(row.judgedScore()),
                    "NOT_APPLICABLE".equals(row.assessment()), row.deviationReason(), plain(row.deduction()),
                    row.deductionReason()));
        }
        return new SelfEvaluationInput(stored.version(), wan(stored.budget()), wan(stored.executed()),
                stored.executionReason(), rows);
    }

    /** What to store of a scored (and savable) input. */
    static StoredEvaluation stored(StoredEvaluation before, ScoredSelfEvaluation scored) {
        List<StoredEvaluation.Row> rows = new ArrayList<>();
        for (ScoredSelfEvaluation.RowResult r : scored.rows()) {
            String assessment = switch (r.kind()) {
                case NOT_APPLICABLE -> "NOT_APPLICABLE";
                case JUDGED -> "JUDGED";
                case MEASURED -> "MEASURED";
                case DEADLINE -> r.band() == null ? "MEASURED" : "JUDGED";
            };
            rows.add(new StoredEvaluation.Row(r.index(), r.indicator().name(), assessment, blankToNull(r.actual()),
                    r.kind() == AssessmentKind.NOT_APPLICABLE || r.band() == null ? null : r.band().name(),
                    r.kind() == AssessmentKind.NOT_APPLICABLE ? null : r.score(), blankToNull(r.deviationReason()),
                    r.deduction(), blankToNull(r.deductionReason())));
        }
        return new StoredEvaluation(before.id(), before.unitCode(), before.year(), before.goalTableId(),
                yuan(scored.budgetWan()), yuan(scored.executedWan()), blankToNull(scored.executionReason()), rows,
                before.version());
    }

    private static String wan(BigDecimal yuan) {
        return yuan == null ? "" : Amount.ofYuan(yuan).toWan().stripTrailingZeros().toPlainString();
    }

    private static BigDecimal yuan(BigDecimal wan) {
        return wan == null ? null : Amount.ofWan(wan).yuan();
    }

    private static String plain(BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
