package org.jixiao.checks;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import org.jixiao.checks.domain.RuleConfig;
import org.jixiao.checks.domain.Segmenter;

/**
 * {@link Segmenter} on HanLP's standard segmenter (Viterbi over the core dictionary and its bigram table, custom
 * dictionary on), from the dictionaries bundled in the portable jar: nothing is downloaded, nothing is written.
 * The name, place, organisation and number recognisers are off — goal tables hold no personal names worth
 * recognising, and the recognisers make "官亭" or "冀财建" into names and slow segmentation down.
 *
 * <p>Words are returned as HanLP cuts them, less punctuation, symbols (emoji), whitespace and the stop words of
 * {@code segmenter.stop-words}. Thread-safe: a HanLP {@link Segment} carries its configuration and is not
 * documented as safe for concurrent use, so each thread gets its own (they share the static dictionaries).
 * Results of texts up to {@value #CACHEABLE_LENGTH} characters are cached ({@code segmenter.cache-size}
 * entries at most; the cache is emptied when full), because goal tables repeat the same texts over and over.
 * Never throws: should HanLP fail on some input, the text falls back to its runs of letters and digits.
 */
public final class HanlpSegmenter implements Segmenter {

    private static final System.Logger LOG = System.getLogger(HanlpSegmenter.class.getName());

    /** Texts longer than this are not cached: they rarely repeat. */
    static final int CACHEABLE_LENGTH = 200;

    /** Long texts are segmented in pieces of about this many characters, cut after punctuation where possible. */
    private static final int CHUNK = 2000;

    private static final ThreadLocal<Segment> SEGMENT = ThreadLocal.withInitial(HanlpSegmenter::newSegment);

    private final Set<String> stopWords;
    private final int cacheSize;
    private final ConcurrentHashMap<String, List<String>> cache = new ConcurrentHashMap<>();

    /** With the stop words and cache size of the rule configuration. */
    public HanlpSegmenter(RuleConfig config) {
        this(config.keywords("segmenter.stop-words"), config.number("segmenter.cache-size").intValue());
    }

    public HanlpSegmenter(Collection<String> stopWords, int cacheSize) {
        this.stopWords = Set.copyOf(stopWords);
        this.cacheSize = Math.max(0, cacheSize);
        // load the dictionaries now, not on the first request
        SEGMENT.get().seg("促进地方经济发展");
    }

    private static Segment newSegment() {
        return HanLP.newSegment()
                .enableNameRecognize(false)
                .enableTranslatedNameRecognize(false)
                .enableJapaneseNameRecognize(false)
                .enablePlaceRecognize(false)
                .enableOrganizationRecognize(false)
                .enableNumberQuantifierRecognize(false)
                .enableCustomDictionary(true)
                .enablePartOfSpeechTagging(false);
    }

    @Override
    public List<String> words(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        if (text.length() > CACHEABLE_LENGTH || cacheSize == 0) {
            return segment(text);
        }
        List<String> cached = cache.get(text);
        if (cached != null) {
            return cached;
        }
        List<String> words = segment(text);
        if (cache.size() >= cacheSize) {
            cache.clear();
        }
        cache.put(text, words);
        return words;
    }

    /** Entries in the cache (for tests). */
    int cached() {
        return cache.size();
    }

    private List<String> segment(String text) {
        List<String> words = new ArrayList<>();
        int start = 0;
        while (start < text.length()) {
            int end = chunkEnd(text, start);
            String piece = text.substring(start, end);
            try {
                for (Term term : SEGMENT.get().seg(piece)) {
                    add(words, term.word);
                }
            } catch (RuntimeException | StackOverflowError e) {
                LOG.log(System.Logger.Level.WARNING, "HanLP could not segment a text of " + piece.length()
                        + " characters; falling back to runs of letters and digits", e);
                fallback(piece, words);
            }
            start = end;
        }
        return List.copyOf(words);
    }

    private static int chunkEnd(String text, int start) {
        if (text.length() - start <= CHUNK) {
            return text.length();
        }
        int limit = start + CHUNK;
        for (int i = limit; i > start + CHUNK / 2; i--) {
            if (!Character.isLetterOrDigit(text.charAt(i - 1))) {
                return i;
            }
        }
        // no punctuation nearby: cut anyway, but never between the halves of a surrogate pair
        return Character.isHighSurrogate(text.charAt(limit - 1)) ? limit + 1 : limit;
    }

    private void add(List<String> words, String word) {
        if (word == null) {
            return;
        }
        String w = word.strip();
        if (w.isEmpty() || !hasLetterOrDigit(w) || stopWords.contains(w)) {
            return;
        }
        words.add(w);
    }

    private void fallback(String text, List<String> words) {
        StringBuilder run = new StringBuilder();
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetterOrDigit(cp)) {
                run.appendCodePoint(cp);
            } else if (!run.isEmpty()) {
                add(words, run.toString());
                run.setLength(0);
            }
        }
        if (!run.isEmpty()) {
            add(words, run.toString());
        }
    }

    private static boolean hasLetterOrDigit(String word) {
        for (int i = 0; i < word.length(); ) {
            int cp = word.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetterOrDigit(cp)) {
                return true;
            }
        }
        return false;
    }
}
