package org.jixiao.review.domain;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What happened to a case, one record per transition, in the past tense so that the application layer can
 * publish it (e.g. as {@code ReviewDecided}) and the audit trail can store it. The actor's name is kept as it
 * was at the time; {@code round} is the 调整 round the event belongs to and {@code version} the case version
 * after it.
 */
public sealed interface ReviewEvent {

    ReviewSubject subject();

    int round();

    long version();

    long actorId();

    String actorName();

    Instant at();

    /** 送审. */
    record Submitted(ReviewSubject subject, int round, long version, long actorId, String actorName, Instant at,
                     List<String> steps) implements ReviewEvent {
        public Submitted {
            requireCommon(subject, actorName, at);
            steps = List.copyOf(steps);
        }
    }

    /** 撤回 by the submitter before the first decision. */
    record Withdrawn(ReviewSubject subject, int round, long version, long actorId, String actorName, Instant at)
            implements ReviewEvent {
        public Withdrawn {
            requireCommon(subject, actorName, at);
        }
    }

    /**
     * 通过 or 退回 at one step.
     *
     * @param stepIndex  the step's position in the chain
     * @param reason     the 退回 reason; empty for 通过
     * @param finalStep  whether 通过 made the case 已批复
     */
    record Decided(ReviewSubject subject, int round, long version, long actorId, String actorName, Instant at,
                   int stepIndex, String step, Outcome outcome, String reason, List<ReviewOpinion> opinions,
                   boolean finalStep) implements ReviewEvent {
        public Decided {
            requireCommon(subject, actorName, at);
            Objects.requireNonNull(step, "step");
            Objects.requireNonNull(outcome, "outcome");
            reason = reason == null ? "" : reason;
            opinions = List.copyOf(opinions);
        }

        public boolean approved() {
            return outcome == Outcome.APPROVED;
        }
    }

    /** 调整: an approved subject reopened as a new round. */
    record Adjusted(ReviewSubject subject, int round, long version, long actorId, String actorName, Instant at,
                    String reason) implements ReviewEvent {
        public Adjusted {
            requireCommon(subject, actorName, at);
            Objects.requireNonNull(reason, "reason");
        }
    }

    private static void requireCommon(ReviewSubject subject, String actorName, Instant at) {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(actorName, "actorName");
        Objects.requireNonNull(at, "at");
    }
}
