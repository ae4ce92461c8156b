package org.jixiao.indicators.domain;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The name keywords that tell an indicator's {@link Direction} when its value has no comparator: rates of
 * success go up (满意度, 完成率), times to repair, incidents and costs go down. Data, so that a 财政区划 can
 * extend the lists without a code change.
 *
 * <p>When a name holds keywords of both lists the one ending last wins, because a Chinese compound names its
 * head last: {@code 投诉处理满意度} is a 满意度 (up), {@code 满意度调查投诉率} a 投诉 (down). At the same end
 * the longer keyword wins, so {@code 不合格率} (down) beats {@code 合格率} (up).
 *
 * @param higherIsBetter keywords of 正向 indicators
 * @param lowerIsBetter  keywords of 反向 indicators
 */
public record DirectionRules(List<String> higherIsBetter, List<String> lowerIsBetter) {

    private static final DirectionRules DEFAULTS = new DirectionRules(
            List.of("成功率", "满意度", "满意率", "完成率", "合格率", "覆盖率", "及时率", "达标率", "到位率", "执行率",
                    "准确率", "通过率", "知晓率", "利用率", "使用率", "优良率", "验收率"),
            List.of("故障时间", "修复时间", "响应时间", "发生率", "事故", "投诉", "成本", "费用", "损失", "故障率",
                    "差错率", "不合格率", "失误率"));

    /** Keywords are compared as names are, folded and without whitespace. */
    public DirectionRules {
        higherIsBetter = higherIsBetter.stream().map(TextFolding::compact).toList();
        lowerIsBetter = lowerIsBetter.stream().map(TextFolding::compact).toList();
        Set<String> seen = new HashSet<>();
        for (String keyword : Stream.concat(higherIsBetter.stream(), lowerIsBetter.stream()).toList()) {
            if (keyword.isBlank()) {
                throw new IllegalArgumentException("blank direction keyword");
            }
            if (!seen.add(keyword)) {
                throw new IllegalArgumentException("direction keyword listed twice: " + keyword);
            }
        }
    }

    /** The keywords Jixiao ships with. */
    public static DirectionRules defaults() {
        return DEFAULTS;
    }

    /** The direction the name's head keyword gives (see the class comment); empty without a keyword. */
    public Optional<Direction> match(String indicatorName) {
        if (indicatorName == null) {
            return Optional.empty();
        }
        String name = TextFolding.compact(indicatorName);
        Direction best = null;
        int bestEnd = -1;
        int bestLength = 0;
        for (Direction direction : List.of(Direction.HIGHER_IS_BETTER, Direction.LOWER_IS_BETTER)) {
            for (String keyword : direction == Direction.HIGHER_IS_BETTER ? higherIsBetter : lowerIsBetter) {
                int at = name.lastIndexOf(keyword);
                if (at < 0) {
                    continue;
                }
                int end = at + keyword.length();
                if (end > bestEnd || end == bestEnd && keyword.length() > bestLength) {
                    best = direction;
                    bestEnd = end;
                    bestLength = keyword.length();
                }
            }
        }
        return Optional.ofNullable(best);
    }
}
