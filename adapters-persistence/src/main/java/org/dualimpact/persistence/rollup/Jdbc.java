package org.dualimpact.persistence.rollup;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;

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

    /** An update in the caller's connection (and transaction). */
    static int update(Connection c, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = c.prepareStatement(sql)) {
            bind(statement, parameters);
            return statement.executeUpdate();
        }
    }

    /** The first column of the first row as a number, in the caller's connection; null when none or NULL. */
    static Long firstLong(Connection c, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement select = c.prepareStatement(sql)) {
            bind(select, parameters);
            try (ResultSet rows = select.executeQuery()) {
                if (!rows.next()) {
                    return null;
                }
                long value = rows.getLong(1);
                return rows.wasNull() ? null : value;
            }
        }
    }

    static void bind(PreparedStatement statement, Object... parameters) throws SQLException {
        for (int i = 0; i < parameters.length; i++) {
            statement.setObject(i + 1, parameters[i]);
        }
    }

    /** Binds one row's parameters starting at parameter index {@code first}. */
    @FunctionalInterface
    private interface RowBinder<T> {
        void bind(PreparedStatement insert, int first, T row) throws SQLException;
    }

    /** Rows per multi-row INSERT; full chunks reuse one statement text (the driver caches it). */
    static final int ROWS_PER_STATEMENT = 100;

    /**
     * Inserts rows with multi-row {@code INSERT … VALUES (…), (…)} statements of up to
     * {@link #ROWS_PER_STATEMENT} rows (standard SQL, Derby and PostgreSQL): one round trip per 100 rows
     * without depending on a driver option such as PostgreSQL's {@code reWriteBatchedInserts}.
     */
    private static <T> void insertRows(Connection c, String tableAndColumns, int columns, List<T> rows, RowBinder<T> binder)
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

    /** One row's values in column order: bound to an INSERT's parameters, or written as COPY text. */
    interface Values {
        /** Text, or null. */
        void text(String value) throws SQLException;

        /** A decimal, or null. */
        void number(BigDecimal value) throws SQLException;

        void integer(long value) throws SQLException;
    }

    /** Writes one row's values, in the order of the columns named. */
    @FunctionalInterface
    interface RowWriter<T> {
        void write(Values values, T row) throws SQLException;
    }

    /**
     * Inserts rows: on PostgreSQL with COPY when the driver's API is reachable ({@link PostgresCopy}),
     * otherwise (Derby) with multi-row INSERTs. Both run in the caller's connection and transaction.
     */
    static <T> void insert(Connection c, String table, String columns, List<T> rows, RowWriter<T> writer)
            throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        boolean copy = PostgresCopy.usable(c);
        if (!SAID.getAndSet(true)) {
            Logger.getLogger(Jdbc.class.getName()).info(copy ? "KPI roll-up: bulk writes with PostgreSQL COPY"
                    : "KPI roll-up: bulk writes with multi-row INSERTs (" + c.getMetaData().getDatabaseProductName()
                            + (PostgresCopy.driverVisible() ? "" : "; no PostgreSQL driver API visible to the application") + ")");
        }
        if (copy) {
            CopyText text = new CopyText(rows.size() * 96);
            for (T row : rows) {
                writer.write(text, row);
                text.endRow();
            }
            PostgresCopy.copyIn(c, table + " (" + columns + ")", text.rows);
            return;
        }
        int count = columns.split(",").length;
        insertRows(c, table + " (" + columns + ")", count, rows, (insert, first, row) -> writer.write(new Parameters(insert, first), row));
    }

    private static final AtomicBoolean SAID = new AtomicBoolean();

    /** Values bound to consecutive parameters of a statement. */
    private static final class Parameters implements Values {
        private final PreparedStatement statement;
        private int next;

        Parameters(PreparedStatement statement, int first) {
            this.statement = statement;
            this.next = first;
        }

        @Override
        public void text(String value) throws SQLException {
            if (value == null) {
                statement.setNull(next++, Types.VARCHAR);
            } else {
                statement.setString(next++, value);
            }
        }

        @Override
        public void number(BigDecimal value) throws SQLException {
            if (value == null) {
                statement.setNull(next++, Types.DECIMAL);
            } else {
                statement.setBigDecimal(next++, value);
            }
        }

        @Override
        public void integer(long value) throws SQLException {
            statement.setLong(next++, value);
        }
    }

    /** Values in COPY's text format: tab-separated, {@code \N} for null, backslash escapes. */
    static final class CopyText implements Values {
        final StringBuilder rows;
        private boolean first = true;

        CopyText(int capacity) {
            rows = new StringBuilder(capacity);
        }

        private StringBuilder next() {
            if (!first) {
                rows.append('\t');
            }
            first = false;
            return rows;
        }

        void endRow() {
            rows.append('\n');
            first = true;
        }

        @Override
        public void text(String value) {
            StringBuilder out = next();
            if (value == null) {
                out.append("\\N");
                return;
            }
            int plain = 0;
            while (plain < value.length() && !escaped(value.charAt(plain))) {
                plain++;
            }
            if (plain == value.length()) {
                out.append(value); // the usual case for codes and names: nothing to escape, copied at once
                return;
            }
            out.append(value, 0, plain);
            for (int i = plain; i < value.length(); i++) {
                char ch = value.charAt(i);
                switch (ch) {
                    case '\\' -> out.append("\\\\");
                    case '\t' -> out.append("\\t");
                    case '\n' -> out.append("\\n");
                    case '\r' -> out.append("\\r");
                    default -> out.append(ch);
                }
            }
        }

        private static boolean escaped(char c) {
            return c == '\\' || c == '\t' || c == '\n' || c == '\r';
        }

        @Override
        public void number(BigDecimal value) {
            StringBuilder out = next();
            out.append(value == null ? "\\N" : value.toPlainString());
        }

        @Override
        public void integer(long value) {
            next().append(value);
        }
    }

    /** "?, ?, ?" for n parameters. */
    static String marks(int n) {
        return String.join(", ", Collections.nCopies(n, "?"));
    }
}
