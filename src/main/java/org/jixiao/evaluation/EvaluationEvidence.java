package org.jixiao.evaluation;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

import org.jixiao.evaluation.domain.EvaluationId;
import org.jixiao.evaluation.domain.EvidenceType;
import org.jixiao.goals.GoalTableQueries;
import org.jixiao.orgs.OrgScope;
import org.jixiao.orgs.Permissions;
import org.jixiao.orgs.domain.Actor;
import org.jixiao.orgs.domain.Permission;
import org.jixiao.shared.NotFoundException;
import org.jixiao.shared.RecordLockedException;
import org.jixiao.shared.ValidationException;
import org.jixiao.shared.Violation;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 佐证材料: evidence files per indicator of a project self-evaluation. Upload checks, before anything is written:
 * the indicator exists, the file is not empty and not over {@code jixiao.evaluation.evidence.max-size}, its
 * extension is an accepted one and its content (magic bytes, the Office container's parts) is what the extension
 * says ({@link EvidenceType#detect}), and the indicator has no file with the same content (SHA-256). Bytes are
 * stored in the database with their SHA-256. Upload and delete need {@code goal-table:edit} and a 草稿 (not
 * submitted or approved) evaluation; listing and download {@code goal-table:read}. Out of scope is not found.
 */
@Service
@Transactional
@EnableConfigurationProperties(EvidenceProperties.class)
public class EvaluationEvidence {

    /** Longest file name kept, in characters. */
    public static final int MAX_NAME = 200;

    private final SelfEvaluations evaluations;
    private final EvidenceFiles files;
    private final GoalTableQueries goals;
    private final EvidenceProperties properties;
    private final Clock clock;

    EvaluationEvidence(SelfEvaluations evaluations, EvidenceFiles files, GoalTableQueries goals,
                       EvidenceProperties properties, Clock clock) {
        this.evaluations = evaluations;
        this.files = files;
        this.goals = goals;
        this.properties = properties;
        this.clock = clock;
    }

    /** A downloaded file: its record and bytes. */
    public record Download(EvidenceFile file, byte[] content) {
    }

    /** The largest accepted file, in bytes. */
    public long maxSize() {
        return properties.maxSize().toBytes();
    }

    @Transactional(readOnly = true)
    public List<EvidenceFile> list(EvaluationId id, Actor actor, OrgScope scope) {
        evaluation(id, scope);
        Permissions.require(actor, Permission.GOAL_TABLE_READ);
        return files.list(id);
    }

    /**
     * Stores an uploaded file for the indicator at {@code indicator} (0-based).
     *
     * @throws ValidationException   with every reason at once (indicator, empty, size, type, content, duplicate)
     * @throws RecordLockedException when the evaluation is submitted or approved
     */
    public EvidenceFile upload(EvaluationId id, int indicator, String fileName, byte[] content, Actor actor,
                               OrgScope scope) {
        StoredEvaluation stored = evaluation(id, scope);
        Permissions.require(actor, Permission.GOAL_TABLE_EDIT);
        if (evaluations.isLocked(id)) {
            throw new RecordLockedException(SelfEvaluations.LOCKED_MESSAGE);
        }
        int rows = goals.find(stored.goalTableId(), scope).map(t -> t.content().indicators().size()).orElse(0);
        List<Violation> violations = new ArrayList<>();
        if (indicator < 0 || indicator >= rows) {
            violations.add(Violation.of("evidence.indicator", "indicator", indicator + 1));
        }
        String name = cleanName(fileName);
        byte[] bytes = content == null ? new byte[0] : content;
        if (name.isEmpty()) {
            violations.add(Violation.of("evidence.name.blank", "file"));
        } else if (name.codePointCount(0, name.length()) > MAX_NAME) {
            violations.add(Violation.of("evidence.name.too-long", "file", MAX_NAME));
        }
        EvidenceType claimed = EvidenceType.byName(name).orElse(null);
        if (bytes.length == 0) {
            violations.add(Violation.of("evidence.empty", "file"));
        } else if (bytes.length > maxSize()) {
            violations.add(Violation.of("evidence.too-large", "file", megabytes(maxSize())));
        } else if (claimed == null && !name.isEmpty()) {
            violations.add(Violation.of("evidence.extension", "file", String.join("、", EvidenceType.allExtensions())));
        } else if (claimed != null) {
            Set<EvidenceType> actual = EvidenceType.detect(bytes);
            if (!actual.contains(claimed)) {
                violations.add(Violation.of("evidence.content", "file", claimed.label(),
                        actual.isEmpty() ? "无法识别的内容" : actual.stream().sorted().findFirst().orElseThrow().label()));
            }
        }
        String sha256 = sha256(bytes);
        if (violations.isEmpty()) {
            files.findSame(id, indicator, sha256).ifPresent(same ->
                    violations.add(Violation.of("evidence.duplicate", "file", same.fileName())));
        }
        if (!violations.isEmpty()) {
            throw new ValidationException(violations);
        }
        long fileId;
        try {
            fileId = files.insert(id, indicator, name, claimed, bytes, sha256, actor.userId(), actor.displayName(),
                    clock.instant());
        } catch (DuplicateKeyException e) { // the same file uploaded twice at once
            throw new ValidationException(List.of(Violation.of("evidence.duplicate", "file", name)));
        }
        return files.find(id, fileId).orElseThrow();
    }

    @Transactional(readOnly = true)
    public Download download(EvaluationId id, long fileId, Actor actor, OrgScope scope) {
        evaluation(id, scope);
        Permissions.require(actor, Permission.GOAL_TABLE_READ);
        EvidenceFile file = files.find(id, fileId).orElseThrow(() -> fileNotFound(fileId));
        return new Download(file, files.content(id, fileId).orElseThrow(() -> fileNotFound(fileId)));
    }

    /** Removes a file while the evaluation is a 草稿. */
    public void delete(EvaluationId id, long fileId, Actor actor, OrgScope scope) {
        evaluation(id, scope);
        Permissions.require(actor, Permission.GOAL_TABLE_EDIT);
        if (evaluations.isLocked(id)) {
            throw new RecordLockedException(SelfEvaluations.LOCKED_MESSAGE);
        }
        if (!files.delete(id, fileId)) {
            throw fileNotFound(fileId);
        }
    }

    /** The last path segment, without control characters, trimmed (browsers on Windows may send a whole path). */
    static String cleanName(String fileName) {
        if (fileName == null) {
            return "";
        }
        String name = fileName.substring(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1);
        StringBuilder clean = new StringBuilder();
        name.codePoints().filter(c -> !Character.isISOControl(c) && c != '"').forEach(clean::appendCodePoint);
        return clean.toString().strip();
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String megabytes(long bytes) {
        if (bytes % (1024 * 1024) == 0) {
            return bytes / (1024 * 1024) + " MB";
        }
        return bytes % 1024 == 0 ? bytes / 1024 + " KB" : bytes + " 字节";
    }

    private StoredEvaluation evaluation(EvaluationId id, OrgScope scope) {
        return evaluations.find(id).filter(e -> scope.contains(e.unitCode()))
                .orElseThrow(() -> new NotFoundException("自评表 " + id.value() + " 不存在"));
    }

    private static NotFoundException fileNotFound(long fileId) {
        return new NotFoundException("佐证材料 " + fileId + " 不存在");
    }
}
