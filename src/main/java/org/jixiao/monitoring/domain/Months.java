package org.jixiao.monitoring.domain;

/** Months of a fiscal year (1–12) and how they are written: 1–7月. */
final class Months {

    private Months() {
    }

    static boolean isValid(int month) {
        return month >= 1 && month <= 12;
    }

    static String through(int month) {
        return month == 1 ? "1月" : "1–" + month + "月";
    }
}
