package org.jixiao.evaluation;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jixiao.evaluation.domain.EvaluationId;
import org.jixiao.evaluation.domain.ScoredSelfEvaluation;
import org.jixiao.orgs.OrgScope;
import org.jixiao.orgs.Permissions;
import org.jixiao.orgs.domain.Actor;
import org.jixiao.orgs.domain.Permission;
import org.jixiao.review.ReviewService;
import org.jixiao.review.domain.ReviewState;
import org.jixiao.review.domain.ReviewSubject;
import org.jixiao.review.domain.SubjectKind;
import org.jixiao.shared.NotFoundException;
import org.jixiao.shared.RecordLockedException;
import org.jixiao.shared.ValidationException;
import org.jixiao.shared.Violation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 复核分: a finance-bureau reviewer ({@code review:bureau}) records a re-scored value beside the unit's own score,
 * for one indicator (0 to its 分值) or for the total (0 to 100), always with a reason, once the self-evaluation is
 * submitted (pending or approved; a 草稿 is still the unit's). Each record is kept (append-only, who and when);
 * the latest per indicator, and for the total, is in force. The unit's own scores are never changed. The same
 * design serves both review subjects of this module: project self-evaluations ({@link SubjectKind#SELF_EVALUATION},
 * indicators by 0-based row) and department self-evaluations ({@link SubjectKind#DEPARTMENT_EVALUATION}, 三级指标
 * by leaf code, kept with the leaf's position among the template's leaves).
 */
@Service
@Transactional
public class EvaluationRescoring {

    /** Longest reason, in characters. */
    public static final int MAX_REASON = 1000;
    private static final BigDecimal HUNDRED = new BigDecimal("100");

    private final EvaluationQueries queries;
    private final DepartmentEvaluationQueries departments;
    private final Rescores rescores;
    private final ReviewService review;
    private final Clock clock;

    EvaluationRescoring(EvaluationQueries queries, DepartmentEvaluationQueries departments, Rescores rescores,
                        ReviewService review, Clock clock) {
        this.queries = queries;
        this.departments = departments;
        this.rescores = rescores;
        this.review = review;
        this.clock = clock;
    }

    /** The re-scores in force and their whole trail. */
    public record Rescoring(Map<Integer, Rescore> byIndicator, Rescore total, List<Rescore> history) {

        public Rescore of(int indicator) {
            return byIndicator.get(indicator);
        }
    }

    @Transactional(readOnly = true)
    public Rescoring of(EvaluationId id, OrgScope scope) {
        view(id, scope);
        return rescoring(rescores.history(id));
    }

    /**
     * Records a re-score.
     *
     * @param indicator 0-based indicator row, or null for the total
     * @param scoreText the score as typed
     * @throws ValidationException   every problem at once: not a number, out of range, more than two decimals,
     *                               reason missing or too long, no such indicator
     * @throws RecordLockedException while the self-evaluation is a 草稿
     */
    public Rescore record(EvaluationId id, Integer indicator, String scoreText, String reason, Actor actor,
                          OrgScope scope) {
        SelfEvaluationView view = view(id, scope);
        Permissions.require(actor, Permission.REVIEW_BUREAU);
        if (review.state(new ReviewSubject(SubjectKind.SELF_EVALUATION, id.value())) == ReviewState.DRAFT) {
            throw new RecordLockedException("自评表尚未送审，不能录入复核分；请待单位送审后再复核");
        }
        ScoredSelfEvaluation scored = view.scored();
        List<Violation> violations = new ArrayList<>();
        BigDecimal max = HUNDRED;
        BigDecimal unitScore = scored.total().orElse(null);
        String name = null;
        if (indicator != null) {
            if (indicator < 0 || indicator >= scored.rows().size()) {
                violations.add(Violation.of("rescore.indicator", "indicator", indicator + 1));
            } else {
                ScoredSelfEvaluation.RowResult row = scored.rows().get(indicator);
                max = row.weight();
                unitScore = row.result().orElse(null);
                name = row.indicator().name();
            }
        }
        BigDecimal score = check(scoreText, max, violations);
        String why = reason(reason, violations);
        if (!violations.isEmpty()) {
            throw new ValidationException(violations);
        }
        Rescore rescore = new Rescore(0, indicator, name, unitScore, score.stripTrailingZeros().setScale(2), why, actor.userId(),
                actor.displayName(), clock.instant());
        rescores.insert(id, rescore);
        return rescore;
    }

    /** The department self-evaluation's re-scores in force and their whole trail. */
    @Transactional(readOnly = true)
    public Rescoring ofDepartment(long id, OrgScope scope) {
        department(id, scope);
        return rescoring(rescores.history(SubjectKind.DEPARTMENT_EVALUATION, id));
    }

    /**
     * Records a re-score of a department self-evaluation.
     *
     * @param leafCode the 三级指标's code (e.g. {@code 1.1.3}), or null/blank for the total
     * @throws ValidationException   every problem at once, as {@link #record}
     * @throws RecordLockedException while it is a 草稿
     */
    public Rescore recordDepartment(long id, String leafCode, String scoreText, String reason, Actor actor,
                                    OrgScope scope) {
        DepartmentEvaluationView view = department(id, scope);
        Permissions.require(actor, Permission.REVIEW_BUREAU);
        if (review.state(new ReviewSubject(SubjectKind.DEPARTMENT_EVALUATION, id)) == ReviewState.DRAFT) {
            throw new RecordLockedException("部门整体支出绩效自评尚未送审，不能录入复核分；请待单位送审后再复核");
        }
        List<Violation> violations = new ArrayList<>();
        BigDecimal max = HUNDRED;
        BigDecimal unitScore = view.score().total().orElse(null);
        Integer position = null;
        String name = null;
        String code = leafCode == null || leafCode.isBlank() ? null : leafCode.strip();
        if (code != null) {
            List<org.jixiao.scoring.domain.TemplateNode> leaves = view.template().template().leaves();
            for (int i = 0; i < leaves.size(); i++) {
                if (leaves.get(i).code().equals(code)) {
                    position = i;
                }
            }
            if (position == null) {
                violations.add(Violation.of("rescore.leaf", "leaf", code));
            } else {
                org.jixiao.scoring.domain.TemplateNode leaf = leaves.get(position);
                max = leaf.weight();
                unitScore = view.score().node(code).score().orElse(null);
                name = leaf.code() + " " + leaf.name();
            }
        }
        BigDecimal score = check(scoreText, max, violations);
        String why = reason(reason, violations);
        if (!violations.isEmpty()) {
            throw new ValidationException(violations);
        }
        Rescore rescore = new Rescore(0, position, name, unitScore, score.stripTrailingZeros().setScale(2), why,
                actor.userId(), actor.displayName(), clock.instant());
        rescores.insert(SubjectKind.DEPARTMENT_EVALUATION, id, code, rescore);
        return rescore;
    }

    /** The score as typed: a number from 0 to {@code max} with at most two decimals; null after a problem. */
    private static BigDecimal check(String scoreText, BigDecimal max, List<Violation> violations) {
        BigDecimal score = null;
        String text = scoreText == null ? "" : scoreText.strip();
        if (text.isEmpty()) {
            violations.add(Violation.of("rescore.score.required", "score"));
        } else {
            try {
                score = new BigDecimal(text);
            } catch (NumberFormatException e) {
                violations.add(Violation.of("rescore.score.number", "score", text));
            }
        }
        if (score != null) {
            if (score.stripTrailingZeros().scale() > 2) {
                violations.add(Violation.of("rescore.score.scale", "score"));
                return null;
            } else if (score.signum() < 0 || (max != null && score.compareTo(max) > 0)) {
                violations.add(Violation.of("rescore.score.range", "score", max == null ? "100" : max.toPlainString()));
                return null;
            }
        }
        return score;
    }

    /** The reason, stripped; required and at most {@link #MAX_REASON} characters. */
    private static String reason(String reason, List<Violation> violations) {
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            violations.add(Violation.of("rescore.reason.required", "reason"));
        } else if (why.codePointCount(0, why.length()) > MAX_REASON) {
            violations.add(Violation.of("rescore.reason.too-long", "reason", MAX_REASON));
        }
        return why;
    }

    private DepartmentEvaluationView department(long id, OrgScope scope) {
        return departments.find(id, scope)
                .orElseThrow(() -> new NotFoundException("部门整体支出绩效自评 " + id + " 不存在"));
    }

    private static Rescoring rescoring(List<Rescore> history) {
        Map<Integer, Rescore> byIndicator = new LinkedHashMap<>();
        Rescore total = null;
        for (Rescore r : history) {
            if (r.total()) {
                total = r;
            } else {
                byIndicator.put(r.indicator(), r);
            }
        }
        return new Rescoring(byIndicator, total, history);
    }

    private SelfEvaluationView view(EvaluationId id, OrgScope scope) {
        return queries.find(id, scope).orElseThrow(() -> new NotFoundException("自评表 " + id.value() + " 不存在"));
    }
}
