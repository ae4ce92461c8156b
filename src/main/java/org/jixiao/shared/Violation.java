package org.jixiao.shared;

import java.util.List;
import java.util.Objects;

/**
 * One reason an input cannot be stored: a message key ({@code code}), the path of the offending field in the
 * document ({@code indicators[2].name}) and the arguments of the message. Rendered in Chinese by the web layer.
 */
public record Violation(String code, String path, List<Object> args) {

    public Violation {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(path, "path");
        args = List.copyOf(args);
    }

    public static Violation of(String code, String path, Object... args) {
        return new Violation(code, path, List.of(args));
    }
}
