package org.jixiao.rectification;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jixiao.rectification.domain.ProblemAction;
import org.jixiao.rectification.domain.ProblemId;
import org.jixiao.rectification.domain.ProblemSource;
import org.jixiao.rectification.domain.ProblemStatus;
import org.jixiao.shared.VersionConflictException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * Tables {@code rect_problem}, {@code rect_measure}, {@code rect_evidence} and {@code rect_event}. The header is
 * saved under optimistic locking (zero rows updated → {@link VersionConflictException}, nothing written); measures
 * are replaced whole; evidence and events are only ever appended.
 */
@Repository
class Problems {

    private static final String HEADER = """
            select p.id, p.unit_code, p.fiscal_year, p.source, p.source_ref, p.goal_table_id, p.evaluation_id,
                   p.project_name, p.indicator_name, p.title, p.description, p.status, p.owner_user_id, p.deadline,
                   p.version, p.created_at,
                   (select count(*) from rect_evidence e where e.problem_id = p.id) as evidence_count
              from rect_problem p""";

    private final JdbcClient jdbc;

    Problems(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A stored history entry. */
    record Event(long id, ProblemId problemId, Instant at, Long actorId, String actorName, ProblemAction action,
                 ProblemStatus from, ProblemStatus to, String detail) {
    }

    /** Evidence without its content. */
    record EvidenceMeta(long id, ProblemId problemId, String fileName, String contentType, long sizeBytes,
                        String sha256, long uploadedBy, String uploadedByName, Instant uploadedAt) {
    }

    ProblemId insert(ProblemRow p, Instant now) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into rect_problem (unit_code, fiscal_year, source, source_ref, goal_table_id, evaluation_id,
                                          project_name, indicator_name, title, description, status, owner_user_id,
                                          deadline, version, created_at, updated_at)
                values (:unit, :year, :source, :ref, :table, :evaluation, :project, :indicator, :title, :description,
                        :status, :owner, :deadline, 0, :now, :now)
                """)
                .param("unit", p.unitCode())
                .param("year", p.year())
                .param("source", p.source().name())
                .param("ref", p.sourceRef())
                .param("table", p.goalTableId())
                .param("evaluation", p.evaluationId())
                .param("project", p.projectName())
                .param("indicator", p.indicatorName())
                .param("title", p.title())
                .param("description", p.description())
                .param("status", p.status().name())
                .param("owner", p.ownerUserId())
                .param("deadline", p.deadline() == null ? null : Date.valueOf(p.deadline()))
                .param("now", Timestamp.from(now))
                .update(keys, "id");
        ProblemId id = new ProblemId(keys.getKey().longValue());
        insertMeasures(id, p.measures());
        return id;
    }

    /**
     * Saves status, owner, deadline and measures if the problem is still at {@code expectedVersion}.
     *
     * @return the new version
     * @throws VersionConflictException when somebody saved it in between; nothing written
     */
    long update(ProblemRow p, long expectedVersion, Instant now) {
        int updated = jdbc.sql("""
                update rect_problem
                   set status = :status, owner_user_id = :owner, deadline = :deadline, version = version + 1,
                       updated_at = :now
                 where id = :id and version = :version
                """)
                .param("status", p.status().name())
                .param("owner", p.ownerUserId())
                .param("deadline", p.deadline() == null ? null : Date.valueOf(p.deadline()))
                .param("now", Timestamp.from(now))
                .param("id", p.id().value())
                .param("version", expectedVersion)
                .update();
        if (updated == 0) {
            long current = jdbc.sql("select version from rect_problem where id = :id").param("id", p.id().value())
                    .query(Long.class).optional().orElse(-1L);
            throw new VersionConflictException("rectification problem " + p.id().value(), expectedVersion, current);
        }
        jdbc.sql("delete from rect_measure where problem_id = :id").param("id", p.id().value()).update();
        insertMeasures(p.id(), p.measures());
        return expectedVersion + 1;
    }

    Optional<ProblemRow> find(ProblemId id) {
        return jdbc.sql(HEADER + " where p.id = :id").param("id", id.value()).query((rs, i) -> header(rs))
                .optional().map(this::withMeasures);
    }

    List<ProblemRow> findByUnitAndYear(String unitCode, int year) {
        return withMeasures(jdbc.sql(HEADER + " where p.unit_code = :unit and p.fiscal_year = :year order by p.id")
                .param("unit", unitCode).param("year", year).query((rs, i) -> header(rs)).list());
    }

    /** The open problems of an owner, by deadline. */
    List<ProblemRow> findOpenByOwner(long ownerUserId) {
        return withMeasures(jdbc.sql(HEADER + " where p.owner_user_id = :owner and p.status <> 'CLOSED'"
                        + " order by p.deadline, p.id")
                .param("owner", ownerUserId).query((rs, i) -> header(rs)).list());
    }

    /** Every problem of these units in a year (the finance bureau's view), by unit and id. */
    List<ProblemRow> findByUnits(Collection<String> unitCodes, int year) {
        if (unitCodes.isEmpty()) {
            return List.of();
        }
        return withMeasures(jdbc.sql(HEADER + " where p.unit_code in (:units) and p.fiscal_year = :year"
                        + " order by p.unit_code, p.id")
                .param("units", unitCodes).param("year", year).query((rs, i) -> header(rs)).list());
    }

    /** Every problem of a year in any unit (for the system's own unrestricted work). */
    List<ProblemRow> findByYear(int year) {
        return withMeasures(jdbc.sql(HEADER + " where p.fiscal_year = :year order by p.unit_code, p.id")
                .param("year", year).query((rs, i) -> header(rs)).list());
    }

    /** The latest year with a problem among these units (any unit when null). */
    Optional<Integer> latestYear(Collection<String> unitCodes) {
        if (unitCodes != null && unitCodes.isEmpty()) {
            return Optional.empty();
        }
        return unitCodes == null
                ? jdbc.sql("select max(fiscal_year) from rect_problem").query(Integer.class).list().stream()
                        .filter(java.util.Objects::nonNull).findFirst()
                : jdbc.sql("select max(fiscal_year) from rect_problem where unit_code in (:units)")
                        .param("units", unitCodes).query(Integer.class).list().stream()
                        .filter(java.util.Objects::nonNull).findFirst();
    }

    void addEvent(ProblemId id, Instant at, Long actorId, String actorName, ProblemAction action, ProblemStatus from,
                  ProblemStatus to, String detail) {
        jdbc.sql("""
                insert into rect_event (problem_id, at, actor_id, actor_name, action, from_status, to_status, detail)
                values (:id, :at, :actor, :name, :action, :from, :to, :detail)
                """)
                .param("id", id.value())
                .param("at", Timestamp.from(at))
                .param("actor", actorId)
                .param("name", actorName)
                .param("action", action.name())
                .param("from", from == null ? null : from.name())
                .param("to", to == null ? null : to.name())
                .param("detail", detail)
                .update();
    }

    List<Event> events(ProblemId id) {
        return jdbc.sql("""
                select id, problem_id, at, actor_id, actor_name, action, from_status, to_status, detail
                  from rect_event where problem_id = :id order by id
                """)
                .param("id", id.value())
                .query((rs, i) -> new Event(rs.getLong("id"), new ProblemId(rs.getLong("problem_id")),
                        rs.getTimestamp("at").toInstant(), (Long) rs.getObject("actor_id", Long.class),
                        rs.getString("actor_name"), ProblemAction.valueOf(rs.getString("action")),
                        status(rs.getString("from_status")), status(rs.getString("to_status")),
                        rs.getString("detail")))
                .list();
    }

    long addEvidence(ProblemId id, String fileName, String contentType, byte[] content, String sha256,
                     long uploadedBy, String uploadedByName, Instant now) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into rect_evidence (problem_id, file_name, content_type, size_bytes, sha256, content,
                                           uploaded_by, uploaded_by_name, uploaded_at)
                values (:id, :name, :type, :size, :sha, :content, :by, :byName, :now)
                """)
                .param("id", id.value())
                .param("name", fileName)
                .param("type", contentType)
                .param("size", (long) content.length)
                .param("sha", sha256)
                .param("content", content)
                .param("by", uploadedBy)
                .param("byName", uploadedByName)
                .param("now", Timestamp.from(now))
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    List<EvidenceMeta> evidence(ProblemId id) {
        return jdbc.sql("""
                select id, problem_id, file_name, content_type, size_bytes, sha256, uploaded_by, uploaded_by_name,
                       uploaded_at
                  from rect_evidence where problem_id = :id order by id
                """)
                .param("id", id.value())
                .query((rs, i) -> new EvidenceMeta(rs.getLong("id"), new ProblemId(rs.getLong("problem_id")),
                        rs.getString("file_name"), rs.getString("content_type"), rs.getLong("size_bytes"),
                        rs.getString("sha256"), rs.getLong("uploaded_by"), rs.getString("uploaded_by_name"),
                        rs.getTimestamp("uploaded_at").toInstant()))
                .list();
    }

    Optional<byte[]> evidenceContent(ProblemId id, long evidenceId) {
        return jdbc.sql("select content from rect_evidence where id = :e and problem_id = :p")
                .param("e", evidenceId).param("p", id.value())
                .query((rs, i) -> rs.getBytes("content")).optional();
    }

    private void insertMeasures(ProblemId id, List<String> measures) {
        for (int i = 0; i < measures.size(); i++) {
            jdbc.sql("insert into rect_measure (problem_id, position, text) values (:id, :position, :text)")
                    .param("id", id.value()).param("position", i).param("text", measures.get(i)).update();
        }
    }

    private ProblemRow withMeasures(ProblemRow header) {
        return withMeasures(List.of(header)).get(0);
    }

    private List<ProblemRow> withMeasures(List<ProblemRow> headers) {
        if (headers.isEmpty()) {
            return headers;
        }
        Map<Long, List<String>> measures = new HashMap<>();
        List<Long> ids = headers.stream().map(p -> p.id().value()).toList();
        for (int from = 0; from < ids.size(); from += 500) {
            jdbc.sql("select problem_id, text from rect_measure where problem_id in (:ids) order by problem_id, position")
                    .param("ids", ids.subList(from, Math.min(ids.size(), from + 500)))
                    .query((rs, i) -> Map.entry(rs.getLong("problem_id"), rs.getString("text"))).list()
                    .forEach(e -> measures.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        }
        return headers.stream().map(p -> new ProblemRow(p.id(), p.unitCode(), p.year(), p.source(), p.sourceRef(),
                p.goalTableId(), p.evaluationId(), p.projectName(), p.indicatorName(), p.title(), p.description(),
                p.status(), p.ownerUserId(), p.deadline(), measures.getOrDefault(p.id().value(), List.of()),
                p.evidence(), p.version(), p.createdAt())).toList();
    }

    private static ProblemRow header(ResultSet rs) throws SQLException {
        Date deadline = rs.getDate("deadline");
        return new ProblemRow(new ProblemId(rs.getLong("id")), rs.getString("unit_code"), rs.getInt("fiscal_year"),
                ProblemSource.valueOf(rs.getString("source")), rs.getString("source_ref"),
                rs.getObject("goal_table_id", Long.class), rs.getObject("evaluation_id", Long.class),
                rs.getString("project_name"), rs.getString("indicator_name"), rs.getString("title"),
                rs.getString("description"), ProblemStatus.valueOf(rs.getString("status")),
                rs.getObject("owner_user_id", Long.class), deadline == null ? null : deadline.toLocalDate(), List.of(),
                rs.getInt("evidence_count"), rs.getLong("version"), rs.getTimestamp("created_at").toInstant());
    }

    private static ProblemStatus status(String s) {
        return s == null ? null : ProblemStatus.valueOf(s);
    }
}
