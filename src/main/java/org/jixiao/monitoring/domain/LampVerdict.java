package org.jixiao.monitoring.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A lamp and why: which rule of which rule set, the rule in Chinese with its source, and the figures it was
 * decided on (exact numbers, with display texts). {@link #render()} gives the Chinese text for the page.
 *
 * @param lamp    the lamp
 * @param rule    the rule kind ({@code TIME_PROGRESS}, {@code PLAN}, {@code THRESHOLD}, {@code GOAL_GAP},
 *                {@code LIKELIHOOD}, {@code PROGRESS})
 * @param rulesId the rule set version
 * @param text    the rule applied, in Chinese, citing its source
 * @param figures the figures, in the order they were computed
 */
public record LampVerdict(Lamp lamp, String rule, String rulesId, String text, List<Figure> figures) {

    public LampVerdict {
        Objects.requireNonNull(lamp, "lamp");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(rulesId, "rulesId");
        Objects.requireNonNull(text, "text");
        figures = List.copyOf(figures);
    }

    /** One named figure; {@code number} is the exact value (a fraction for rates), null for labels. */
    public record Figure(String name, String text, BigDecimal number) {
        public Figure {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(text, "text");
        }

        static Figure percent(String name, BigDecimal fraction) {
            return new Figure(name, Rates.percent(fraction), fraction);
        }

        static Figure label(String name, String text) {
            return new Figure(name, text, null);
        }
    }

    /** The figure named {@code name}. */
    public Figure figure(String name) {
        return figures.stream().filter(f -> f.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no figure " + name));
    }

    /** "黄灯：…；规则：…（规则集 national-2019）". */
    public String render() {
        List<String> parts = new ArrayList<>();
        for (Figure figure : figures) {
            parts.add(figure.name() + " " + figure.text());
        }
        return lamp.lampLabel() + "：" + String.join("；", parts) + "。规则：" + text + "（" + rulesId + "）";
    }
}
