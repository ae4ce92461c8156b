package org.jixiao.monitoring.domain;

/** 预警灯 (rules.md §6.4): 红 / 黄 / 绿. */
public enum Lamp {
    GREEN("绿"), YELLOW("黄"), RED("红");

    private final String label;

    Lamp(String label) {
        this.label = label;
    }

    /** 红 / 黄 / 绿. */
    public String label() {
        return label;
    }

    /** 红灯 / 黄灯 / 绿灯. */
    public String lampLabel() {
        return label + "灯";
    }

    /** The more serious of the two (红 over 黄 over 绿). */
    public Lamp worse(Lamp other) {
        return other.ordinal() > ordinal() ? other : this;
    }

    public boolean isGreen() {
        return this == GREEN;
    }
}
