package org.jixiao.scoring.domain;

import java.util.Optional;

/**
 * 定性指标完成档次 (rules.md §2.5): the three phrases that are the allowed 实际完成值 of a qualitative indicator.
 * The share of the weight each band allows is policy ({@link QualitativeBands}).
 */
public enum QualitativeBand {
    ACHIEVED("达成年度指标"),
    PARTLY_ACHIEVED("部分达成年度指标并具有一定效果"),
    NOT_ACHIEVED("未达成年度指标且效果较差");

    private final String label;

    QualitativeBand(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The band named by its Chinese phrase, exactly as printed. */
    public static Optional<QualitativeBand> fromLabel(String text) {
        for (QualitativeBand band : values()) {
            if (band.label.equals(text == null ? null : text.strip())) {
                return Optional.of(band);
            }
        }
        return Optional.empty();
    }
}
