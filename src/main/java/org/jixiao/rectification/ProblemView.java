package org.jixiao.rectification;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.jixiao.rectification.domain.ProblemAction;
import org.jixiao.rectification.domain.ProblemId;
import org.jixiao.rectification.domain.ProblemSource;
import org.jixiao.rectification.domain.ProblemStatus;

/**
 * One rectification problem (问题) as pages, the API and the 整改报告 see it.
 *
 * @param sourceRef     where in the source it was found (e.g. 指标 3 of a self-evaluation), free text
 * @param goalTableId   the goal table concerned, if any
 * @param evaluationId  the self-evaluation it came from, if any
 * @param owner         责任人, null until assigned
 * @param overdue       逾期: not closed and the deadline is before today (by the application's clock)
 * @param measures      整改措施 in order
 * @param history       every transition and note, oldest first
 */
public record ProblemView(ProblemId id, String unitCode, int year, ProblemSource source, String sourceRef,
                          Long goalTableId, Long evaluationId, String projectName, String indicatorName, String title,
                          String description, ProblemStatus status, Person owner, LocalDate deadline,
                          boolean overdue, List<String> measures, List<EvidenceInfo> evidence,
                          List<HistoryEntry> history, long version) {

    /** A user as named on a problem. */
    public record Person(long id, String name) {
    }

    /** 佐证材料 without its content (download it through {@link RectificationQueries#evidence}). */
    public record EvidenceInfo(long id, String fileName, String contentType, long sizeBytes, String sha256,
                               String uploadedBy, Instant uploadedAt) {
    }

    /** One entry of the history: who, when, what, the status before and after (null when unchanged), detail. */
    public record HistoryEntry(Instant at, Long actorId, String actorName, ProblemAction action, ProblemStatus from,
                               ProblemStatus to, String detail) {
    }
}
