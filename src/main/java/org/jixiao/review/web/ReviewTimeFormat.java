package org.jixiao.review.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Formats times for the review pages as 2024-03-01 09:30 in Beijing time (templates call {@code time.format}). */
public final class ReviewTimeFormat {

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.of("Asia/Shanghai"));

    static final ReviewTimeFormat INSTANCE = new ReviewTimeFormat();

    private ReviewTimeFormat() {
    }

    public String format(Instant at) {
        return at == null ? "" : FORMAT.format(at);
    }
}
