package org.jixiao.scoring.domain;

/** 评价等级 (rules.md §2.6): the four grades; where each begins is policy ({@link GradeBands}). */
public enum Grade {
    EXCELLENT("优"),
    GOOD("良"),
    FAIR("中"),
    POOR("差");

    private final String label;

    Grade(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
