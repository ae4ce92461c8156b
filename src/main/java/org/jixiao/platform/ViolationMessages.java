package org.jixiao.platform;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jixiao.shared.Violation;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Renders {@link Violation}s as Chinese messages from {@code messages.properties} ({@code violation.<code>}). */
@Component
public class ViolationMessages {

    private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

    private final MessageSource messages;

    ViolationMessages(MessageSource messages) {
        this.messages = messages;
    }

    public String message(Violation violation) {
        return messages.getMessage("violation." + violation.code(), violation.args().toArray(), "输入有误",
                CHINESE);
    }

    /** Messages by field path; several violations on one field are joined. */
    public Map<String, String> byPath(List<Violation> violations) {
        Map<String, String> result = new LinkedHashMap<>();
        for (Violation v : violations) {
            result.merge(v.path(), message(v), (a, b) -> a + "；" + b);
        }
        return result;
    }

    /** Any message key, with arguments. */
    public String text(String key, Object... args) {
        return messages.getMessage(key, args, key, CHINESE);
    }
}
