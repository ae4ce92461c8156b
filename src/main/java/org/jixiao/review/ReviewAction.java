package org.jixiao.review;

import java.util.Arrays;
import java.util.Optional;

/** What a user can do to a case, as named in the API path ({@code /review/{action}}) and on the buttons. */
public enum ReviewAction {
    SUBMIT("submit", "送审"),
    WITHDRAW("withdraw", "撤回"),
    APPROVE("approve", "通过"),
    RETURN("return", "退回"),
    ADJUST("adjust", "调整");

    private final String path;
    private final String label;

    ReviewAction(String path, String label) {
        this.path = path;
        this.label = label;
    }

    public String path() {
        return path;
    }

    public String label() {
        return label;
    }

    public static Optional<ReviewAction> ofPath(String path) {
        return Arrays.stream(values()).filter(a -> a.path.equals(path)).findFirst();
    }
}
