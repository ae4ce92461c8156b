package org.jixiao.evaluation;

import java.sql.Timestamp;
import java.util.List;

import org.jixiao.evaluation.domain.EvaluationId;
import org.jixiao.review.domain.SubjectKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Tables {@code eval_rescore} (project self-evaluations) and {@code eval_department_rescore} (department
 * self-evaluations, with the leaf code beside the leaf's position): append-only; the latest row per target is the
 * one in force.
 */
@Repository
class Rescores {

    private final JdbcClient jdbc;

    Rescores(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(SubjectKind kind, long subject, String leafCode, Rescore r) {
        if (kind == SubjectKind.SELF_EVALUATION) {
            insert(new EvaluationId(subject), r);
            return;
        }
        require(kind);
        jdbc.sql("""
                insert into eval_department_rescore (department_evaluation_id, leaf_code, position, indicator_name,
                                                     unit_score, score, reason, actor_id, actor_name, recorded_at)
                values (:subject, :leaf, :position, :name, :unitScore, :score, :reason, :actorId, :actorName, :at)
                """)
                .param("subject", subject).param("leaf", leafCode).param("position", r.indicator())
                .param("name", r.indicatorName()).param("unitScore", r.unitScore()).param("score", r.score())
                .param("reason", r.reason()).param("actorId", r.actorId()).param("actorName", r.actorName())
                .param("at", Timestamp.from(r.at()))
                .update();
    }

    /** Every re-score of the subject, oldest first. */
    List<Rescore> history(SubjectKind kind, long subject) {
        if (kind == SubjectKind.SELF_EVALUATION) {
            return history(new EvaluationId(subject));
        }
        require(kind);
        return jdbc.sql("""
                select id, position, indicator_name, unit_score, score, reason, actor_id, actor_name, recorded_at
                  from eval_department_rescore where department_evaluation_id = :subject order by id
                """)
                .param("subject", subject).query((rs, i) -> row(rs)).list();
    }

    private static void require(SubjectKind kind) {
        if (kind != SubjectKind.DEPARTMENT_EVALUATION) {
            throw new IllegalArgumentException("no re-scores for " + kind);
        }
    }

    private static Rescore row(java.sql.ResultSet rs) throws java.sql.SQLException {
        int position = rs.getInt("position");
        Integer indicator = rs.wasNull() ? null : position;
        return new Rescore(rs.getLong("id"), indicator, rs.getString("indicator_name"),
                rs.getBigDecimal("unit_score"), rs.getBigDecimal("score"), rs.getString("reason"),
                rs.getLong("actor_id"), rs.getString("actor_name"), rs.getTimestamp("recorded_at").toInstant());
    }

    void insert(EvaluationId evaluation, Rescore r) {
        jdbc.sql("""
                insert into eval_rescore (self_evaluation_id, position, indicator_name, unit_score, score, reason,
                                          actor_id, actor_name, recorded_at)
                values (:evaluation, :position, :name, :unitScore, :score, :reason, :actorId, :actorName, :at)
                """)
                .param("evaluation", evaluation.value()).param("position", r.indicator())
                .param("name", r.indicatorName()).param("unitScore", r.unitScore()).param("score", r.score())
                .param("reason", r.reason()).param("actorId", r.actorId()).param("actorName", r.actorName())
                .param("at", Timestamp.from(r.at()))
                .update();
    }

    /** Every re-score of the evaluation, oldest first. */
    List<Rescore> history(EvaluationId evaluation) {
        return jdbc.sql("""
                select id, position, indicator_name, unit_score, score, reason, actor_id, actor_name, recorded_at
                  from eval_rescore where self_evaluation_id = :evaluation order by id
                """)
                .param("evaluation", evaluation.value())
                .query((rs, i) -> {
                    int position = rs.getInt("position");
                    Integer indicator = rs.wasNull() ? null : position;
                    return new Rescore(rs.getLong("id"), indicator, rs.getString("indicator_name"),
                            rs.getBigDecimal("unit_score"), rs.getBigDecimal("score"), rs.getString("reason"),
                            rs.getLong("actor_id"), rs.getString("actor_name"),
                            rs.getTimestamp("recorded_at").toInstant());
                }).list();
    }
}
