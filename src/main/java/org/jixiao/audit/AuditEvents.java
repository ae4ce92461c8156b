package org.jixiao.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;

import org.jixiao.audit.domain.AuditAction;
import org.jixiao.audit.domain.FieldChange;
import org.jixiao.review.domain.SubjectKind;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Table {@code aud_event}: append-only. There is deliberately no update and no delete here; on PostgreSQL a trigger
 * refuses them as well (migration {@code V030_1}).
 */
@Repository
class AuditEvents {

    static final int SUMMARY_LIMIT = 4000;

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    AuditEvents(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    /** Inserts many entries in JDBC batches (one round trip per batch, not per entry). */
    void insertAll(List<AuditEntry> entries) {
        batch.batchUpdate("""
                insert into aud_event (subject_kind, subject_id, unit_code, action, actor_id, actor_username,
                                       actor_name, occurred_at, remote_address, summary, changes)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, entries, 500, (ps, entry) -> {
            ps.setString(1, entry.subjectKind().name());
            ps.setLong(2, entry.subjectId());
            ps.setString(3, entry.unitCode());
            ps.setString(4, entry.action().name());
            ps.setObject(5, entry.actorId(), Types.BIGINT);
            ps.setString(6, entry.actorUsername());
            ps.setString(7, entry.actorName());
            ps.setTimestamp(8, Timestamp.from(entry.occurredAt()));
            ps.setString(9, entry.remoteAddress());
            ps.setString(10, limit(entry.summary(), SUMMARY_LIMIT));
            ps.setString(11, toJson(entry.changes()));
        });
    }

    long insert(AuditEntry entry) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into aud_event (subject_kind, subject_id, unit_code, action, actor_id, actor_username,
                                       actor_name, occurred_at, remote_address, summary, changes)
                values (:kind, :subject, :unit, :action, :actorId, :username, :name, :at, :address, :summary, :changes)
                """)
                .param("kind", entry.subjectKind().name())
                .param("subject", entry.subjectId())
                .param("unit", entry.unitCode())
                .param("action", entry.action().name())
                .param("actorId", entry.actorId())
                .param("username", entry.actorUsername())
                .param("name", entry.actorName())
                .param("at", Timestamp.from(entry.occurredAt()))
                .param("address", entry.remoteAddress())
                .param("summary", limit(entry.summary(), SUMMARY_LIMIT))
                .param("changes", toJson(entry.changes()))
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    /** The subject's events, oldest first. */
    List<AuditEntry> findBySubject(SubjectKind kind, long subjectId) {
        return jdbc.sql("""
                select id, subject_kind, subject_id, unit_code, action, actor_id, actor_username, actor_name,
                       occurred_at, remote_address, summary, changes
                  from aud_event
                 where subject_kind = :kind and subject_id = :subject
                 order by id
                """)
                .param("kind", kind.name()).param("subject", subjectId)
                .query((rs, i) -> entry(rs))
                .list();
    }

    private static AuditEntry entry(ResultSet rs) throws SQLException {
        long actorId = rs.getLong("actor_id");
        Long actor = rs.wasNull() ? null : actorId;
        return new AuditEntry(rs.getLong("id"), SubjectKind.valueOf(rs.getString("subject_kind")),
                rs.getLong("subject_id"), rs.getString("unit_code"), AuditAction.valueOf(rs.getString("action")),
                actor, rs.getString("actor_username"), rs.getString("actor_name"),
                rs.getTimestamp("occurred_at").toInstant(), rs.getString("remote_address"), rs.getString("summary"),
                fromJson(rs.getString("changes")));
    }

    static String toJson(List<FieldChange> changes) {
        ArrayNode array = JSON.createArrayNode();
        for (FieldChange change : changes) {
            ObjectNode line = array.addObject();
            line.put("field", change.field());
            line.put("before", change.before());
            line.put("after", change.after());
        }
        return JSON.writeValueAsString(array);
    }

    static List<FieldChange> fromJson(String json) {
        List<FieldChange> changes = new ArrayList<>();
        for (JsonNode line : JSON.readTree(json)) {
            changes.add(new FieldChange(line.get("field").asString(), text(line.get("before")), text(line.get("after"))));
        }
        return changes;
    }

    private static String text(JsonNode node) {
        return node == null || node.isNull() ? null : node.asString();
    }

    private static String limit(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length - 1) + "…";
    }
}
