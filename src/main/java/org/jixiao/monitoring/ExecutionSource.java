package org.jixiao.monitoring;

/** Where a spending record came from: 手工 (entered on a page or posted to the API) or 国库导入 (treasury export). */
public enum ExecutionSource {
    MANUAL("手工"), TREASURY("国库导入");

    private final String label;

    ExecutionSource(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
