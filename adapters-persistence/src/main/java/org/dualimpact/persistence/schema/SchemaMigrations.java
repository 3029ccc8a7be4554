package org.dualimpact.persistence.schema;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Logger;

import javax.sql.DataSource;

/**
 * Brings the database schema up to date from the versioned SQL files beside this class.
 *
 * <p>Each migration runs once, in order, recorded in {@code SCHEMA_HISTORY} with the SHA-256 of its
 * file. All pending migrations run in one transaction holding an exclusive lock on
 * {@code SCHEMA_HISTORY}, so several servers starting together on one PostgreSQL apply them once.
 * A recorded migration whose file has changed stops the start-up: released migrations are never
 * edited.
 */
public final class SchemaMigrations {

    private static final Logger LOG = Logger.getLogger(SchemaMigrations.class.getName());
    private static final String INDEX = "index";

    /** The databases the product supports, by the name used in file suffixes. */
    public enum Database {
        DERBY, POSTGRESQL;

        String suffix() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** The database a connection is to (migration variants and per-database SQL are chosen by it). */
        public static Database of(Connection connection) throws SQLException {
            String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
            if (product.contains("derby")) {
                return DERBY;
            }
            if (product.contains("postgres")) {
                return POSTGRESQL;
            }
            throw new IllegalStateException("unsupported database: " + product
                    + " (Dual Impact runs on Apache Derby and PostgreSQL)");
        }
    }

    /** A migration to apply: its version, name and statements. */
    record Migration(int version, String name, String sql, String checksum) {
    }

    private final DataSource dataSource;

    public SchemaMigrations(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Applies what is pending. @return the names of the migrations applied now */
    public List<String> migrate() {
        try (Connection connection = dataSource.getConnection()) {
            Database database = Database.of(connection);
            List<Migration> migrations = load(database);
            ensureHistoryTable(connection);
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try {
                List<String> applied = applyPending(connection, migrations);
                connection.commit();
                if (!applied.isEmpty()) {
                    LOG.info(() -> "Schema migrated on " + database.suffix() + ": " + applied);
                }
                return applied;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("schema migration failed: " + e.getMessage(), e);
        }
    }

    /** The highest migration version recorded, or 0; used by the readiness check. */
    public int currentVersion() {
        try (Connection connection = dataSource.getConnection();
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT MAX(VERSION) FROM SCHEMA_HISTORY")) {
            return rows.next() ? rows.getInt(1) : 0;
        } catch (SQLException e) {
            return 0;
        }
    }

    /** The version the shipped migrations lead to. */
    public static int expectedVersion() {
        return load(Database.DERBY).stream().mapToInt(Migration::version).max().orElse(0);
    }

    private static void ensureHistoryTable(Connection connection) throws SQLException {
        if (tableExists(connection, "SCHEMA_HISTORY")) {
            return;
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE SCHEMA_HISTORY (VERSION INTEGER NOT NULL PRIMARY KEY, "
                    + "NAME VARCHAR(200) NOT NULL, CHECKSUM VARCHAR(64) NOT NULL, APPLIED_AT TIMESTAMP NOT NULL)");
        } catch (SQLException e) {
            // Another server created it between our check and our CREATE: fine.
            if (!tableExists(connection, "SCHEMA_HISTORY")) {
                throw e;
            }
        }
    }

    private static boolean tableExists(Connection connection, String table) throws SQLException {
        for (String name : new String[] {table, table.toLowerCase(Locale.ROOT)}) {
            try (ResultSet tables = connection.getMetaData().getTables(null, null, name, new String[] {"TABLE"})) {
                while (tables.next()) {
                    String schema = tables.getString("TABLE_SCHEM");
                    if (schema == null || schema.equalsIgnoreCase(connection.getSchema())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static List<String> applyPending(Connection connection, List<Migration> migrations) throws SQLException {
        try (Statement lock = connection.createStatement()) {
            lock.execute("LOCK TABLE SCHEMA_HISTORY IN EXCLUSIVE MODE");
        }
        Map<Integer, String> recorded = new LinkedHashMap<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT VERSION, CHECKSUM FROM SCHEMA_HISTORY ORDER BY VERSION")) {
            while (rows.next()) {
                recorded.put(rows.getInt(1), rows.getString(2));
            }
        }
        List<String> applied = new ArrayList<>();
        for (Migration migration : migrations) {
            String checksum = recorded.get(migration.version());
            if (checksum != null) {
                if (!checksum.equals(migration.checksum())) {
                    throw new IllegalStateException("migration " + migration.name()
                            + " was changed after it was applied (checksum differs); restore it and add a new migration");
                }
                continue;
            }
            try (Statement statement = connection.createStatement()) {
                for (String sql : statements(migration.sql())) {
                    statement.execute(sql);
                }
            }
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO SCHEMA_HISTORY (VERSION, NAME, CHECKSUM, APPLIED_AT) VALUES (?, ?, ?, ?)")) {
                insert.setInt(1, migration.version());
                insert.setString(2, migration.name());
                insert.setString(3, migration.checksum());
                insert.setTimestamp(4, Timestamp.from(Instant.now()));
                insert.executeUpdate();
            }
            applied.add(migration.name());
        }
        return applied;
    }

    static List<Migration> load(Database database) {
        List<Migration> migrations = new ArrayList<>();
        int previous = 0;
        for (String line : read(INDEX).split("\n")) {
            String name = line.strip();
            if (name.isEmpty() || name.startsWith("#")) {
                continue;
            }
            if (!name.matches("V[0-9]{3}__[a-z0-9_]+")) {
                throw new IllegalStateException("bad migration name in schema index: " + name);
            }
            int version = Integer.parseInt(name.substring(1, 4));
            if (version <= previous) {
                // numbers may leave gaps (ranges are reserved for work on parallel branches), never go back
                throw new IllegalStateException("schema index must number migrations in increasing order: " + name);
            }
            previous = version;
            String specific = name + "." + database.suffix() + ".sql";
            String sql = exists(specific) ? read(specific) : read(name + ".sql");
            migrations.add(new Migration(version, name, sql, sha256(sql)));
        }
        return migrations;
    }

    /**
     * Splits a script into statements: a statement ends with a semicolon at the end of a line,
     * except inside a PostgreSQL dollar-quoted body ({@code $$ … $$}). Comment lines are dropped.
     */
    static List<String> statements(String script) {
        List<String> statements = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean inDollarQuote = false;
        for (String line : script.split("\n")) {
            String trimmed = line.strip();
            if (!inDollarQuote && (trimmed.isEmpty() || trimmed.startsWith("--"))) {
                continue;
            }
            int dollars = line.split("\\$\\$", -1).length - 1;
            if (dollars % 2 == 1) {
                inDollarQuote = !inDollarQuote;
            }
            if (!inDollarQuote && trimmed.endsWith(";")) {
                current.append(line, 0, line.lastIndexOf(';'));
                statements.add(current.toString().strip());
                current.setLength(0);
            } else {
                current.append(line).append('\n');
            }
        }
        if (!current.toString().isBlank()) {
            throw new IllegalStateException("migration ends without a semicolon: " + current.toString().strip());
        }
        return statements;
    }

    private static boolean exists(String resource) {
        return SchemaMigrations.class.getResource(resource) != null;
    }

    private static String read(String resource) {
        try (InputStream in = SchemaMigrations.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("schema resource missing: " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
