package org.jixiao.orgs.domain;

import java.util.Objects;
import java.util.regex.Pattern;

/** 单位编码: the code of an organization within its 财政区划, e.g. 807001 (a unit of 主管部门 807). */
public record OrgCode(String value) {

    private static final Pattern FORMAT = Pattern.compile("[0-9A-Za-z]{1,32}");

    public OrgCode {
        Objects.requireNonNull(value, "value");
        if (!FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException("an organization code is 1–32 letters or digits: " + value);
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
