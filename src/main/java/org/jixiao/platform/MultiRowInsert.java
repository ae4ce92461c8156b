package org.jixiao.platform;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collections;

import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Inserts many rows as {@code insert … values (…), (…), …} statements of up to {@value #ROWS_PER_STATEMENT} rows,
 * sent as one JDBC batch: what PostgreSQL's driver does with {@code reWriteBatchedInserts=true}, but independent of
 * the connection's settings and the same on H2. A database executes one multi-row statement far faster than as
 * many one-row statements (one parse, bind and execution instead of hundreds). Rows are inserted in order.
 */
public final class MultiRowInsert {

    /** Rows per statement, at most; bounded also by {@value #MAX_PARAMETERS} bind parameters. */
    public static final int ROWS_PER_STATEMENT = 128;
    /** Bind parameters per statement, at most: well under PostgreSQL's 32,767 (and H2's limits). */
    private static final int MAX_PARAMETERS = 4000;

    /** Sets the columns of row {@code row} from parameter {@code first} on. */
    @FunctionalInterface
    public interface RowSetter {
        void set(PreparedStatement ps, int first, int row) throws SQLException;
    }

    private MultiRowInsert() {
    }

    /**
     * Inserts {@code rowCount} rows into {@code table} ({@code columns}: the column list, {@code columnCount} of
     * them), each row's parameters set by {@code setter}.
     */
    public static void insert(JdbcTemplate jdbc, String table, String columns, int columnCount, int rowCount,
                              RowSetter setter) {
        if (rowCount == 0) {
            return;
        }
        int perStatement = Math.max(1, Math.min(ROWS_PER_STATEMENT, MAX_PARAMETERS / columnCount));
        int full = rowCount / perStatement;
        int rest = rowCount % perStatement;
        if (full > 0) {
            jdbc.batchUpdate(sql(table, columns, columnCount, perStatement), new BatchPreparedStatementSetter() {
                @Override
                public void setValues(PreparedStatement ps, int i) throws SQLException {
                    for (int r = 0; r < perStatement; r++) {
                        setter.set(ps, r * columnCount + 1, i * perStatement + r);
                    }
                }

                @Override
                public int getBatchSize() {
                    return full;
                }
            });
        }
        if (rest > 0) {
            jdbc.update(sql(table, columns, columnCount, rest), ps -> {
                for (int r = 0; r < rest; r++) {
                    setter.set(ps, r * columnCount + 1, full * perStatement + r);
                }
            });
        }
    }

    private static String sql(String table, String columns, int columnCount, int rows) {
        String row = "(" + String.join(", ", Collections.nCopies(columnCount, "?")) + ")";
        return "insert into " + table + " (" + columns + ") values " + String.join(", ", Collections.nCopies(rows, row));
    }
}
