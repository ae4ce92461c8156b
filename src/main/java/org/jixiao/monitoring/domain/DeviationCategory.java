package org.jixiao.monitoring.domain;

/** 偏差原因 category (rules.md §6.3; from the 136号 附表, UNCONFIRMED). */
public enum DeviationCategory {
    FUNDING("经费保障"), SYSTEM("制度保障"), STAFF("人员保障"), HARDWARE("硬件条件保障"), OTHER("其他");

    private final String label;

    DeviationCategory(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
