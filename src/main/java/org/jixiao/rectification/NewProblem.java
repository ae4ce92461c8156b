package org.jixiao.rectification;

import java.time.LocalDate;
import java.util.List;

import org.jixiao.rectification.domain.ProblemSource;

/**
 * A problem to register. Owner, deadline and measures are optional at first (a problem may be registered before it
 * is assigned); {@code goalTableId}/{@code evaluationId} link the source when known.
 */
public record NewProblem(String unitCode, int year, ProblemSource source, String sourceRef, Long goalTableId,
                         Long evaluationId, String projectName, String indicatorName, String title,
                         String description, List<String> measures, Long ownerUserId, LocalDate deadline) {

    public NewProblem {
        measures = measures == null ? List.of() : List.copyOf(measures);
    }
}
