package org.jixiao.projects.domain;

import java.util.Objects;
import java.util.regex.Pattern;

/** 项目编码: the budget system's code of a project, e.g. 13052924P00584012429T (letters and digits). */
public record ProjectCode(String value) {

    public static final int MAX_LENGTH = 40;
    private static final Pattern FORMAT = Pattern.compile("[0-9A-Za-z]{1," + MAX_LENGTH + "}");

    public ProjectCode {
        Objects.requireNonNull(value, "value");
        if (!FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException("a project code is 1–40 letters or digits: " + value);
        }
    }

    public static boolean isValid(String value) {
        return value != null && FORMAT.matcher(value).matches();
    }

    @Override
    public String toString() {
        return value;
    }
}
