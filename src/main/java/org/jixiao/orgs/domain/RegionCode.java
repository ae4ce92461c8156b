package org.jixiao.orgs.domain;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * 财政区划代码: the administrative division code of a finance bureau's area, 6 digits (130529 巨鹿县) or the
 * 9-digit 一体化 form (rules.md §7, mof_div_code).
 */
public record RegionCode(String value) {

    private static final Pattern FORMAT = Pattern.compile("\\d{6}(\\d{3})?");

    public RegionCode {
        Objects.requireNonNull(value, "value");
        if (!FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException("a region code has 6 or 9 digits: " + value);
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
