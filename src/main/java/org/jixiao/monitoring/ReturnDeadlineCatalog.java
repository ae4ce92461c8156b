package org.jixiao.monitoring;

import java.util.List;

import org.jixiao.monitoring.domain.ReturnDeadlineRules;

/** The due dates and reminder days of 双监控 returns, every version read at start. */
record ReturnDeadlineCatalog(List<ReturnDeadlineRules> versions) {

    ReturnDeadlineCatalog {
        versions = List.copyOf(versions);
    }
}
