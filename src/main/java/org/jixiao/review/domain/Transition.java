package org.jixiao.review.domain;

import java.util.Objects;

/** The result of a transition: the new case and the event that records it. */
public record Transition(ReviewCase reviewCase, ReviewEvent event) {

    public Transition {
        Objects.requireNonNull(reviewCase, "reviewCase");
        Objects.requireNonNull(event, "event");
    }
}
