package org.jixiao.rectification.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;

import org.jixiao.rectification.domain.ProblemSource;
import org.jixiao.shared.Violation;

/**
 * The fields of the 登记问题 and 指定责任人 forms as typed. Parsing never throws: text that is not a date, a user id
 * or a source becomes a {@link Violation} at its field.
 */
public class ProblemForm {

    private String source = "";
    private String title = "";
    private String description = "";
    private String projectName = "";
    private String indicatorName = "";
    private String sourceRef = "";
    /** 整改措施, one per line. */
    private String measures = "";
    private String ownerUserId = "";
    private String deadline = "";
    /** The linked goal table and self-evaluation, set by a pick (监控红灯, 财政审核意见) as hidden fields. */
    private String goalTableId = "";
    private String evaluationId = "";

    public ProblemSource source(List<Violation> v) {
        try {
            return ProblemSource.valueOf(source == null ? "" : source.strip());
        } catch (IllegalArgumentException e) {
            v.add(Violation.of("rectification.source.required", "source"));
            return null;
        }
    }

    public List<String> measureList() {
        return measures == null ? List.of() : Arrays.stream(measures.split("\\R")).filter(s -> !s.isBlank()).toList();
    }

    public Long owner(List<Violation> v) {
        return parseOwner(ownerUserId, v);
    }

    public LocalDate deadlineDate(List<Violation> v) {
        return parseDate(deadline, "deadline", v);
    }

    public Long goalTable(List<Violation> v) {
        return parseId(goalTableId, "goalTableId", "rectification.link.goalTable", v);
    }

    public Long evaluation(List<Violation> v) {
        return parseId(evaluationId, "evaluationId", "rectification.link.evaluation", v);
    }

    /** The form pre-filled from a pick of 监控红灯 or 财政审核意见 (editable before saving). */
    public static ProblemForm of(org.jixiao.rectification.SourceCandidate c) {
        ProblemForm f = new ProblemForm();
        f.source = c.source().name();
        f.title = c.title();
        f.description = c.description();
        f.projectName = c.projectName() == null ? "" : c.projectName();
        f.indicatorName = c.indicatorName() == null ? "" : c.indicatorName();
        f.sourceRef = c.sourceRef();
        f.goalTableId = c.goalTableId() == null ? "" : c.goalTableId().toString();
        f.evaluationId = c.evaluationId() == null ? "" : c.evaluationId().toString();
        return f;
    }

    private static Long parseId(String text, String path, String key, List<Violation> v) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            long id = Long.parseLong(text.strip());
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        v.add(Violation.of(key, path));
        return null;
    }

    static Long parseOwner(String text, List<Violation> v) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(text.strip());
        } catch (NumberFormatException e) {
            v.add(Violation.of("rectification.owner.member", "ownerUserId"));
            return null;
        }
    }

    static LocalDate parseDate(String text, String path, List<Violation> v) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            v.add(Violation.of("rectification.deadline.invalid", path));
            return null;
        }
    }

    public String getSource() { return source; }
    public void setSource(String source) { this.source = source; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public String getProjectName() { return projectName; }
    public void setProjectName(String projectName) { this.projectName = projectName; }
    public String getIndicatorName() { return indicatorName; }
    public void setIndicatorName(String indicatorName) { this.indicatorName = indicatorName; }
    public String getSourceRef() { return sourceRef; }
    public void setSourceRef(String sourceRef) { this.sourceRef = sourceRef; }
    public String getMeasures() { return measures; }
    public void setMeasures(String measures) { this.measures = measures; }
    public String getOwnerUserId() { return ownerUserId; }
    public void setOwnerUserId(String ownerUserId) { this.ownerUserId = ownerUserId; }
    public String getDeadline() { return deadline; }
    public void setDeadline(String deadline) { this.deadline = deadline; }
    public String getGoalTableId() { return goalTableId; }
    public void setGoalTableId(String goalTableId) { this.goalTableId = goalTableId; }
    public String getEvaluationId() { return evaluationId; }
    public void setEvaluationId(String evaluationId) { this.evaluationId = evaluationId; }
}
