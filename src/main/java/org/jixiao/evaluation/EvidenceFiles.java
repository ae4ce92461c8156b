package org.jixiao.evaluation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.jixiao.evaluation.domain.EvaluationId;
import org.jixiao.evaluation.domain.EvidenceType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Table {@code eval_evidence}: evidence files with their bytes and SHA-256. Lists never read the bytes. */
@Repository
class EvidenceFiles {

    private static final String COLUMNS = """
            select id, position, file_name, file_type, size_bytes, sha256, uploader_name, uploaded_at
              from eval_evidence""";

    private final JdbcClient jdbc;

    EvidenceFiles(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(EvaluationId evaluation, int position, String fileName, EvidenceType type, byte[] content,
                String sha256, Long uploaderId, String uploaderName, Instant now) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into eval_evidence (self_evaluation_id, position, file_name, file_type, size_bytes, sha256,
                                           content, uploaded_by, uploader_name, uploaded_at)
                values (:evaluation, :position, :name, :type, :size, :sha, :content, :by, :byName, :now)
                """)
                .param("evaluation", evaluation.value()).param("position", position).param("name", fileName)
                .param("type", type.name()).param("size", (long) content.length).param("sha", sha256)
                .param("content", content).param("by", uploaderId).param("byName", uploaderName)
                .param("now", Timestamp.from(now))
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    /** The evaluation's files, by indicator and upload order. */
    List<EvidenceFile> list(EvaluationId evaluation) {
        return jdbc.sql(COLUMNS + " where self_evaluation_id = :evaluation order by position, id")
                .param("evaluation", evaluation.value()).query((rs, i) -> file(rs)).list();
    }

    Optional<EvidenceFile> find(EvaluationId evaluation, long id) {
        return jdbc.sql(COLUMNS + " where self_evaluation_id = :evaluation and id = :id")
                .param("evaluation", evaluation.value()).param("id", id).query((rs, i) -> file(rs)).optional();
    }

    /** A file of the indicator with the same content, if any. */
    Optional<EvidenceFile> findSame(EvaluationId evaluation, int position, String sha256) {
        return jdbc.sql(COLUMNS + " where self_evaluation_id = :evaluation and position = :position and sha256 = :sha")
                .param("evaluation", evaluation.value()).param("position", position).param("sha", sha256)
                .query((rs, i) -> file(rs)).optional();
    }

    Optional<byte[]> content(EvaluationId evaluation, long id) {
        return jdbc.sql("select content from eval_evidence where self_evaluation_id = :evaluation and id = :id")
                .param("evaluation", evaluation.value()).param("id", id)
                .query((rs, i) -> rs.getBytes("content")).optional();
    }

    boolean delete(EvaluationId evaluation, long id) {
        return jdbc.sql("delete from eval_evidence where self_evaluation_id = :evaluation and id = :id")
                .param("evaluation", evaluation.value()).param("id", id).update() == 1;
    }

    private static EvidenceFile file(ResultSet rs) throws SQLException {
        return new EvidenceFile(rs.getLong("id"), rs.getInt("position"), rs.getString("file_name"),
                EvidenceType.valueOf(rs.getString("file_type")), rs.getLong("size_bytes"), rs.getString("sha256"),
                rs.getString("uploader_name"), rs.getTimestamp("uploaded_at").toInstant());
    }
}
