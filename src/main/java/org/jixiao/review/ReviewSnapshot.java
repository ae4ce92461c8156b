package org.jixiao.review;

import java.time.Instant;

/**
 * The approved content of one round, kept when 调整 reopened the subject: the subject's document as JSON (for a
 * goal table the REST document format), why it was reopened, by whom and when.
 */
public record ReviewSnapshot(int round, String reason, String content, String actorName, Instant at) {
}
