package org.jixiao.rectification;

import org.jixiao.rectification.domain.ProblemSource;
import org.jixiao.rectification.domain.ProblemStatus;

/** Filters of a unit's rectification list; null means any. */
public record ProblemFilter(ProblemSource source, ProblemStatus status, Long ownerUserId, boolean overdueOnly) {

    public static ProblemFilter none() {
        return new ProblemFilter(null, null, null, false);
    }

    boolean accepts(ProblemView p) {
        return (source == null || p.source() == source) && (status == null || p.status() == status)
                && (ownerUserId == null || (p.owner() != null && p.owner().id() == ownerUserId))
                && (!overdueOnly || p.overdue());
    }
}
