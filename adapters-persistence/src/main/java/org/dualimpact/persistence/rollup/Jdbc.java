package org.dualimpact.persistence.rollup;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

/** Small JDBC helpers of the roll-up adapters: statements on the datasource, in the caller's transaction. */
final class Jdbc {

    interface Row<T> {
        T read(ResultSet rows) throws SQLException;
    }

    private Jdbc() {
    }

    static <T> List<T> query(DataSource dataSource, String sql, Row<T> row, Object... parameters) {
        try (Connection c = dataSource.getConnection(); PreparedStatement select = c.prepareStatement(sql)) {
            bind(select, parameters);
            select.setFetchSize(1000);
            List<T> result = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    result.add(row.read(rows));
                }
            }
            return result;
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage() + " [" + sql + "]", e);
        }
    }

    static int update(DataSource dataSource, String sql, Object... parameters) {
        try (Connection c = dataSource.getConnection(); PreparedStatement statement = c.prepareStatement(sql)) {
            bind(statement, parameters);
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage() + " [" + sql + "]", e);
        }
    }

    static void bind(PreparedStatement statement, Object... parameters) throws SQLException {
        for (int i = 0; i < parameters.length; i++) {
            statement.setObject(i + 1, parameters[i]);
        }
    }

    /** Binds one row's parameters starting at parameter index {@code first}. */
    @FunctionalInterface
    interface RowBinder<T> {
        void bind(PreparedStatement insert, int first, T row) throws SQLException;
    }

    /** Rows per multi-row INSERT; full chunks reuse one statement text (the driver caches it). */
    static final int ROWS_PER_STATEMENT = 100;

    /**
     * Inserts rows with multi-row {@code INSERT … VALUES (…), (…)} statements of up to
     * {@link #ROWS_PER_STATEMENT} rows (standard SQL, Derby and PostgreSQL): one round trip per 100 rows
     * without depending on a driver option such as PostgreSQL's {@code reWriteBatchedInserts}.
     */
    static <T> void insertRows(java.sql.Connection c, String tableAndColumns, int columns, List<T> rows, RowBinder<T> binder)
            throws SQLException {
        String tuple = "(" + "?, ".repeat(columns - 1) + "?)";
        int done = 0;
        while (done < rows.size()) {
            int chunk = Math.min(ROWS_PER_STATEMENT, rows.size() - done);
            StringBuilder sql = new StringBuilder("INSERT INTO ").append(tableAndColumns).append(" VALUES ");
            for (int r = 0; r < chunk; r++) {
                sql.append(r == 0 ? "" : ", ").append(tuple);
            }
            try (PreparedStatement insert = c.prepareStatement(sql.toString())) {
                for (int r = 0; r < chunk; r++) {
                    binder.bind(insert, 1 + r * columns, rows.get(done + r));
                }
                insert.executeUpdate();
            }
            done += chunk;
        }
    }

    /** "?, ?, ?" for n parameters. */
    static String marks(int n) {
        return String.join(", ", java.util.Collections.nCopies(n, "?"));
    }
}
