package org.jixiao.checks.domain.rules;

import java.util.Collections;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.jixiao.checks.domain.Segmenter;

/**
 * The content words of texts ({@link SemanticText#contentWords}) for one set of ignored words, remembered per
 * segmenter and text: goal tables repeat the same goals and indicator texts across projects, units and checks,
 * so each text is segmented and filtered once. Bounded (a full memo is emptied). Thread-safe.
 */
final class SemanticWords {

    private static final int MAX_ENTRIES = 20_000;
    private static final int MAX_SEGMENTERS = 4;
    private static final int MAX_TEXT_LENGTH = 200;

    private final Set<String> ignored;
    private final ConcurrentHashMap<Segmenter, ConcurrentHashMap<String, Set<String>>> memos =
            new ConcurrentHashMap<>();

    SemanticWords(Set<String> ignored) {
        this.ignored = ignored;
    }

    /** The content words of {@code text} in order, unmodifiable. */
    Set<String> of(Segmenter segmenter, String text) {
        if (text == null || text.length() > MAX_TEXT_LENGTH) {
            return Collections.unmodifiableSet(SemanticText.contentWords(segmenter, text, ignored));
        }
        ConcurrentHashMap<String, Set<String>> memo = memos.get(segmenter);
        if (memo == null) {
            if (memos.size() >= MAX_SEGMENTERS) {
                memos.clear();
            }
            memo = memos.computeIfAbsent(segmenter, s -> new ConcurrentHashMap<>());
        }
        Set<String> words = memo.get(text);
        if (words == null) {
            words = Collections.unmodifiableSet(SemanticText.contentWords(segmenter, text, ignored));
            if (memo.size() >= MAX_ENTRIES) {
                memo.clear();
            }
            memo.put(text, words);
        }
        return words;
    }
}
