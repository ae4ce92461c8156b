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
                            Integer year, List<Table> tables, List<Kept> kept, List<Problem> problems) {

    public ImportPreview {
        tables = List.copyOf(tables);
        kept = List.copyOf(kept);
        problems = List.copyOf(problems);
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
     * One problem. {@code sheet} null: the file or the request as a whole; {@code row} (1-based, as Excel shows it)
     * and {@code column} (letters) null when the problem is not at one cell; {@code field} the input path
     * ({@code indicators[3].value}) when it comes from the goal-table checks.
     */
    public record Problem(Severity severity, String sheet, Integer row, String column, String cell, String field,
                          String message) {
    }
}
