package org.dualimpact.persistence.rollup;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;

import javax.sql.DataSource;

import org.dualimpact.persistence.schema.SchemaMigrations;
import org.postgresql.PGConnection;

/** Small JDBC helpers of the roll-up adapters: statements on the datasource, in the caller's transaction. */
final class Jdbc {

    /** Rows per multi-row INSERT. */
    static final int ROWS_PER_STATEMENT = 100;
    /** PostgreSQL's connection interface, if the application sees the driver; else null. */
    private static final Class<?> PG_CONNECTION = driverInterface();
    private static final AtomicBoolean SAID = new AtomicBoolean();

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
     * Inserts rows (values in column order). On PostgreSQL with {@code COPY … FROM STDIN} through the driver's
     * own API, when the connection unwraps to it: in Liberty the driver is the {@code global} library, which
     * the application shares (server.xml). Elsewhere (Derby, or a driver library of the server's own) with
     * multi-row {@code INSERT … VALUES (…), (…)} of up to {@link #ROWS_PER_STATEMENT} rows.
     */
    static void insert(Connection c, String tableAndColumns, List<Object[]> rows) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        boolean copy = copies(c);
        if (!SAID.getAndSet(true)) {
            Logger.getLogger(Jdbc.class.getName()).info("KPI roll-up: bulk writes with " + (copy ? "PostgreSQL COPY"
                    : "multi-row INSERTs (" + c.getMetaData().getDatabaseProductName() + ")"));
        }
        if (copy) {
            Copy.in(c, tableAndColumns, rows);
            return;
        }
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

    private static boolean copies(Connection c) {
        try {
            return PG_CONNECTION != null && c.isWrapperFor(PG_CONNECTION);
        } catch (SQLException | RuntimeException e) {
            return false;
        }
    }

    private static Class<?> driverInterface() {
        try {
            return Class.forName("org.postgresql.PGConnection", false, Jdbc.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            return null;
        }
    }

    /** PostgreSQL's COPY, in a class of its own: loaded (with the driver's classes) only once {@link #copies} said yes. */
    private static final class Copy {
        static void in(Connection c, String tableAndColumns, List<Object[]> rows) throws SQLException {
            StringBuilder text = new StringBuilder(rows.size() * 160);
            for (Object[] row : rows) {
                for (int i = 0; i < row.length; i++) {
                    Object value = row[i];
                    text.append(i == 0 ? "" : "\t").append(value == null ? "\\N" : value instanceof BigDecimal d ? d.toPlainString()
                            : value.toString().replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r"));
                }
                text.append('\n');
            }
            try {
                c.unwrap(PGConnection.class).getCopyAPI().copyIn("COPY " + tableAndColumns + " FROM STDIN", new StringReader(text.toString()));
            } catch (IOException e) {
                throw new SQLException("COPY failed: " + e.getMessage(), e);
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
