package org.jixiao.checks.domain.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jixiao.checks.domain.RuleConfig;

/**
 * 同义词组 ({@code semantic.synonyms}, each entry "质量|合格|达标"): a word counts as present in a text when the
 * text holds the word or one of its group — a goal "提高工程质量" is measured by a 合格率 row.
 */
final class SemanticSynonyms {

    private static final SemanticCache<SemanticSynonyms> CACHE = new SemanticCache<>(SemanticSynonyms::compile);

    private final Map<String, List<String>> groups;
    private final String[] members;

    private SemanticSynonyms(Map<String, List<String>> groups) {
        this.groups = groups;
        this.members = groups.keySet().toArray(String[]::new);
    }

    static SemanticSynonyms of(RuleConfig config) {
        return CACHE.get(config);
    }

    private static SemanticSynonyms compile(RuleConfig config) {
        Map<String, List<String>> groups = new HashMap<>();
        for (String entry : config.keywords("semantic.synonyms")) {
            List<String> members = new ArrayList<>();
            for (String member : entry.split("\\|")) {
                String word = SemanticText.compact(member);
                if (!word.isEmpty()) {
                    members.add(word);
                }
            }
            for (String member : members) {
                groups.computeIfAbsent(member, k -> new ArrayList<>()).addAll(members);
            }
        }
        groups.replaceAll((k, v) -> List.copyOf(v));
        return new SemanticSynonyms(Map.copyOf(groups));
    }

    /** The word of {@code haystack} that stands for {@code word} (itself or a synonym), or null. */
    String found(String word, String haystack) {
        if (haystack.contains(word)) {
            return word;
        }
        List<String> group = groups.get(word);
        if (group == null) {
            // a compound such as 消防员工资: a synonym group member inside the word stands for it
            for (String member : members) {
                if (word.length() > member.length() && word.contains(member)) {
                    String hit = SemanticText.firstContained(haystack, groups.get(member));
                    if (hit != null) {
                        return hit;
                    }
                }
            }
            return null;
        }
        return SemanticText.firstContained(haystack, group);
    }
}
