package org.jixiao.exchange;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * What an uploaded workbook would do, before anything is written: the tables it creates or replaces (matched by
 * unit, year and 项目编码; the department table by unit and year), the tables of the unit-year it leaves alone,
 * and every problem with its sheet, row, column and a Chinese reason. Kept on the server under {@link #id} until
 * {@link #expiresAt}; it can be committed only while no error remains.
 */
public record ImportPreview(String id, Instant expiresAt, String fileName, String unitCode, String unitName,
                            Integer year, List<Table> tables, List<Kept> kept, List<Problem> problems,
                            Checks checks) {

    public ImportPreview {
        tables = List.copyOf(tables);
        kept = List.copyOf(kept);
        problems = List.copyOf(problems);
        checks = checks == null ? Checks.NONE : checks;
    }

    /** Whether confirming would write: there are tables and no problem is an error. */
    @JsonProperty
    public boolean committable() {
        return !tables.isEmpty() && errorCount() == 0;
    }

    @JsonProperty
    public long errorCount() {
        return problems.stream().filter(p -> p.severity() == Severity.ERROR).count();
    }

    @JsonProperty
    public long warningCount() {
        return problems.stream().filter(p -> p.severity() == Severity.WARNING).count();
    }

    public long count(Action action) {
        return tables.stream().filter(t -> t.action() == action).count();
    }

    @JsonProperty
    public long createCount() {
        return count(Action.CREATE);
    }

    @JsonProperty
    public long replaceCount() {
        return count(Action.REPLACE);
    }

    public enum Action {
        CREATE("新建"), REPLACE("替换");

        private final String label;

        Action(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public enum Severity {
        ERROR("错误"), WARNING("提示");

        private final String label;

        Severity(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /**
     * One goal table of the file. {@code existingId}/{@code existingVersion}: the table it replaces, as read at
     * preview time (a change by someone else before the commit is a conflict, not overwritten).
     */
    public record Table(String sheet, Action action, String kind, String projectCode, String projectName,
                        BigDecimal budgetWan, int goalCount, int indicatorCount, Long existingId, Long existingVersion) {
    }

    /** A table of the unit-year that the file does not contain: it stays as it is. */
    public record Kept(long id, String kind, String projectCode, String projectName) {
    }

    /**
     * What the goal checks (智能审核) find in the tables of the file, as they would be after the import: counts per
     * severity and the findings per table. Shown, never blocking: an import writes what the file says, and a table
     * with 错误 findings is stopped later, at 送审. {@code ran} is false when the file had errors that keep its
     * tables from being read (the checks need readable tables).
     */
    public record Checks(boolean ran, String configVersion, long errorCount, long warningCount, long infoCount,
                         List<TableFindings> tables) {

        static final Checks NONE = new Checks(false, null, 0, 0, 0, List.of());

        public Checks {
            tables = List.copyOf(tables);
        }

        @JsonProperty
        public long total() {
            return errorCount + warningCount + infoCount;
        }
    }

    /** The findings of one table of the file ({@code sheet} as in {@link Table#sheet}). */
    public record TableFindings(String sheet, String projectCode, String projectName, List<CheckFinding> findings) {

        public TableFindings {
            findings = List.copyOf(findings);
        }
    }

    /**
     * One finding: {@code severity} ERROR/WARNING/INFO with its Chinese {@code severityLabel}, the rule, the
     * indicator row (1-based as on the goal-table page, null for the table as a whole) and field, the place in the
     * file when known, the message and how to fix it.
     */
    public record CheckFinding(String severity, String severityLabel, String rule, Integer indicatorRow, String field,
                               Integer row, String column, String message, String suggestion) {
    }

    /**
     * One problem. {@code sheet} null: the file or the request as a whole; {@code row} (1-based, as Excel shows it)
     * and {@code column} (letters) null when the problem is not at one cell; {@code field} the input path
     * ({@code indicators[3].value}) when it comes from the goal-table checks.
     */
    public record Problem(Severity severity, String sheet, Integer row, String column, String cell, String field,
                          String message) {
    }
}
