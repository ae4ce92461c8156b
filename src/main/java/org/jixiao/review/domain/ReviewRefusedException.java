package org.jixiao.review.domain;

import java.util.List;
import java.util.Objects;

/**
 * A transition the workflow does not allow; nothing changed. Carries a message key for the web layer and the
 * Chinese text, because reviewers read the refusal as it is (it names the step, the state or the findings).
 */
public class ReviewRefusedException extends RuntimeException {

    private final String key;
    private final List<Object> args;

    public ReviewRefusedException(String key, String chineseMessage, Object... args) {
        super(Objects.requireNonNull(chineseMessage, "chineseMessage"));
        this.key = Objects.requireNonNull(key, "key");
        this.args = List.of(args);
    }

    /** Message key, e.g. {@code review.withdraw.not-submitter}. */
    public String key() {
        return key;
    }

    public List<Object> args() {
        return args;
    }
}
