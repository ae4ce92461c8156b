package org.jixiao.monitoring.domain;

/**
 * 偏差原因分析: a category and the explanation as written. Either part may be missing while a return is being
 * filled in; {@link MonitoringReturn#violations} says what is required.
 *
 * @param category the category, or {@code null}
 * @param text     the explanation, or {@code null}/blank
 */
public record DeviationReason(DeviationCategory category, String text) {

    public static final DeviationReason NONE = new DeviationReason(null, null);

    public boolean isEmpty() {
        return category == null && (text == null || text.isBlank());
    }

    /** "经费保障：…". */
    public String describe() {
        String head = category == null ? "" : category.label();
        String body = text == null ? "" : text.strip();
        return head.isEmpty() || body.isEmpty() ? head + body : head + "：" + body;
    }
}
