package org.jixiao.checks.domain.rules;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.jixiao.checks.domain.Segmenter;

/**
 * Text helpers of the semantic rules: the comparable form of a text (width folded, punctuation, whitespace and
 * the particles 的/了 dropped), edit similarity, content words from the {@link Segmenter}, and quoting for
 * messages. Stateless.
 */
final class SemanticText {

    /** Longest text quoted in a message before it is cut with an ellipsis. */
    private static final int QUOTE_LIMIT = 40;

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private SemanticText() {
    }

    /** Folded (full-width → ASCII), lower case, without whitespace, punctuation and symbols (% and ‰ kept). */
    static String compact(String text) {
        return compact(text, false);
    }

    private static String compact(String text, boolean withoutParticles) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        boolean changed = false;
        for (int i = 0; i < text.length(); ) {
            char c = text.charAt(i);
            if (c >= 0x4E00 && c <= 0x9FFF) {
                // the common case, a CJK ideograph of the basic block
                i++;
                if (withoutParticles && (c == '的' || c == '了')) {
                    changed = true;
                } else {
                    out.append(c);
                }
                continue;
            }
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            int folded = cp >= 0xFF01 && cp <= 0xFF5E ? cp - 0xFEE0 : cp;
            if (Character.isLetterOrDigit(folded) || folded == '%' || folded == '‰') {
                int lower = Character.toLowerCase(folded);
                changed |= lower != cp;
                out.appendCodePoint(lower);
            } else {
                changed = true;
            }
        }
        return changed ? out.toString() : text;
    }

    /** {@link #compact} without the particles 的 and 了, for comparing two texts that say the same. */
    static String comparable(String text) {
        return compact(text, true);
    }

    /** 1 − Levenshtein distance / length of the longer text, on code points; 1 for two empty texts. */
    static double similarity(String a, String b) {
        int[] x = a.codePoints().toArray();
        int[] y = b.codePoints().toArray();
        int longer = Math.max(x.length, y.length);
        if (longer == 0) {
            return 1.0;
        }
        int[] previous = new int[y.length + 1];
        int[] current = new int[y.length + 1];
        for (int j = 0; j <= y.length; j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= x.length; i++) {
            current[0] = i;
            for (int j = 1; j <= y.length; j++) {
                int cost = x[i - 1] == y[j - 1] ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return 1.0 - (double) previous[y.length] / longer;
    }

    /** {@code text}, or "" for null. */
    static String orEmpty(String text) {
        return text == null ? "" : text;
    }

    /** The first of {@code words} that {@code text} contains, or null. */
    static String firstContained(String text, List<String> words) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        for (String word : words) {
            if (!word.isEmpty() && text.contains(word)) {
                return word;
            }
        }
        return null;
    }

    /** Whether any of {@code patterns} is found in {@code text}. */
    static boolean anyFound(String text, List<Pattern> patterns) {
        if (text == null || text.isEmpty()) {
            return false;
        }
        for (Pattern pattern : patterns) {
            if (pattern.matcher(text).find()) {
                return true;
            }
        }
        return false;
    }

    /** Whether every character of {@code word} occurs somewhere in {@code haystack}. */
    static boolean allCharsIn(String word, String haystack) {
        for (int i = 0; i < word.length(); ) {
            int cp = word.codePointAt(i);
            i += Character.charCount(cp);
            if (haystack.indexOf(cp) < 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * The content words of {@code text}: the segmenter's words of at least two characters that contain a Chinese
     * character (numbers, units and single characters carry no topic), less {@code ignored}; in order, once each.
     */
    static Set<String> contentWords(Segmenter segmenter, String text, Set<String> ignored) {
        Set<String> words = new LinkedHashSet<>();
        if (text == null || text.isBlank()) {
            return words;
        }
        for (String word : segmenter.words(text)) {
            if (word == null) {
                continue;
            }
            String w = compact(word);
            if (w.codePointCount(0, w.length()) >= 2 && hasHan(w) && !ignored.contains(w)) {
                words.add(w);
            }
        }
        return words;
    }

    static boolean hasHan(String text) {
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN) {
                return true;
            }
        }
        return false;
    }

    /** The text for a message: whitespace collapsed, cut after {@value #QUOTE_LIMIT} characters with "…". */
    static String quote(String text) {
        if (text == null) {
            return "";
        }
        String collapsed = WHITESPACE.matcher(text.strip()).replaceAll(" ");
        if (collapsed.codePointCount(0, collapsed.length()) <= QUOTE_LIMIT) {
            return collapsed;
        }
        return collapsed.substring(0, collapsed.offsetByCodePoints(0, QUOTE_LIMIT)) + "…";
    }

    /** Words joined for a message: “甲”“乙”“丙”, at most {@code max} of them. */
    static String quoteAll(Iterable<String> words, int max) {
        StringBuilder out = new StringBuilder();
        int n = 0;
        for (String word : words) {
            if (n++ == max) {
                out.append("等");
                break;
            }
            out.append('“').append(word).append('”');
        }
        return out.toString();
    }
}
