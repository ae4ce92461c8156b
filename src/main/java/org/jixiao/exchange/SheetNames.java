package org.jixiao.exchange;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Worksheet names Excel accepts: at most 31 characters, none of {@code \ / ? * [ ] :}, not starting or ending
 * with an apostrophe, not "History", unique without regard to case. Clashes get " (2)", " (3)" ….
 */
final class SheetNames {

    static final int MAX_LENGTH = 31;

    private final Set<String> used = new HashSet<>();

    /** Reserves a unique, valid name as close to {@code wanted} as possible. */
    String take(String wanted) {
        String base = clean(wanted);
        String name = base;
        for (int n = 2; used.contains(key(name)); n++) {
            String suffix = " (" + n + ")";
            name = cut(base, MAX_LENGTH - suffix.length()) + suffix;
        }
        used.add(key(name));
        return name;
    }

    static String clean(String wanted) {
        StringBuilder out = new StringBuilder();
        String text = wanted == null ? "" : wanted.strip();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            out.append("\\/?*[]:".indexOf(c) >= 0 || Character.isISOControl(c) ? '_' : c);
        }
        String name = out.toString();
        while (name.startsWith("'")) {
            name = name.substring(1);
        }
        name = cut(name, MAX_LENGTH);
        while (name.endsWith("'")) {
            name = name.substring(0, name.length() - 1);
        }
        if (name.isBlank() || name.equalsIgnoreCase("History")) {
            name = "表" + name;
        }
        return name;
    }

    /** At most {@code max} UTF-16 units (Excel's measure), never splitting a surrogate pair. */
    private static String cut(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int end = max;
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end);
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
