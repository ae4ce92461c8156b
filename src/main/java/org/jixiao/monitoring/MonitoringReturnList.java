package org.jixiao.monitoring;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.jixiao.goals.domain.GoalTableId;
import org.jixiao.monitoring.domain.MonitoringPeriod;
import org.jixiao.monitoring.domain.MonitoringReturnId;
import org.jixiao.monitoring.domain.MonitoringReturnStatus;
import org.jixiao.shared.FiscalYear;

/** A unit-year's 双监控 returns: the periods of the lamp rules in force, and per project goal table one cell per period. */
public record MonitoringReturnList(String unitCode, FiscalYear year, String rulesName, List<Period> periods,
                                   List<Line> lines) {

    /** A period with its due date, if the rules name one. */
    public record Period(MonitoringPeriod period, Optional<LocalDate> due) {
        public String label() {
            return period.label();
        }
    }

    /** A project goal table (with its review status) and its returns by period. */
    public record Line(GoalTableId goalTableId, String projectCode, String projectName, String goalTableStatus,
                       List<Cell> cells) {
    }

    /** The return of a period, or an empty cell ({@code id} null) when none is started. */
    public record Cell(int cutOffMonth, MonitoringReturnId id, MonitoringReturnStatus status, String reviewStatus,
                       long version) {
        public boolean started() {
            return id != null;
        }
    }
}
