package org.jixiao.review;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.jixiao.orgs.OrgScope;
import org.jixiao.orgs.domain.Permission;
import org.jixiao.orgs.domain.RegionCode;
import org.jixiao.review.domain.Outcome;
import org.jixiao.review.domain.ReviewCase;
import org.jixiao.review.domain.ReviewChain;
import org.jixiao.review.domain.ReviewEvent;
import org.jixiao.review.domain.ReviewOpinion;
import org.jixiao.review.domain.ReviewState;
import org.jixiao.review.domain.ReviewStep;
import org.jixiao.review.domain.ReviewSubject;
import org.jixiao.review.domain.SubjectKind;
import org.jixiao.shared.FiscalYear;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * Review cases, their events and opinions, and the approved snapshots ({@code rev_*}). A case row is updated only
 * under its version ({@code where id = ? and version = ?}); events are inserted, never changed.
 */
@Repository
class ReviewCases {

    private final JdbcClient jdbc;

    ReviewCases(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A case as stored: its row id, its subject's unit and year, whether it was returned, and the domain case. */
    record Stored(long id, String unitCode, int fiscalYear, boolean returned, ReviewCase reviewCase) {
    }

    Optional<Stored> find(ReviewSubject subject) {
        Optional<Row> row = jdbc.sql("select * from rev_case where subject_kind = :kind and subject_id = :id")
                .param("kind", subject.kind().name()).param("id", subject.id())
                .query((rs, i) -> row(rs)).optional();
        return row.map(r -> r.toStored(events(r.id)));
    }

    /** A new 草稿 case, version 0. */
    long insert(ReviewSubject subject, String unitCode, FiscalYear year, Instant now) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into rev_case (subject_kind, subject_id, unit_code, fiscal_year, state, step_index, round,
                                      version, returned, updated_at)
                values (:kind, :subject, :unit, :year, 'DRAFT', 0, 1, 0, false, :now)
                """)
                .param("kind", subject.kind().name()).param("subject", subject.id())
                .param("unit", unitCode).param("year", year.value()).param("now", Timestamp.from(now))
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    /**
     * Writes the new state if the row is still at {@code expectedVersion}.
     *
     * @return false when somebody else changed the case in between (nothing written)
     */
    boolean update(long id, long expectedVersion, ReviewCase next, boolean returned, Instant now) {
        ReviewChain chain = next.chain();
        return jdbc.sql("""
                update rev_case set state = :state, chain_key = :chainKey, chain_steps = :steps,
                       step_index = :step, current_permission = :permission, round = :round, version = :newVersion,
                       submitter_id = :submitter, returned = :returned, updated_at = :now
                 where id = :id and version = :version
                """)
                .param("state", next.state().name())
                .param("chainKey", chain == null ? null : chainKey(chain))
                .param("steps", chain == null ? null : steps(chain))
                .param("step", next.stepIndex())
                .param("permission", next.currentStep().map(s -> s.permission().name()).orElse(null))
                .param("round", next.round())
                .param("newVersion", next.version())
                .param("submitter", next.submitterId())
                .param("returned", returned)
                .param("now", Timestamp.from(now))
                .param("id", id)
                .param("version", expectedVersion)
                .update() == 1;
    }

    Optional<Long> currentVersion(long id) {
        return jdbc.sql("select version from rev_case where id = :id").param("id", id).query(Long.class).optional();
    }

    /** Appends the event of a transition with its opinions. */
    void append(long caseId, ReviewEvent event) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        String kind;
        Integer stepIndex = null;
        String stepName = null;
        String outcome = null;
        String reason = null;
        boolean finalStep = false;
        String steps = null;
        List<ReviewOpinion> opinions = List.of();
        if (event instanceof ReviewEvent.Submitted s) {
            kind = "SUBMITTED";
            steps = String.join("\n", s.steps());
        } else if (event instanceof ReviewEvent.Withdrawn) {
            kind = "WITHDRAWN";
        } else if (event instanceof ReviewEvent.Decided d) {
            kind = "DECIDED";
            stepIndex = d.stepIndex();
            stepName = d.step();
            outcome = d.outcome().name();
            reason = d.reason();
            finalStep = d.finalStep();
            opinions = d.opinions();
        } else if (event instanceof ReviewEvent.Adjusted a) {
            kind = "ADJUSTED";
            reason = a.reason();
        } else {
            throw new IllegalArgumentException("unknown review event " + event);
        }
        jdbc.sql("""
                insert into rev_event (case_id, version, kind, round, actor_id, actor_name, occurred_at, step_index,
                                       step_name, outcome, reason, final_step, steps)
                values (:caseId, :version, :kind, :round, :actorId, :actorName, :at, :stepIndex, :stepName,
                        :outcome, :reason, :finalStep, :steps)
                """)
                .param("caseId", caseId).param("version", event.version()).param("kind", kind)
                .param("round", event.round()).param("actorId", event.actorId()).param("actorName", event.actorName())
                .param("at", Timestamp.from(event.at())).param("stepIndex", stepIndex).param("stepName", stepName)
                .param("outcome", outcome).param("reason", reason).param("finalStep", finalStep)
                .param("steps", steps)
                .update(keys, "id");
        long eventId = keys.getKey().longValue();
        for (int i = 0; i < opinions.size(); i++) {
            ReviewOpinion opinion = opinions.get(i);
            jdbc.sql("insert into rev_opinion (event_id, position, row_index, text) values (:e, :p, :r, :t)")
                    .param("e", eventId).param("p", i).param("r", opinion.row()).param("t", opinion.text())
                    .update();
        }
    }

    void insertSnapshot(long caseId, int round, String reason, String content, long actorId, String actorName,
                        Instant now) {
        jdbc.sql("""
                insert into rev_snapshot (case_id, round, reason, content, actor_id, actor_name, created_at)
                values (:caseId, :round, :reason, :content, :actorId, :actorName, :now)
                """)
                .param("caseId", caseId).param("round", round).param("reason", reason).param("content", content)
                .param("actorId", actorId).param("actorName", actorName).param("now", Timestamp.from(now))
                .update();
    }

    /** The approved contents kept by 调整, oldest first. */
    List<ReviewSnapshot> snapshots(long caseId) {
        return jdbc.sql("""
                select round, reason, content, actor_name, created_at from rev_snapshot
                 where case_id = :id order by round
                """)
                .param("id", caseId)
                .query((rs, i) -> new ReviewSnapshot(rs.getInt("round"), rs.getString("reason"),
                        rs.getString("content"), rs.getString("actor_name"),
                        rs.getTimestamp("created_at").toInstant()))
                .list();
    }

    /** Pending cases (of every kind) whose current step needs one of {@code permissions}, within the scope. */
    List<CaseLine> awaiting(Collection<Permission> permissions, long notSubmittedBy, OrgScope scope) {
        if (permissions.isEmpty() || scope.isEmpty()) {
            return List.of();
        }
        return lines("state = 'PENDING' and current_permission in (:permissions) and submitter_id <> :reader",
                Map.of("permissions", permissions.stream().map(Permission::name).toList(), "reader", notSubmittedBy),
                scope);
    }

    /** 草稿 after a 退回, within the scope. */
    List<CaseLine> returned(OrgScope scope) {
        return scope.isEmpty() ? List.of() : lines("state = 'DRAFT' and returned = true", Map.of(), scope);
    }

    /** The number of cases per state within the scope. */
    Map<ReviewState, Long> countByState(OrgScope scope) {
        Map<ReviewState, Long> counts = new HashMap<>();
        if (scope.isEmpty()) {
            return counts;
        }
        String where = scope.isUnrestricted() ? "" : " where unit_code in (:codes)";
        var spec = jdbc.sql("select state, count(*) as n from rev_case" + where + " group by state");
        if (!scope.isUnrestricted()) {
            spec = spec.param("codes", scope.codes());
        }
        spec.query((rs, i) -> Map.entry(ReviewState.valueOf(rs.getString("state")), rs.getLong("n"))).list()
                .forEach(e -> counts.put(e.getKey(), e.getValue()));
        return counts;
    }

    /** State of many subjects at once (for lists); subjects without a case are absent. */
    Map<Long, CaseLine> bySubjects(SubjectKind kind, Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql("select * from rev_case where subject_kind = :kind and subject_id in (:ids)")
                .param("kind", kind.name()).param("ids", ids)
                .query((rs, i) -> line(rs)).list().stream()
                .collect(Collectors.toMap(CaseLine::subjectId, l -> l));
    }

    private List<CaseLine> lines(String condition, Map<String, ?> params, OrgScope scope) {
        String sql = "select * from rev_case where " + condition
                + (scope.isUnrestricted() ? "" : " and unit_code in (:codes)") + " order by updated_at, id";
        var spec = jdbc.sql(sql);
        for (Map.Entry<String, ?> p : params.entrySet()) {
            spec = spec.param(p.getKey(), p.getValue());
        }
        if (!scope.isUnrestricted()) {
            spec = spec.param("codes", scope.codes());
        }
        return spec.query((rs, i) -> line(rs)).list();
    }

    /** One case for lists: the subject, where it stands and its label. */
    record CaseLine(SubjectKind kind, long subjectId, String unitCode, int fiscalYear, ReviewState state, String stepName,
                    int round, long version, boolean returned, Instant updatedAt) {

        String statusLabel() {
            return switch (state) {
                case PENDING -> "待" + stepName;
                case DRAFT -> returned ? "已退回（草稿）" : "草稿";
                case APPROVED -> "已批复";
            };
        }
    }

    private static CaseLine line(ResultSet rs) throws SQLException {
        ReviewState state = ReviewState.valueOf(rs.getString("state"));
        String stepName = null;
        if (state == ReviewState.PENDING) {
            String[] steps = rs.getString("chain_steps").split("\n");
            stepName = steps[rs.getInt("step_index")].split("\t")[0];
        }
        return new CaseLine(SubjectKind.valueOf(rs.getString("subject_kind")), rs.getLong("subject_id"), rs.getString("unit_code"), rs.getInt("fiscal_year"), state,
                stepName, rs.getInt("round"), rs.getLong("version"), rs.getBoolean("returned"),
                rs.getTimestamp("updated_at").toInstant());
    }

    private List<ReviewEvent> events(long caseId) {
        ReviewSubject[] subject = new ReviewSubject[1];
        Map<Long, List<ReviewOpinion>> opinions = new LinkedHashMap<>();
        jdbc.sql("""
                select o.event_id, o.row_index, o.text from rev_opinion o join rev_event e on e.id = o.event_id
                 where e.case_id = :id order by o.event_id, o.position
                """)
                .param("id", caseId)
                .query((rs, i) -> {
                    int row = rs.getInt("row_index");
                    Integer rowIndex = rs.wasNull() ? null : row;
                    opinions.computeIfAbsent(rs.getLong("event_id"), k -> new ArrayList<>())
                            .add(new ReviewOpinion(rowIndex, rs.getString("text")));
                    return null;
                }).list();
        subject[0] = jdbc.sql("select subject_kind, subject_id from rev_case where id = :id").param("id", caseId)
                .query((rs, i) -> new ReviewSubject(SubjectKind.valueOf(rs.getString("subject_kind")),
                        rs.getLong("subject_id"))).single();
        return jdbc.sql("select * from rev_event where case_id = :id order by version").param("id", caseId)
                .query((rs, i) -> event(rs, subject[0], opinions.getOrDefault(rs.getLong("id"), List.of())))
                .list();
    }

    private static ReviewEvent event(ResultSet rs, ReviewSubject subject, List<ReviewOpinion> opinions)
            throws SQLException {
        int round = rs.getInt("round");
        long version = rs.getLong("version");
        long actorId = rs.getLong("actor_id");
        String actorName = rs.getString("actor_name");
        Instant at = rs.getTimestamp("occurred_at").toInstant();
        return switch (rs.getString("kind")) {
            case "SUBMITTED" -> new ReviewEvent.Submitted(subject, round, version, actorId, actorName, at,
                    rs.getString("steps") == null ? List.of() : Arrays.asList(rs.getString("steps").split("\n")));
            case "WITHDRAWN" -> new ReviewEvent.Withdrawn(subject, round, version, actorId, actorName, at);
            case "DECIDED" -> new ReviewEvent.Decided(subject, round, version, actorId, actorName, at,
                    rs.getInt("step_index"), rs.getString("step_name"), Outcome.valueOf(rs.getString("outcome")),
                    rs.getString("reason"), opinions, rs.getBoolean("final_step"));
            case "ADJUSTED" -> new ReviewEvent.Adjusted(subject, round, version, actorId, actorName, at,
                    rs.getString("reason"));
            default -> throw new IllegalStateException("unknown review event kind " + rs.getString("kind"));
        };
    }

    /** The columns of a case row, before its events are read. */
    private record Row(long id, ReviewSubject subject, String unitCode, int fiscalYear, ReviewState state,
                       ReviewChain chain, int stepIndex, int round, long version, Long submitterId,
                       boolean returned) {

        Stored toStored(List<ReviewEvent> events) {
            return new Stored(id, unitCode, fiscalYear, returned,
                    new ReviewCase(subject, state, chain, stepIndex, round, version, submitterId, events));
        }
    }

    private static Row row(ResultSet rs) throws SQLException {
        long submitter = rs.getLong("submitter_id");
        Long submitterId = rs.wasNull() ? null : submitter;
        return new Row(rs.getLong("id"),
                new ReviewSubject(SubjectKind.valueOf(rs.getString("subject_kind")), rs.getLong("subject_id")),
                rs.getString("unit_code"), rs.getInt("fiscal_year"), ReviewState.valueOf(rs.getString("state")),
                chain(rs.getString("chain_key"), rs.getString("chain_steps")), rs.getInt("step_index"),
                rs.getInt("round"), rs.getLong("version"), submitterId, rs.getBoolean("returned"));
    }

    /** {@code region/year}, {@code *} for any: names the configured chain a case follows. */
    static String chainKey(ReviewChain chain) {
        return chain.regionCode().map(RegionCode::value).orElse("*") + "/"
                + chain.fiscalYear().map(y -> Integer.toString(y.value())).orElse("*");
    }

    /** One line per step: name, tab, permission constant. */
    private static String steps(ReviewChain chain) {
        return chain.steps().stream().map(s -> s.name() + "\t" + s.permission().name())
                .collect(Collectors.joining("\n"));
    }

    private static ReviewChain chain(String key, String steps) {
        if (steps == null) {
            return null;
        }
        RegionCode region = null;
        FiscalYear year = null;
        if (key != null) {
            String[] parts = key.split("/");
            region = parts[0].equals("*") ? null : new RegionCode(parts[0]);
            year = parts.length < 2 || parts[1].equals("*") ? null : FiscalYear.of(Integer.parseInt(parts[1]));
        }
        List<ReviewStep> list = new ArrayList<>();
        for (String line : steps.split("\n")) {
            String[] parts = line.split("\t");
            list.add(new ReviewStep(parts[0], Permission.valueOf(parts[1])));
        }
        return new ReviewChain(region, year, list);
    }
}
