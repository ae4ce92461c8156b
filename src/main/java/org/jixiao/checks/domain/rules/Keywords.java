package org.jixiao.checks.domain.rules;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A keyword list compiled for fast matching in compacted text ({@link RuleText#compact}): keywords are grouped
 * by their first character, so a scan of a short name touches only the keywords that can start at each
 * position. Built once per configuration; matching allocates nothing.
 */
final class Keywords {

    private static final int FILTER_BITS = 4096;

    private final List<String> words;
    /** A bit per hashed first character: most characters of a name start no keyword and are rejected here. */
    private final long[] filter = new long[FILTER_BITS / Long.SIZE];
    private final char[] firsts;
    private final String[][] buckets;
    private final int maxLength;

    private Keywords(List<String> raw) {
        Set<String> unique = new LinkedHashSet<>();
        for (String word : raw) {
            String compacted = RuleText.compact(word);
            if (!compacted.isEmpty()) {
                unique.add(compacted);
            }
        }
        this.words = List.copyOf(unique);
        char[] chars = new char[words.size()];
        int distinct = 0;
        List<String> sorted = new ArrayList<>(words);
        sorted.sort(null);
        for (String word : sorted) {
            char c = word.charAt(0);
            if (distinct == 0 || chars[distinct - 1] != c) {
                chars[distinct++] = c;
            }
        }
        this.firsts = Arrays.copyOf(chars, distinct);
        for (char c : firsts) {
            int slot = slot(c);
            filter[slot >>> 6] |= 1L << slot;
        }
        this.buckets = new String[distinct][];
        int longest = 0;
        for (int b = 0; b < distinct; b++) {
            char c = firsts[b];
            // longest first, so that the first hit at a position is the longest keyword there
            buckets[b] = words.stream().filter(w -> w.charAt(0) == c)
                    .sorted((x, y) -> Integer.compare(y.length(), x.length())).toArray(String[]::new);
        }
        for (String word : words) {
            longest = Math.max(longest, word.length());
        }
        this.maxLength = longest;
    }

    static Keywords of(List<String> words) {
        return new Keywords(words);
    }

    List<String> words() {
        return words;
    }

    boolean isEmpty() {
        return words.isEmpty();
    }

    private static int slot(char c) {
        return (c ^ (c >>> 7)) & (FILTER_BITS - 1);
    }

    private String[] bucket(char c) {
        int slot = slot(c);
        if ((filter[slot >>> 6] & 1L << slot) == 0) {
            return null;
        }
        int at = Arrays.binarySearch(firsts, c);
        return at < 0 ? null : buckets[at];
    }

    /** The first (leftmost, then longest) keyword occurring in {@code text}, or null. */
    String find(String text) {
        if (text == null || words.isEmpty()) {
            return null;
        }
        for (int i = 0; i < text.length(); i++) {
            String[] bucket = bucket(text.charAt(i));
            if (bucket != null) {
                for (String word : bucket) {
                    if (text.startsWith(word, i)) {
                        return word;
                    }
                }
            }
        }
        return null;
    }

    boolean occursIn(String text) {
        return find(text) != null;
    }

    /** The longest keyword {@code text} ends with, or null. */
    String suffixOf(String text) {
        if (text == null || words.isEmpty()) {
            return null;
        }
        int n = text.length();
        for (int i = Math.max(0, n - maxLength); i < n; i++) {
            String[] bucket = bucket(text.charAt(i));
            if (bucket != null) {
                for (String word : bucket) {
                    if (word.length() == n - i && text.startsWith(word, i)) {
                        return word;
                    }
                }
            }
        }
        return null;
    }

    /** Whether {@code text} is exactly one of the keywords. */
    boolean isOneOf(String text) {
        if (text == null || text.isEmpty() || text.length() > maxLength) {
            return false;
        }
        String[] bucket = bucket(text.charAt(0));
        if (bucket != null) {
            for (String word : bucket) {
                if (word.equals(text)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The occurrence that ends last, the longer one at the same end (the head of a Chinese compound, as
     * {@link org.jixiao.indicators.domain.DirectionRules} reads names), packed as {@code end << 16 | length};
     * -1 when no keyword occurs.
     */
    long lastMatch(String text) {
        if (text == null || words.isEmpty()) {
            return -1;
        }
        int bestEnd = -1;
        int bestLength = 0;
        for (int i = 0; i < text.length(); i++) {
            String[] bucket = bucket(text.charAt(i));
            if (bucket == null) {
                continue;
            }
            for (String word : bucket) {
                if (text.startsWith(word, i)) {
                    int end = i + word.length();
                    if (end > bestEnd || end == bestEnd && word.length() > bestLength) {
                        bestEnd = end;
                        bestLength = word.length();
                    }
                }
            }
        }
        return bestEnd < 0 ? -1 : (long) bestEnd << 16 | bestLength;
    }

    static int end(long match) {
        return (int) (match >>> 16);
    }

    static int length(long match) {
        return (int) (match & 0xFFFF);
    }
}
