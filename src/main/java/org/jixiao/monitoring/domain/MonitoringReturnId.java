package org.jixiao.monitoring.domain;

/** Id of a stored 双监控 return (绩效运行监控表). */
public record MonitoringReturnId(long value) {

    public MonitoringReturnId {
        if (value <= 0) {
            throw new IllegalArgumentException("a monitoring return id is positive: " + value);
        }
    }
}
