package org.dualimpact.persistence.rollup;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * PostgreSQL's {@code COPY … FROM STDIN} for the roll-up's bulk writes, used when the driver's own API
 * is visible to the application: in Liberty the JDBC driver is on the {@code global} library, which
 * applications without a class-loader element share (server.xml), so {@code Connection.unwrap} reaches
 * {@code org.postgresql.PGConnection}. Elsewhere (Derby, or a server configured with a library of its
 * own) {@link #usable} is false and the caller writes multi-row INSERTs. Loaded lazily: nothing here
 * touches a driver class unless the driver's interface could be loaded.
 */
final class PostgresCopy {

    private static final Class<?> PG_CONNECTION = load();

    private PostgresCopy() {
    }

    private static Class<?> load() {
        try {
            return Class.forName("org.postgresql.PGConnection", false, PostgresCopy.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            return null;
        }
    }

    /** Whether the driver's interface can be loaded at all. */
    static boolean driverVisible() {
        return PG_CONNECTION != null;
    }

    /** Whether this connection is PostgreSQL's and its COPY API can be reached. */
    static boolean usable(Connection c) {
        if (PG_CONNECTION == null) {
            return false;
        }
        try {
            return c.isWrapperFor(PG_CONNECTION);
        } catch (SQLException | RuntimeException e) {
            return false;
        }
    }

    /** Copies rows in COPY's text format (tab between values, newline after each row, {@code \N} for null). */
    static long copyIn(Connection c, String tableAndColumns, CharSequence rows) throws SQLException {
        return Driver.copyIn(c, "COPY " + tableAndColumns + " FROM STDIN", rows.toString().getBytes(StandardCharsets.UTF_8));
    }

    /**
     * On PostgreSQL, has the statement planned at each execution, for the values and the table as they
     * are then: the driver otherwise prepares a statement on the server after five executions, and the
     * server may keep one generic plan made while the table was still empty — a full scan per delete once
     * it holds a hundred thousand rows (measured: 11 s of a 1M-entry first run). Nothing elsewhere.
     */
    static void planEachExecution(java.sql.PreparedStatement statement) {
        if (PG_CONNECTION == null) {
            return;
        }
        try {
            if (statement.isWrapperFor(Driver.statementInterface())) {
                Driver.planEachExecution(statement);
            }
        } catch (SQLException | RuntimeException e) {
            // a wrapper that does not unwrap: the statement runs as the driver decides, correct but maybe slower
        }
    }

    /** The driver's API, in a class of its own: loaded only when {@link #usable} said it can be. */
    private static final class Driver {
        static Class<?> statementInterface() {
            return org.postgresql.PGStatement.class;
        }

        static void planEachExecution(java.sql.PreparedStatement statement) throws SQLException {
            statement.unwrap(org.postgresql.PGStatement.class).setPrepareThreshold(0);
        }

        static long copyIn(Connection c, String sql, byte[] text) throws SQLException {
            try {
                return c.unwrap(org.postgresql.PGConnection.class).getCopyAPI().copyIn(sql, new ByteArrayInputStream(text));
            } catch (IOException e) {
                throw new SQLException("COPY failed: " + e.getMessage(), e);
            }
        }
    }
}
