package org.jixiao.monitoring.domain;

/** State of a 双监控 return: 草稿 (editable) or 已报送 (submitted, read-only until withdrawn). */
public enum MonitoringReturnStatus {
    DRAFT("草稿"), SUBMITTED("已报送");

    private final String label;

    MonitoringReturnStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
