package org.jixiao.scoring.domain;

import java.util.Objects;

/**
 * A reason a self-evaluation cannot be accepted as it stands, with its Chinese message.
 *
 * @param kind    whether an entered value is refused or something is still required
 * @param code    stable key ({@code scoring.qualitative.outOfBand})
 * @param path    where in the document ({@code indicators[2].score}, {@code 2.3.1})
 * @param message the message shown to the user, in Chinese
 */
public record ScoringViolation(Kind kind, String code, String path, String message) {

    public enum Kind {
        /** The value entered is not allowed (a 定性 score outside its band); the line is not scored. */
        REFUSED,
        /** The score stands, but something must be supplied before submission (偏差原因, 评分依据). */
        REQUIRED
    }

    public ScoringViolation {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(message, "message");
    }

    static ScoringViolation refused(String code, String path, String message) {
        return new ScoringViolation(Kind.REFUSED, code, path, message);
    }

    static ScoringViolation required(String code, String path, String message) {
        return new ScoringViolation(Kind.REQUIRED, code, path, message);
    }
}
