package org.jixiao.rectification;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.jixiao.rectification.domain.ProblemId;
import org.jixiao.rectification.domain.ProblemSource;
import org.jixiao.rectification.domain.ProblemStatus;
import org.jixiao.rectification.domain.Transition;

/** A problem's header and measures as stored. */
record ProblemRow(ProblemId id, String unitCode, int year, ProblemSource source, String sourceRef, Long goalTableId,
                  Long evaluationId, String projectName, String indicatorName, String title, String description,
                  ProblemStatus status, Long ownerUserId, LocalDate deadline, List<String> measures, int evidence,
                  long version, Instant createdAt) {

    ProblemRow {
        measures = List.copyOf(measures);
    }

    Transition.Facts facts() {
        return new Transition.Facts(status, ownerUserId, deadline, measures.size(), evidence);
    }

    ProblemRow with(ProblemStatus newStatus) {
        return new ProblemRow(id, unitCode, year, source, sourceRef, goalTableId, evaluationId, projectName,
                indicatorName, title, description, newStatus, ownerUserId, deadline, measures, evidence, version,
                createdAt);
    }

    ProblemRow assigned(Long owner, LocalDate newDeadline, List<String> newMeasures) {
        return new ProblemRow(id, unitCode, year, source, sourceRef, goalTableId, evaluationId, projectName,
                indicatorName, title, description, status, owner, newDeadline, newMeasures, evidence, version,
                createdAt);
    }
}
