package org.jixiao.monitoring.domain;

import java.util.List;

/**
 * All lamps of the execution at one month and the overall lamp: the most serious one (红 over 黄 over 绿); 绿 when
 * no rule applies yet (e.g. only thresholds, and the month is before the first).
 */
public record ExecutionAssessment(MonthlyExecution execution, List<LampVerdict> verdicts) {

    public ExecutionAssessment {
        verdicts = List.copyOf(verdicts);
    }

    public Lamp lamp() {
        Lamp lamp = Lamp.GREEN;
        for (LampVerdict verdict : verdicts) {
            lamp = lamp.worse(verdict.lamp());
        }
        return lamp;
    }

    /** "1–7月 黄灯" and one line per verdict. */
    public String render() {
        StringBuilder text = new StringBuilder(execution.period() + " " + lamp().lampLabel());
        for (LampVerdict verdict : verdicts) {
            text.append('\n').append(verdict.render());
        }
        return text.toString();
    }

    /** The verdicts that are not green: the ones a reason must answer. */
    public List<LampVerdict> warnings() {
        return verdicts.stream().filter(v -> !v.lamp().isGreen()).toList();
    }
}
