package org.jixiao.indicators.domain;

/**
 * The comparison form of a category label, so that the spellings met in published tables meet one alias:
 * width folded, whitespace and line breaks removed ({@code 产出\n指标}), a required-field star and a trailing
 * remark in brackets dropped ({@code 成本指标（必填硬性指标）}), a trailing colon and the 指标 suffix dropped
 * ({@code 数量} = {@code 数量指标}).
 */
final class LabelKey {

    private static final String SUFFIX = "指标";
    private static final String OPENING = "([【";
    private static final String CLOSING = ")]】";

    private LabelKey() {
    }

    static String of(String label) {
        if (label == null) {
            return "";
        }
        String key = strip(TextFolding.compact(label), "*:");
        boolean changed = true;
        while (changed) {
            String before = key;
            key = strip(withoutRemark(key), "*:");
            if (key.endsWith(SUFFIX)) {
                key = key.substring(0, key.length() - SUFFIX.length());
            }
            changed = !key.equals(before);
        }
        return key;
    }

    /** {@code 成本指标(必填硬性指标)} → {@code 成本指标}; a label that is all remark is kept. */
    private static String withoutRemark(String key) {
        if (key.isEmpty()) {
            return key;
        }
        int closing = CLOSING.indexOf(key.charAt(key.length() - 1));
        if (closing < 0) {
            return key;
        }
        int opening = key.lastIndexOf(OPENING.charAt(closing));
        return opening > 0 ? key.substring(0, opening) : key;
    }

    private static String strip(String key, String marks) {
        int from = 0;
        int to = key.length();
        while (from < to && marks.indexOf(key.charAt(from)) >= 0) {
            from++;
        }
        while (to > from && marks.indexOf(key.charAt(to - 1)) >= 0) {
            to--;
        }
        return key.substring(from, to);
    }
}
