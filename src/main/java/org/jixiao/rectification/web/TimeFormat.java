package org.jixiao.rectification.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Formats times for the rectification pages as 2025-06-11 09:30 in Beijing time ({@code time.format} in templates). */
public final class TimeFormat {

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.of("Asia/Shanghai"));

    static final TimeFormat INSTANCE = new TimeFormat();

    private TimeFormat() {
    }

    public String format(Instant at) {
        return at == null ? "" : FORMAT.format(at);
    }
}
