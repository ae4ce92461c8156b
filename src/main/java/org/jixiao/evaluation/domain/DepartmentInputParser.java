package org.jixiao.evaluation.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jixiao.scoring.domain.DepartmentEvaluation;
import org.jixiao.scoring.domain.DepartmentTemplate;
import org.jixiao.scoring.domain.LeafInput;
import org.jixiao.scoring.domain.QualitativeBand;
import org.jixiao.scoring.domain.ScoringRule;
import org.jixiao.scoring.domain.ScoringViolation;
import org.jixiao.scoring.domain.TemplateNode;

/**
 * Reads a {@link DepartmentInput} (text as typed) against its template into the engine's {@link DepartmentEvaluation}.
 * Never throws on user text: what cannot be read is {@code REFUSED} at its field ({@code 2.6.7.numerator}); a line
 * partly filled in is {@code REQUIRED} and not scored; a leaf with nothing entered is left to the engine (尚未填写).
 */
public final class DepartmentInputParser {

    /** Longest text kept in one field (评分依据). */
    public static final int MAX_TEXT = 2000;

    private static final Pattern NUMBER = Pattern.compile("([+-]?\\d+(?:\\.\\d+)?)\\s*(%|[\\p{IsHan}A-Za-z/]{0,6})");

    /** The evaluation read and every problem found. */
    public record Parsed(DepartmentEvaluation evaluation, List<ScoringViolation> violations) {
        public boolean refused() {
            return violations.stream().anyMatch(v -> v.kind() == ScoringViolation.Kind.REFUSED);
        }
    }

    private final List<ScoringViolation> violations = new ArrayList<>();

    private DepartmentInputParser() {
    }

    public static Parsed parse(DepartmentTemplate template, DepartmentInput input) {
        return new DepartmentInputParser().read(template, input);
    }

    private Parsed read(DepartmentTemplate template, DepartmentInput input) {
        Map<String, DepartmentEvaluation.Entry> entries = new HashMap<>();
        for (String code : input.leaves().keySet()) {
            Optional<TemplateNode> node = template.node(code).filter(TemplateNode::isLeaf);
            if (node.isEmpty()) {
                refuse("department.leaf.unknown", code, "模板「" + template.name() + "」没有三级指标「" + code + "」");
                continue;
            }
            for (Map.Entry<String, String> field : input.fields(code).entrySet()) {
                if (!DepartmentFields.known(node.get(), field.getKey())) {
                    refuse("department.field.unknown", code + "." + field.getKey(),
                            "「" + node.get().name() + "」没有填写项「" + field.getKey() + "」");
                } else if (field.getValue().length() > MAX_TEXT) {
                    refuse("department.text.tooLong", code + "." + field.getKey(),
                            "「" + node.get().name() + "」的填写内容超过" + MAX_TEXT + "个字符");
                }
            }
        }
        for (TemplateNode leaf : template.leaves()) {
            Map<String, String> fields = input.fields(leaf.code());
            if (fields.isEmpty()) {
                continue;
            }
            Map<String, Boolean> gates = new HashMap<>();
            for (TemplateNode.Gate gate : leaf.gates()) {
                String text = fields.getOrDefault(gate.code(), "");
                if (!text.isEmpty()) {
                    Boolean answer = yesNo(text, leaf.code() + "." + gate.code(), gate.question());
                    if (answer != null) {
                        gates.put(gate.code(), answer);
                    }
                }
            }
            String basis = fields.getOrDefault("basis", "");
            boolean judged = leaf.rule() instanceof ScoringRule.Judgement;
            LeafInput parsed = rule(leaf.rule(), fields, "", leaf.code(), leaf.name(), judged ? basis : "");
            if (parsed != null) {
                entries.put(leaf.code(), new DepartmentEvaluation.Entry(parsed, gates, judged ? "" : basis));
            }
        }
        return new Parsed(new DepartmentEvaluation(template.id(), entries), List.copyOf(violations));
    }

    /** The rule's input; null when nothing of it was entered, it is incomplete or refused. */
    private LeafInput rule(ScoringRule rule, Map<String, String> fields, String prefix, String path, String subject,
                           String basis) {
        if (rule instanceof ScoringRule.CompletionBands) {
            return completion(fields, prefix, path, subject);
        }
        if (rule instanceof ScoringRule.Proportional || rule instanceof ScoringRule.Tiers) {
            String value = fields.getOrDefault(prefix + "value", "");
            String numerator = fields.getOrDefault(prefix + "numerator", "");
            String denominator = fields.getOrDefault(prefix + "denominator", "");
            if (!value.isEmpty()) {
                BigDecimal v = percent(value, path + "." + prefix + "value", subject);
                return v == null ? null : LeafInput.Ratio.of(v);
            }
            if (numerator.isEmpty() && denominator.isEmpty()) {
                return null;
            }
            BigDecimal n = numerator.isEmpty() ? missing(path + "." + prefix + "numerator", subject, "分子")
                    : number(numerator, path + "." + prefix + "numerator", subject);
            BigDecimal d = denominator.isEmpty() ? missing(path + "." + prefix + "denominator", subject, "分母")
                    : number(denominator, path + "." + prefix + "denominator", subject);
            return n == null || d == null ? null : LeafInput.Ratio.of(n, d);
        }
        if (rule instanceof ScoringRule.Deductions deductions) {
            Map<String, Integer> counts = new HashMap<>();
            boolean any = false;
            boolean bad = false;
            for (ScoringRule.DeductionItem item : deductions.items()) {
                String text = fields.getOrDefault(prefix + item.code(), "");
                if (text.isEmpty()) {
                    continue;
                }
                any = true;
                if (!text.matches("\\d{1,4}")) {
                    refuse("department.count.invalid", path + "." + prefix + item.code(),
                            "「" + subject + "」的「" + item.label() + "」次数应为0或正整数，填写的「" + text + "」无法识别");
                    bad = true;
                    continue;
                }
                counts.put(item.code(), Integer.parseInt(text));
            }
            return !any || bad ? null : new LeafInput.Counts(counts);
        }
        if (rule instanceof ScoringRule.YesNo yesNo) {
            String text = fields.getOrDefault(prefix + "answer", "");
            if (text.isEmpty()) {
                return null;
            }
            Boolean answer = yesNo(text, path + "." + prefix + "answer", yesNo.question());
            return answer == null ? null : new LeafInput.Answer(answer);
        }
        if (rule instanceof ScoringRule.WeightedSubItems weighted) {
            Map<String, LeafInput> items = new HashMap<>();
            boolean any = false;
            for (ScoringRule.SubItem item : weighted.items()) {
                String p = prefix + item.code() + ".";
                if (fields.keySet().stream().noneMatch(k -> k.startsWith(p))) {
                    continue;
                }
                any = true;
                LeafInput parsed = rule(item.rule(), fields, p, path, subject + "·" + item.label(),
                        fields.getOrDefault(p + "basis", ""));
                if (parsed != null) {
                    items.put(item.code(), parsed);
                }
            }
            return any ? new LeafInput.SubItems(items) : null;
        }
        if (rule instanceof ScoringRule.ControlRate) {
            String budget = fields.getOrDefault(prefix + "budget", "");
            String actual = fields.getOrDefault(prefix + "actual", "");
            if (budget.isEmpty() && actual.isEmpty()) {
                return null;
            }
            BigDecimal b = budget.isEmpty() ? missing(path + "." + prefix + "budget", subject, "预算安排数")
                    : number(budget, path + "." + prefix + "budget", subject);
            BigDecimal a = actual.isEmpty() ? missing(path + "." + prefix + "actual", subject, "实际支出数")
                    : number(actual, path + "." + prefix + "actual", subject);
            return b == null || a == null ? null : new LeafInput.Amounts(b, a);
        }
        if (rule instanceof ScoringRule.AverageExecution) {
            String average = fields.getOrDefault(prefix + "average", "");
            String monthly = fields.getOrDefault(prefix + "monthly", "");
            if (!average.isEmpty()) {
                BigDecimal v = percent(average, path + "." + prefix + "average", subject);
                return v == null ? null : LeafInput.ExecutionRates.average(v);
            }
            if (monthly.isEmpty()) {
                return null;
            }
            List<BigDecimal> rates = new ArrayList<>();
            for (String part : monthly.split("[,，、;；\\s]+")) {
                if (part.isEmpty()) {
                    continue;
                }
                BigDecimal v = percent(part, path + "." + prefix + "monthly", subject);
                if (v == null) {
                    return null;
                }
                rates.add(v);
            }
            if (rates.size() > 12) {
                refuse("department.monthly.count", path + "." + prefix + "monthly",
                        "「" + subject + "」最多填写12个月的执行率");
                return null;
            }
            return rates.isEmpty() ? null : LeafInput.ExecutionRates.monthly(rates);
        }
        if (rule instanceof ScoringRule.Judgement judgement) {
            String score = fields.getOrDefault(prefix + "score", "");
            String bandText = fields.getOrDefault(prefix + "band", "");
            QualitativeBand band = bandText.isEmpty() ? null : band(bandText, path + "." + prefix + "band", subject);
            if (score.isEmpty()) {
                if (!bandText.isEmpty() || !basis.isEmpty()) {
                    missing(path + "." + prefix + "score", subject, "评定得分");
                }
                return null;
            }
            BigDecimal s = number(score, path + "." + prefix + "score", subject);
            if (s == null || (!bandText.isEmpty() && band == null)) {
                return null;
            }
            return new LeafInput.Judgement(s, judgement.bands() ? band : null, basis);
        }
        throw new IllegalStateException("rule kind without input: " + rule.kind());
    }

    private LeafInput completion(Map<String, String> fields, String prefix, String path, String subject) {
        TreeSet<Integer> lines = new TreeSet<>();
        for (String key : fields.keySet()) {
            Matcher m = DepartmentFields.ITEM_KEY.matcher(key);
            if (m.matches() && m.group(1).equals(prefix)) {
                lines.add(Integer.parseInt(m.group(2)));
            }
        }
        if (lines.isEmpty()) {
            return null;
        }
        List<LeafInput.CompletionItem> items = new ArrayList<>();
        boolean complete = true;
        for (int i : lines) {
            String p = prefix + "items[" + i + "].";
            String at = path + "." + p;
            String name = fields.getOrDefault(p + "name", "");
            String target = fields.getOrDefault(p + "target", "");
            String actual = fields.getOrDefault(p + "actual", "");
            String bandText = fields.getOrDefault(p + "band", "");
            String share = fields.getOrDefault(p + "share", "");
            String itemBasis = fields.getOrDefault(p + "basis", "");
            String label = name.isEmpty() ? "指标" + (i + 1) : name;
            String what = subject + "·" + label;
            if (!bandText.isEmpty() || !share.isEmpty()) {
                QualitativeBand band = bandText.isEmpty() ? missingBand(at + "band", what) : band(bandText, at + "band", what);
                BigDecimal s = share.isEmpty() ? missing(at + "share", what, "得分比例") : percent(share, at + "share", what);
                if (band == null || s == null) {
                    complete = false;
                    continue;
                }
                items.add(new LeafInput.JudgedItem(label, band, s, itemBasis, BigDecimal.ONE));
                continue;
            }
            if (target.isEmpty() && actual.isEmpty()) {
                if (!name.isEmpty()) {
                    missing(at + "actual", what, "年初目标值和实际完成值（定量）或完成情况和得分比例（非量化）");
                    complete = false;
                }
                continue;
            }
            BigDecimal t = target.isEmpty() ? missing(at + "target", what, "年初目标值") : number(target, at + "target", what);
            BigDecimal a = actual.isEmpty() ? missing(at + "actual", what, "实际完成值") : number(actual, at + "actual", what);
            if (t == null || a == null) {
                complete = false;
                continue;
            }
            items.add(new LeafInput.MeasuredItem(label, t, a, BigDecimal.ONE));
        }
        return complete && !items.isEmpty() ? new LeafInput.Completion(items) : null;
    }

    private BigDecimal number(String text, String path, String subject) {
        String cleaned = text.replace(",", "").replace("，", "").replace("元", "").strip();
        Matcher m = NUMBER.matcher(cleaned);
        if (!m.matches() || "%".equals(m.group(2))) {
            refuse("department.number.invalid", path, "「" + subject + "」应填写数字，填写的「" + text + "」无法识别");
            return null;
        }
        BigDecimal value = new BigDecimal(m.group(1));
        if (value.signum() < 0) {
            refuse("department.number.negative", path, "「" + subject + "」不能为负数");
            return null;
        }
        if (value.abs().compareTo(new BigDecimal("1E15")) >= 0 || value.scale() > 6) {
            refuse("department.number.range", path, "「" + subject + "」的数值过大或小数位过多");
            return null;
        }
        return value;
    }

    /** "93.65%" or "93.65" → 0.9365. */
    private BigDecimal percent(String text, String path, String subject) {
        String cleaned = text.replace("％", "%").strip();
        Matcher m = NUMBER.matcher(cleaned);
        if (!m.matches() || !(m.group(2).isEmpty() || m.group(2).equals("%"))) {
            refuse("department.percent.invalid", path, "「" + subject + "」应填写百分比（如 93.65%），填写的「" + text + "」无法识别");
            return null;
        }
        BigDecimal value = new BigDecimal(m.group(1));
        if (value.signum() < 0 || value.compareTo(new BigDecimal("1000")) > 0 || value.scale() > 4) {
            refuse("department.percent.range", path, "「" + subject + "」的百分比应在0%到1000%之间，最多四位小数");
            return null;
        }
        return value.movePointLeft(2);
    }

    private Boolean yesNo(String text, String path, String question) {
        switch (text.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "是", "true", "yes", "y", "1":
                return true;
            case "否", "false", "no", "n", "0":
                return false;
            default:
                refuse("department.answer.invalid", path, "「" + question + "」请回答“是”或“否”，填写的「" + text + "」无法识别");
                return null;
        }
    }

    private QualitativeBand band(String text, String path, String subject) {
        Optional<QualitativeBand> band = QualitativeBand.fromLabel(text);
        if (band.isEmpty()) {
            for (QualitativeBand b : QualitativeBand.values()) {
                if (b.name().equals(text.strip())) {
                    band = Optional.of(b);
                }
            }
        }
        if (band.isEmpty()) {
            refuse("department.band.invalid", path, "「" + subject + "」的完成情况应为“达成年度指标”“部分达成年度指标并具有一定效果”"
                    + "或“未达成年度指标且效果较差”，填写的「" + text + "」无法识别");
            return null;
        }
        return band.get();
    }

    private QualitativeBand missingBand(String path, String subject) {
        missing(path, subject, "完成情况");
        return null;
    }

    private BigDecimal missing(String path, String subject, String what) {
        violations.add(new ScoringViolation(ScoringViolation.Kind.REQUIRED, "department.value.required", path,
                "「" + subject + "」请填写" + what));
        return null;
    }

    private void refuse(String code, String path, String message) {
        violations.add(new ScoringViolation(ScoringViolation.Kind.REFUSED, code, path, message));
    }
}
