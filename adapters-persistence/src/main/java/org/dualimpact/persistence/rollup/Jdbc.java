package org.dualimpact.persistence.rollup;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import javax.sql.DataSource;

import org.dualimpact.persistence.schema.SchemaMigrations;

/** Small JDBC helpers of the roll-up adapters: statements on the datasource, in the caller's transaction. */
final class Jdbc {

    /** Rows per multi-row INSERT. */
    static final int ROWS_PER_STATEMENT = 100;

    interface Row<T> {
        T read(ResultSet rows) throws SQLException;
    }

    private Jdbc() {
    }

    static <T> List<T> query(DataSource dataSource, String sql, Row<T> row, Object... parameters) {
        try (Connection c = dataSource.getConnection(); PreparedStatement select = c.prepareStatement(sql)) {
            bind(select, 0, parameters);
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
        try (Connection c = dataSource.getConnection()) {
            return update(c, sql, parameters);
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage() + " [" + sql + "]", e);
        }
    }

    /** An update in the caller's connection (and transaction). */
    static int update(Connection c, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = c.prepareStatement(sql)) {
            bind(statement, 0, parameters);
            return statement.executeUpdate();
        }
    }

    /** Binds the parameters from index {@code after + 1} on (Derby and PostgreSQL both take a null this way). */
    static void bind(PreparedStatement statement, int after, Object... parameters) throws SQLException {
        for (int i = 0; i < parameters.length; i++) {
            statement.setObject(after + i + 1, parameters[i]);
        }
    }

    /**
     * Inserts rows (values in column order) with multi-row {@code INSERT … VALUES (…), (…)} statements of up
     * to {@link #ROWS_PER_STATEMENT} rows: standard SQL, one round trip per 100 rows on Derby and PostgreSQL.
     */
    static void insert(Connection c, String tableAndColumns, List<Object[]> rows) throws SQLException {
        for (int done = 0; done < rows.size(); done += ROWS_PER_STATEMENT) {
            List<Object[]> chunk = rows.subList(done, Math.min(done + ROWS_PER_STATEMENT, rows.size()));
            String tuple = "(" + marks(chunk.get(0).length) + ")";
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO " + tableAndColumns + " VALUES "
                    + String.join(", ", Collections.nCopies(chunk.size(), tuple)))) {
                int at = 0;
                for (Object[] row : chunk) {
                    bind(insert, at, row);
                    at += row.length;
                }
                insert.executeUpdate();
            }
        }
    }

    /** A setting for the rest of the transaction (SET LOCAL …) on PostgreSQL; nothing on other databases. */
    static void onPostgresql(Connection c, String setting) throws SQLException {
        if (SchemaMigrations.Database.of(c) == SchemaMigrations.Database.POSTGRESQL) {
            update(c, setting);
        }
    }

    /** "?, ?, ?" for n parameters. */
    static String marks(int n) {
        return String.join(", ", Collections.nCopies(n, "?"));
    }
}
