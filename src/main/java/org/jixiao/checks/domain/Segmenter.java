package org.jixiao.checks.domain;

import java.util.List;

/** Chinese word segmentation (分词), supplied from outside: the semantic rules compare words, not characters. */
@FunctionalInterface
public interface Segmenter {

    /** The content words of {@code text} in order; punctuation and whitespace are left out. Never null. */
    List<String> words(String text);
}
