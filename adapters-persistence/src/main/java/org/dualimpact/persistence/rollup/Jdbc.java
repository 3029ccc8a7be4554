package org.dualimpact.persistence.rollup;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
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

    /** An update in the caller's connection (and transaction). */
    static int update(Connection c, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = c.prepareStatement(sql)) {
            bind(statement, 0, parameters);
            return statement.executeUpdate();
        }
    }

    /** Binds the parameters from index {@code after + 1} on (Derby and PostgreSQL both take a null this way). */
    private static void bind(PreparedStatement statement, int after, Object... parameters) throws SQLException {
        for (int i = 0; i < parameters.length; i++) {
            statement.setObject(after + i + 1, parameters[i]);
        }
    }

    /**
     * Inserts rows (values in column order): with {@code COPY … FROM STDIN} when the connection unwraps to the
     * PostgreSQL driver (in Liberty the {@code global} library the application shares, server.xml); else (Derby,
     * or a driver library of the server's own) with multi-row INSERTs of up to {@link #ROWS_PER_STATEMENT} rows.
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
            copy(c, tableAndColumns, rows);
            return;
        }
        for (int done = 0; done < rows.size(); done += ROWS_PER_STATEMENT) {
            List<Object[]> chunk = rows.subList(done, Math.min(done + ROWS_PER_STATEMENT, rows.size()));
            String tuple = "(" + marks(chunk.get(0).length) + ")";
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO " + tableAndColumns + " VALUES "
                    + String.join(", ", Collections.nCopies(chunk.size(), tuple)))) {
                for (int i = 0; i < chunk.size(); i++) {
                    bind(insert, i * chunk.get(i).length, chunk.get(i));
                }
                insert.executeUpdate();
            }
        }
    }

    /** Whether the connection is PostgreSQL's driver's; false when the application cannot see the driver's classes. */
    private static boolean copies(Connection c) {
        try {
            return c.isWrapperFor(PGConnection.class);
        } catch (SQLException | RuntimeException | LinkageError e) {
            return false;
        }
    }

    /** COPY's text format: tab-separated, {@code \N} for null, backslash escapes. */
    private static void copy(Connection c, String tableAndColumns, List<Object[]> rows) throws SQLException {
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

    /** A setting for the rest of the transaction (SET LOCAL …) on PostgreSQL; nothing on other databases. */
    static void onPostgresql(Connection c, String setting) throws SQLException {
        if (SchemaMigrations.Database.of(c) == SchemaMigrations.Database.POSTGRESQL) {
            update(c, setting);
        }
    }

    /** The references in parts of at most 500 (parameters of one IN list). */
    static List<List<String>> parts(Collection<String> references) {
        List<String> all = new ArrayList<>(references);
        List<List<String>> parts = new ArrayList<>();
        for (int start = 0; start < all.size(); start += 500) {
            parts.add(all.subList(start, Math.min(start + 500, all.size())));
        }
        return parts;
    }

    /** "?, ?, ?" for n parameters. */
    static String marks(int n) {
        return String.join(", ", Collections.nCopies(n, "?"));
    }
}
