package org.jixiao.evaluation.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Times on the self-evaluation page as 2024-03-01 09:30, Beijing time (the template calls {@code time.format}). */
public final class EvaluationTimeFormat {

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.of("Asia/Shanghai"));

    static final EvaluationTimeFormat INSTANCE = new EvaluationTimeFormat();

    private EvaluationTimeFormat() {
    }

    public String format(Instant at) {
        return at == null ? "" : FORMAT.format(at);
    }
}
