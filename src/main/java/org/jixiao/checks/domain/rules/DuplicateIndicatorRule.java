package org.jixiao.checks.domain.rules;

import java.util.List;
import java.util.function.Consumer;

import org.jixiao.checks.domain.CheckContext;
import org.jixiao.checks.domain.CheckedTable;
import org.jixiao.checks.domain.Finding;
import org.jixiao.checks.domain.Location;
import org.jixiao.checks.domain.RuleConfig;
import org.jixiao.checks.domain.RuleId;
import org.jixiao.checks.domain.Severity;
import org.jixiao.checks.domain.TableRule;
import org.jixiao.goals.domain.Indicator;
import org.jixiao.indicators.domain.Level1Category;
import org.jixiao.indicators.domain.Quantitative;

/**
 * 重复指标: one table measures the same thing twice, in the same or in two categories —
 * <ul>
 * <li>the same 三级 name (after folding width, spaces and punctuation) whose descriptions agree, or one of which
 * is blank or only repeats the name, or whose values are the same count or amount ({@code 补贴发放人数 208人}
 * as output and again as benefit);</li>
 * <li>different names with the same description (at least {@code duplicate.minDescriptionLength} characters)
 * and the same value;</li>
 * <li>an output quantity restated as a benefit: a 数量指标 and a 效益 row with the same count ({@code 10,584人} /
 * {@code 10584人}) whose names share at least {@code duplicate.minCommonNameLength} characters in a row
 * ({@code 受益学生人数} / {@code 营养餐受益学生数}).</li>
 * </ul>
 * The same name with different descriptions and a rate or no number ({@code 合格率 ≥95%}: 设备验收合格率 / 工程验收
 * 合格率) is two indicators with a vague name, not a duplicate. Reported on the later row, naming the earlier
 * one.
 */
public final class DuplicateIndicatorRule implements TableRule {

    private final Severity severity;
    private final int minDescriptionLength;
    private final int minCommonNameLength;

    public DuplicateIndicatorRule(RuleConfig config) {
        this.severity = config.severity(id());
        this.minDescriptionLength = config.number("duplicate.minDescriptionLength").intValueExact();
        this.minCommonNameLength = config.number("duplicate.minCommonNameLength").intValueExact();
    }

    @Override
    public RuleId id() {
        return RuleId.DUPLICATE_INDICATOR;
    }

    @Override
    public void check(CheckedTable table, CheckContext context, Consumer<Finding> out) {
        List<Indicator> indicators = table.indicators();
        int n = indicators.size();
        if (n < 2) {
            return;
        }
        // hashes and lengths of the folded keys, computed without building the keys
        int[] nameHashes = new int[n];
        int[] descriptionHashes = new int[n];
        int[] descriptionLengths = new int[n];
        for (int i = 0; i < n; i++) {
            Indicator indicator = indicators.get(i);
            nameHashes[i] = (int) keyHash(indicator.name());
            long description = keyHash(indicator.description());
            descriptionHashes[i] = (int) description;
            descriptionLengths[i] = (int) (description >>> 32);
        }
        for (int j = 1; j < n; j++) {
            for (int i = 0; i < j; i++) {
                String reason = null;
                if (nameHashes[i] == nameHashes[j]) {
                    reason = sameName(indicators.get(i), indicators.get(j), descriptionLengths[i],
                            descriptionLengths[j]);
                } else if (descriptionHashes[i] == descriptionHashes[j]
                        && descriptionLengths[i] >= minDescriptionLength) {
                    reason = sameDescriptionAndValue(indicators.get(i), indicators.get(j));
                }
                if (reason == null) {
                    reason = outputRestatedAsBenefit(indicators.get(i), indicators.get(j));
                }
                if (reason != null) {
                    Indicator later = indicators.get(j);
                    out.accept(new Finding(id(), severity, Location.row(table.projectCode(), j, "name"),
                            "“" + RuleText.shown(later.name()) + "”（" + Categories.level2Label(later) + "）与第"
                                    + RuleText.rowNumber(i) + "行“" + RuleText.shown(indicators.get(i).name()) + "”（"
                                    + Categories.level2Label(indicators.get(i)) + "）" + reason + "，是重复指标。",
                            "删除其中一个，或把二者改为衡量不同内容的指标并写清各自的描述。"));
                    break;
                }
            }
        }
    }

    private static String sameName(Indicator first, Indicator second, int firstLength, int secondLength) {
        String name = key(first.name());
        if (!name.equals(key(second.name()))) {
            return null; // a hash collision
        }
        if (firstLength == 0 || secondLength == 0) {
            return "名称相同";
        }
        String a = key(first.description());
        String b = key(second.description());
        if (a.equals(b) || a.equals(name) || b.equals(name)) {
            return "名称相同";
        }
        return sameCount(first, second) ? "名称和指标值都相同" : null;
    }

    /** A 数量指标 and a 效益 row counting the same number of the same thing under similar names. */
    private String outputRestatedAsBenefit(Indicator first, Indicator second) {
        boolean firstIsOutput = Categories.isQuantity(first);
        Indicator output = firstIsOutput ? first : second;
        Indicator other = firstIsOutput ? second : first;
        if (!Categories.isQuantity(output) || Categories.level1(other) != Level1Category.BENEFIT
                || !sameCount(first, second)) {
            return null;
        }
        return commonRun(key(first.name()), key(second.name())) >= minCommonNameLength ? "数值相同、名称相近" : null;
    }

    /** The same comparator, number and unit, counted in something other than % (a rate is often the same by chance). */
    private static boolean sameCount(Indicator first, Indicator second) {
        return first.value() instanceof Quantitative a && second.value() instanceof Quantitative b && !a.isPercent()
                && !a.unit().isEmpty() && a.number().signum() > 0 && a.sameMeasureAs(b);
    }

    /** Length of the longest run of characters the two texts share. */
    static int commonRun(String a, String b) {
        int best = 0;
        for (int i = 0; i < a.length(); i++) {
            for (int j = 0; j < b.length(); j++) {
                int k = 0;
                while (i + k < a.length() && j + k < b.length() && a.charAt(i + k) == b.charAt(j + k)) {
                    k++;
                }
                best = Math.max(best, k);
            }
        }
        return best;
    }

    private static String sameDescriptionAndValue(Indicator first, Indicator second) {
        if (!key(first.description()).equals(key(second.description()))) {
            return null;
        }
        return RuleText.compact(first.value().format()).equals(RuleText.compact(second.value().format()))
                ? "描述和指标值都相同" : null;
    }

    /** {@link #key} hashed (low 32 bits) with its length (high 32 bits), without building it. */
    static long keyHash(String text) {
        if (text == null) {
            return 0;
        }
        int hash = 0;
        int length = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = RuleText.fold(text.charAt(i));
            if (RuleText.isHan(c) || (c < 128 ? RuleText.isDigit(c) || (c | 0x20) >= 'a' && (c | 0x20) <= 'z'
                    : Character.isLetterOrDigit(c))) {
                hash = 31 * hash + c;
                length++;
            }
        }
        return (long) length << 32 | (hash & 0xFFFFFFFFL);
    }

    /** Folded, without whitespace and punctuation; the same string when there is nothing to remove. */
    static String key(String text) {
        String compact = RuleText.compact(text);
        int n = compact.length();
        int i = 0;
        while (i < n && Character.isLetterOrDigit(compact.charAt(i))) {
            i++;
        }
        if (i == n) {
            return compact;
        }
        StringBuilder out = new StringBuilder(n);
        for (int k = 0; k < n; k++) {
            char c = compact.charAt(k);
            if (Character.isLetterOrDigit(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }
}
