package org.jixiao.review.domain;

import java.util.Objects;

/**
 * An ERROR finding of the check engine (智能审核) that blocks 送审. The caller translates its check results
 * into these, so review does not depend on the checks module.
 *
 * @param rule     the rule's id, e.g. {@code MISSING_INDICATOR}
 * @param location where in the subject, e.g. {@code 第3行}; may be blank
 * @param message  the finding's Chinese message
 */
public record BlockingFinding(String rule, String location, String message) {

    public BlockingFinding {
        Objects.requireNonNull(rule, "rule");
        location = location == null ? "" : location.strip();
        Objects.requireNonNull(message, "message");
    }
}
