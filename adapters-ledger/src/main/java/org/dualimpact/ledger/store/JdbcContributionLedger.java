package org.dualimpact.ledger.store;

import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonReader;
import jakarta.json.JsonReaderFactory;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import org.dualimpact.kernel.ledger.ContributionLedger;
import org.dualimpact.kernel.ledger.EntryType;
import org.dualimpact.kernel.ledger.LedgerEntry;
import org.dualimpact.kernel.ledger.Merkle;
import org.dualimpact.kernel.ledger.PersonalData;
import org.dualimpact.kernel.ledger.TreeHead;

/**
 * The ledger in plain JDBC on the application's datasource, inside the caller's JTA transaction.
 *
 * <p>{@link #lockHead()} takes the row lock on {@code LEDGER_HEAD} with a no-op update, so appends
 * from any number of threads and servers are serialised by the database until commit; the sequence
 * numbers handed out are gap-free because a rolled-back append rolls back the head too. Rows are
 * only ever inserted; the database refuses updates and deletes (migration V005).
 */
@ApplicationScoped
public class JdbcContributionLedger implements ContributionLedger {

    @Resource(lookup = "jdbc/dualimpact")
    DataSource dataSource;

    /** For CDI. */
    public JdbcContributionLedger() {
    }

    /** For use outside a container (tools, tests) on a datasource of one's own. */
    public JdbcContributionLedger(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public long lockHead() {
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement lock = c.prepareStatement("UPDATE LEDGER_HEAD SET TREE_SIZE = TREE_SIZE WHERE ID = 1")) {
                if (lock.executeUpdate() != 1) {
                    throw new IllegalStateException("LEDGER_HEAD row missing: the schema migrations did not run");
                }
            }
            return readSize(c);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot lock the ledger head: " + e.getMessage(), e);
        }
    }

    @Override
    public void append(List<LedgerEntry> entries, List<Merkle.Node> nodes, List<PersonalData> personal, long newSize) {
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO LEDGER_ENTRY (SEQ, RECORDED_AT, ENTRY_TYPE, "
                    + "AGREEMENT_REF, ORGANISATION_ID, ACTOR_COMMITMENT, PAYLOAD, LEAF_HASH) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (LedgerEntry e : entries) {
                    insert.setLong(1, e.sequence());
                    insert.setTimestamp(2, Timestamp.from(e.recordedAt()));
                    insert.setString(3, e.type().name());
                    insert.setString(4, e.agreement());
                    insert.setString(5, e.organisation());
                    insert.setString(6, e.actorCommitment());
                    insert.setString(7, json(e.payload()));
                    insert.setString(8, e.leafHash());
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO LEDGER_NODE (LVL, IDX, HASH) VALUES (?, ?, ?)")) {
                for (Merkle.Node n : nodes) {
                    if (n.level() == 0) {
                        continue; // a leaf hash is LEDGER_ENTRY.LEAF_HASH: stored once, read from there
                    }
                    insert.setInt(1, n.level());
                    insert.setLong(2, n.index());
                    insert.setString(3, HexFormat.of().formatHex(n.hash()));
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            try (PreparedStatement insert = c.prepareStatement(
                    "INSERT INTO LEDGER_PERSONAL (SEQ, FIELD, SALT, CLEAR_TEXT) VALUES (?, ?, ?, ?)")) {
                for (PersonalData p : personal) {
                    insert.setLong(1, p.sequence());
                    insert.setString(2, p.field());
                    insert.setString(3, p.salt());
                    insert.setString(4, p.clearText());
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            try (PreparedStatement head = c.prepareStatement("UPDATE LEDGER_HEAD SET TREE_SIZE = ? WHERE ID = 1")) {
                head.setLong(1, newSize);
                head.executeUpdate();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot append to the ledger: " + e.getMessage(), e);
        }
    }

    @Override
    public long size() {
        try (Connection c = dataSource.getConnection()) {
            return readSize(c);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public Optional<LedgerEntry> entry(long sequence) {
        List<LedgerEntry> found = query("SELECT * FROM LEDGER_ENTRY WHERE SEQ = ?", sequence);
        return found.stream().findFirst();
    }

    @Override
    public List<LedgerEntry> entries(Optional<String> agreement, long from, long to) {
        if (agreement.isPresent()) {
            return query("SELECT * FROM LEDGER_ENTRY WHERE AGREEMENT_REF = ? AND SEQ >= ? AND SEQ < ? ORDER BY SEQ",
                    agreement.get(), from, to);
        }
        return query("SELECT * FROM LEDGER_ENTRY WHERE SEQ >= ? AND SEQ < ? ORDER BY SEQ", from, to);
    }

    @Override
    public Merkle.SubtreeSource subtrees() {
        return (level, index) -> {
            String sql = level == 0 ? "SELECT LEAF_HASH FROM LEDGER_ENTRY WHERE SEQ = ? AND 0 = ?"
                    : "SELECT HASH FROM LEDGER_NODE WHERE IDX = ? AND LVL = ?";
            try (Connection c = dataSource.getConnection(); PreparedStatement select = c.prepareStatement(sql)) {
                select.setLong(1, index);
                select.setInt(2, level);
                try (ResultSet rows = select.executeQuery()) {
                    if (!rows.next()) {
                        throw new IllegalStateException("ledger node " + level + "/" + index + " is missing");
                    }
                    return HexFormat.of().parseHex(rows.getString(1));
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        };
    }

    @Override
    public List<PersonalData> personalData(long sequence) {
        List<PersonalData> result = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
             PreparedStatement select = c.prepareStatement(
                     "SELECT FIELD, SALT, CLEAR_TEXT FROM LEDGER_PERSONAL WHERE SEQ = ? ORDER BY FIELD")) {
            select.setLong(1, sequence);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    result.add(new PersonalData(sequence, rows.getString(1), rows.getString(2), rows.getString(3)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return result;
    }

    @Override
    public int erasePersonalData(long sequence) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement delete = c.prepareStatement("DELETE FROM LEDGER_PERSONAL WHERE SEQ = ?")) {
            delete.setLong(1, sequence);
            return delete.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void saveTreeHead(TreeHead head) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement insert = c.prepareStatement("INSERT INTO TREE_HEAD (TREE_SIZE, SIGNED_AT, ROOT_HASH, KEY_ID, "
                     + "ALGORITHM, SIGNATURE) VALUES (?, ?, ?, ?, ?, ?)")) {
            insert.setLong(1, head.size());
            insert.setTimestamp(2, Timestamp.from(head.timestamp()));
            insert.setString(3, head.rootHash());
            insert.setString(4, head.keyId());
            insert.setString(5, head.algorithm());
            insert.setString(6, head.signature());
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public List<TreeHead> treeHeads() {
        List<TreeHead> heads = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
             PreparedStatement select = c.prepareStatement("SELECT TREE_SIZE, ROOT_HASH, SIGNED_AT, KEY_ID, ALGORITHM, "
                     + "SIGNATURE FROM TREE_HEAD ORDER BY SIGNED_AT, TREE_SIZE");
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                heads.add(new TreeHead(rows.getLong(1), rows.getString(2), rows.getTimestamp(3).toInstant(),
                        rows.getString(4), rows.getString(5), rows.getString(6)));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return heads;
    }

    private static long readSize(Connection c) throws SQLException {
        try (PreparedStatement select = c.prepareStatement("SELECT TREE_SIZE FROM LEDGER_HEAD WHERE ID = 1");
             ResultSet rows = select.executeQuery()) {
            if (!rows.next()) {
                throw new IllegalStateException("LEDGER_HEAD row missing: the schema migrations did not run");
            }
            return rows.getLong(1);
        }
    }

    private List<LedgerEntry> query(String sql, Object... parameters) {
        List<LedgerEntry> result = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement select = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                select.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    result.add(new LedgerEntry(rows.getLong("SEQ"), rows.getTimestamp("RECORDED_AT").toInstant(),
                            EntryType.valueOf(rows.getString("ENTRY_TYPE")), rows.getString("AGREEMENT_REF"),
                            rows.getString("ORGANISATION_ID"), rows.getString("ACTOR_COMMITMENT"),
                            payload(rows.getString("PAYLOAD")), rows.getString("LEAF_HASH")));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return result;
    }

    /**
     * Factories made once: {@code Json.createReader}/{@code createObjectBuilder} look the JSON provider up
     * on every call (a service-loader search), which cost ~100 µs per entry when reading the ledger in bulk.
     */
    private static final JsonReaderFactory READERS = Json.createReaderFactory(Map.of());
    private static final JsonBuilderFactory BUILDERS = Json.createBuilderFactory(Map.of());

    static String json(Map<String, String> payload) {
        JsonObjectBuilder object = BUILDERS.createObjectBuilder();
        payload.forEach(object::add);
        return object.build().toString();
    }

    static TreeMap<String, String> payload(String json) {
        TreeMap<String, String> payload = new TreeMap<>();
        try (JsonReader reader = READERS.createReader(new StringReader(json))) {
            JsonObject object = reader.readObject();
            for (Map.Entry<String, JsonValue> field : object.entrySet()) {
                payload.put(field.getKey(), ((JsonString) field.getValue()).getString());
            }
        }
        return payload;
    }
}
