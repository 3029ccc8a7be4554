package org.dualimpact.ledger.store;

import java.io.StringReader;
import java.io.StringWriter;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.Collection;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TimeZone;
import java.util.TreeMap;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonGenerator;
import jakarta.json.stream.JsonGeneratorFactory;

import org.dualimpact.kernel.ledger.ContributionLedger;
import org.dualimpact.kernel.ledger.EntryContent;
import org.dualimpact.kernel.ledger.EntryPayload;
import org.dualimpact.kernel.ledger.EntryType;
import org.dualimpact.kernel.ledger.LedgerEntry;
import org.dualimpact.kernel.ledger.LedgerHead;
import org.dualimpact.kernel.ledger.Merkle;
import org.dualimpact.kernel.ledger.PersonalData;
import org.dualimpact.kernel.ledger.TreeHead;

/**
 * The ledger in plain JDBC on the application's datasource, inside the caller's JTA transaction.
 *
 * <p>{@link #lockHead()} takes the row lock on {@code LEDGER_HEAD} with a no-op update, so appends
 * from any number of threads and servers are serialised by the database until commit; the sequence
 * numbers handed out are gap-free because a rolled-back append rolls back the head too. The head row
 * also holds the tree's right frontier, so an append reads nothing else. Rows are only ever inserted;
 * the database refuses updates and deletes (migration V005). Per entry an append writes one entry
 * row, one personal-data row and, on average, one node row per 16 entries.
 */
@ApplicationScoped
public class JdbcContributionLedger implements ContributionLedger {

    /**
     * Complete subtrees of 2^4 = 16 leaves and more are stored in {@code LEDGER_NODE}; smaller ones are
     * recomputed from at most 8 leaf hashes when a proof needs them — one row per 16 entries instead
     * of one per entry.
     */
    static final int STORED_FROM_LEVEL = 4;

    /** The columns of LEDGER_ENTRY in the order {@link #query} reads them. */
    static final String ENTRY_COLUMNS = "SEQ, RECORDED_AT, ENTRY_TYPE, AGREEMENT_REF, ORGANISATION_ID, ACTOR_COMMITMENT, PAYLOAD, LEAF_HASH";

    /**
     * Reads of one agreement's entries go through the index on (AGREEMENT_REF, SEQ). Derby, given
     * parameters for both, plans a range scan of the primary key over SEQ instead, which reads the whole
     * ledger for each agreement read (an agreement's progress fell from about 1,000 to 28 requests per
     * second at 30,000 entries). The optimizer override is a comment to the end of the line, which
     * PostgreSQL ignores.
     */
    static final String AGREEMENT_INDEX = "--DERBY-PROPERTIES index=LEDGER_ENTRY_AGREEMENT\n";

    /** Rows per multi-row INSERT; full chunks reuse one statement text (the driver caches it). */
    static final int ROWS_PER_STATEMENT = 100;

    /** Looked up once: {@code Json.createObjectBuilder()} looks the provider up on every call. */
    private static final JsonProvider JSON = JsonProvider.provider();
    private static final JsonGeneratorFactory GENERATORS = JSON.createGeneratorFactory(Map.of());

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
    public LedgerHead lockHead() {
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement lock = c.prepareStatement("UPDATE LEDGER_HEAD SET TREE_SIZE = TREE_SIZE WHERE ID = 1")) {
                if (lock.executeUpdate() != 1) {
                    throw new IllegalStateException("LEDGER_HEAD row missing: the schema migrations did not run");
                }
            }
            try (PreparedStatement select = c.prepareStatement("SELECT TREE_SIZE, FRONTIER FROM LEDGER_HEAD WHERE ID = 1");
                 ResultSet rows = select.executeQuery()) {
                rows.next();
                long size = rows.getLong(1);
                List<byte[]> frontier = parseFrontier(rows.getString(2));
                if (frontier == null || frontier.size() != Long.bitCount(size)) {
                    frontier = Merkle.frontier(size, subtrees()); // first append after migration V007
                }
                return new LedgerHead(size, frontier);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot lock the ledger head: " + e.getMessage(), e);
        }
    }

    @Override
    public void append(List<LedgerEntry> entries, List<Merkle.Node> nodes, List<PersonalData> personal, LedgerHead head) {
        try (Connection c = dataSource.getConnection()) {
            insertRows(c, "LEDGER_ENTRY (SEQ, RECORDED_AT, ENTRY_TYPE, AGREEMENT_REF, ORGANISATION_ID, ACTOR_COMMITMENT, "
                    + "PAYLOAD, LEAF_HASH)", 8, entries, (insert, p, e) -> {
                        insert.setLong(p, e.sequence());
                        setInstant(insert, p + 1, e.recordedAt());
                        insert.setString(p + 2, e.type().name());
                        insert.setString(p + 3, e.agreement());
                        insert.setString(p + 4, e.organisation());
                        insert.setString(p + 5, e.actorCommitment());
                        insert.setString(p + 6, json(e.payload().canonical()));
                        insert.setString(p + 7, e.leafHash());
                    });
            // lower subtrees are recomputed from at most 2^STORED_FROM_LEVEL leaf hashes when needed
            insertRows(c, "LEDGER_NODE (LVL, IDX, HASH)", 3,
                    nodes.stream().filter(n -> n.level() >= STORED_FROM_LEVEL).toList(), (insert, p, n) -> {
                        insert.setInt(p, n.level());
                        insert.setLong(p + 1, n.index());
                        insert.setString(p + 2, HexFormat.of().formatHex(n.hash()));
                    });
            Map<Long, Map<String, PersonalData>> bySequence = new TreeMap<>();
            for (PersonalData p : personal) {
                bySequence.computeIfAbsent(p.sequence(), s -> new TreeMap<>()).put(p.field(), p);
            }
            insertRows(c, "LEDGER_PERSONAL_FIELDS (SEQ, FIELDS)", 2, List.copyOf(bySequence.entrySet()), (insert, p, row) -> {
                insert.setLong(p, row.getKey());
                insert.setString(p + 1, personalJson(row.getValue().values()));
            });
            try (PreparedStatement update = c.prepareStatement("UPDATE LEDGER_HEAD SET TREE_SIZE = ?, FRONTIER = ? WHERE ID = 1")) {
                update.setLong(1, head.size());
                update.setString(2, formatFrontier(head.frontier()));
                update.executeUpdate();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot append to the ledger: " + e.getMessage(), e);
        }
    }

    /** Binds one row's parameters starting at parameter index {@code first}. */
    @FunctionalInterface
    interface RowBinder<T> {
        void bind(PreparedStatement insert, int first, T row) throws SQLException;
    }

    /**
     * Inserts rows with multi-row {@code INSERT … VALUES (…), (…)} statements of up to {@link #ROWS_PER_STATEMENT}
     * rows (standard SQL, Derby and PostgreSQL): one statement per chunk instead of one per row.
     */
    static <T> void insertRows(Connection c, String tableAndColumns, int columns, List<T> rows, RowBinder<T> binder)
            throws SQLException {
        int done = 0;
        while (done < rows.size()) {
            int chunk = Math.min(ROWS_PER_STATEMENT, rows.size() - done);
            StringBuilder sql = new StringBuilder("INSERT INTO ").append(tableAndColumns).append(" VALUES ");
            String tuple = "(" + "?, ".repeat(columns - 1) + "?)";
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
        List<LedgerEntry> found = query("SELECT " + ENTRY_COLUMNS + " FROM LEDGER_ENTRY WHERE SEQ = ?", sequence);
        return found.stream().findFirst();
    }

    @Override
    public List<LedgerEntry> entries(Optional<String> agreement, long from, long to) {
        if (agreement.isPresent()) {
            return query("SELECT " + ENTRY_COLUMNS + " FROM LEDGER_ENTRY " + AGREEMENT_INDEX
                    + "WHERE AGREEMENT_REF = ? AND SEQ >= ? AND SEQ < ? ORDER BY SEQ", agreement.get(), from, to);
        }
        return query("SELECT " + ENTRY_COLUMNS + " FROM LEDGER_ENTRY WHERE SEQ >= ? AND SEQ < ? ORDER BY SEQ", from, to);
    }

    /** One query per 500 agreements, by agreement and sequence (index LEDGER_ENTRY_AGREEMENT). */
    @Override
    public List<EntryContent> contents(Collection<String> agreements, long to) {
        List<String> all = agreements.stream().sorted().distinct().toList();
        List<EntryContent> result = new ArrayList<>();
        for (int start = 0; start < all.size(); start += 500) {
            List<String> part = all.subList(start, Math.min(start + 500, all.size()));
            try (Connection c = dataSource.getConnection(); PreparedStatement select = c.prepareStatement("SELECT SEQ, ENTRY_TYPE, "
                    + "AGREEMENT_REF, PAYLOAD FROM LEDGER_ENTRY WHERE AGREEMENT_REF IN (" + String.join(", ", Collections.nCopies(part.size(), "?"))
                    + ") AND SEQ < ? ORDER BY AGREEMENT_REF, SEQ")) {
                for (int i = 0; i < part.size(); i++) {
                    select.setString(i + 1, part.get(i));
                }
                select.setLong(part.size() + 1, to);
                select.setFetchSize(1000);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        result.add(new EntryContent(rows.getLong(1), rows.getString(3),
                                payload(EntryType.valueOf(rows.getString(2)), rows.getString(4))));
                    }
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }
        return result;
    }

    @Override
    public Merkle.SubtreeSource subtrees() {
        return (level, index) -> {
            try (Connection c = dataSource.getConnection()) {
                return level >= STORED_FROM_LEVEL ? storedNode(c, level, index) : fromLeaves(c, level, index);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        };
    }

    private static byte[] storedNode(Connection c, int level, long index) throws SQLException {
        try (PreparedStatement select = c.prepareStatement("SELECT HASH FROM LEDGER_NODE WHERE IDX = ? AND LVL = ?")) {
            select.setLong(1, index);
            select.setInt(2, level);
            try (ResultSet rows = select.executeQuery()) {
                if (!rows.next()) {
                    throw new IllegalStateException("ledger node " + level + "/" + index + " is missing");
                }
                return HexFormat.of().parseHex(rows.getString(1));
            }
        }
    }

    /** A low complete subtree, from its (at most 2^(STORED_FROM_LEVEL-1)) leaf hashes. */
    private static byte[] fromLeaves(Connection c, int level, long index) throws SQLException {
        long width = 1L << level;
        List<byte[]> hashes = new ArrayList<>((int) width);
        try (PreparedStatement select = c.prepareStatement(
                "SELECT LEAF_HASH FROM LEDGER_ENTRY WHERE SEQ >= ? AND SEQ < ? ORDER BY SEQ")) {
            select.setLong(1, index * width);
            select.setLong(2, (index + 1) * width);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    hashes.add(HexFormat.of().parseHex(rows.getString(1)));
                }
            }
        }
        if (hashes.size() != width) {
            throw new IllegalStateException("ledger subtree " + level + "/" + index + " is incomplete: "
                    + hashes.size() + " of " + width + " leaves");
        }
        while (hashes.size() > 1) {
            List<byte[]> parents = new ArrayList<>(hashes.size() / 2);
            for (int i = 0; i < hashes.size(); i += 2) {
                parents.add(Merkle.nodeHash(hashes.get(i), hashes.get(i + 1)));
            }
            hashes = parents;
        }
        return hashes.get(0);
    }

    @Override
    public List<PersonalData> personalData(long sequence) {
        return personalData(sequence, sequence + 1);
    }

    @Override
    public List<PersonalData> personalData(long from, long to) {
        // by sequence, then field; rows from before migration V007 (one per field) and after (one per entry)
        Map<Long, Map<String, PersonalData>> result = new TreeMap<>();
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement select = c.prepareStatement(
                    "SELECT SEQ, FIELD, SALT, CLEAR_TEXT FROM LEDGER_PERSONAL WHERE SEQ >= ? AND SEQ < ?")) {
                select.setLong(1, from);
                select.setLong(2, to);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        long seq = rows.getLong(1);
                        result.computeIfAbsent(seq, s -> new TreeMap<>()).put(rows.getString(2),
                                new PersonalData(seq, rows.getString(2), rows.getString(3), rows.getString(4)));
                    }
                }
            }
            try (PreparedStatement select = c.prepareStatement(
                    "SELECT SEQ, FIELDS FROM LEDGER_PERSONAL_FIELDS WHERE SEQ >= ? AND SEQ < ?")) {
                select.setLong(1, from);
                select.setLong(2, to);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        long seq = rows.getLong(1);
                        for (PersonalData p : personalFromJson(seq, rows.getString(2))) {
                            result.computeIfAbsent(seq, s -> new TreeMap<>()).put(p.field(), p);
                        }
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        List<PersonalData> all = new ArrayList<>();
        result.values().forEach(fields -> all.addAll(fields.values()));
        return all;
    }

    @Override
    public int erasePersonalData(long sequence) {
        List<PersonalData> held = personalData(sequence);
        try (Connection c = dataSource.getConnection()) {
            for (String table : List.of("LEDGER_PERSONAL", "LEDGER_PERSONAL_FIELDS")) {
                try (PreparedStatement delete = c.prepareStatement("DELETE FROM " + table + " WHERE SEQ = ?")) {
                    delete.setLong(1, sequence);
                    delete.executeUpdate();
                }
            }
            return held.size();
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
            setInstant(insert, 2, head.timestamp());
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
                heads.add(new TreeHead(rows.getLong(1), rows.getString(2), instant(rows, 3),
                        rows.getString(4), rows.getString(5), rows.getString(6)));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return heads;
    }

    /**
     * Times are stored as UTC wall-clock TIMESTAMPs whatever the JVM's default zone: a recording time read
     * back in another zone would change the entry's canonical bytes and break its leaf hash.
     */
    private static void setInstant(PreparedStatement statement, int index, Instant at) throws SQLException {
        statement.setTimestamp(index, Timestamp.from(at), Calendar.getInstance(TimeZone.getTimeZone("UTC")));
    }

    private static Instant instant(ResultSet rows, int index) throws SQLException {
        return rows.getTimestamp(index, Calendar.getInstance(TimeZone.getTimeZone("UTC"))).toInstant();
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
            select.setFetchSize(1000);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    result.add(new LedgerEntry(rows.getLong(1), instant(rows, 2), rows.getString(4),
                            rows.getString(5), rows.getString(6), payload(EntryType.valueOf(rows.getString(3)), rows.getString(7)),
                            rows.getString(8)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return result;
    }

    /** The payload as a flat JSON object of strings. */
    static String json(Map<String, String> payload) {
        StringWriter out = new StringWriter(256);
        try (JsonGenerator json = GENERATORS.createGenerator(out)) {
            json.writeStartObject();
            payload.forEach(json::write);
            json.writeEnd();
        }
        return out.toString();
    }

    /** {"field":{"salt":"…","text":"…"},…} */
    static String personalJson(Iterable<PersonalData> fields) {
        StringWriter out = new StringWriter(256);
        try (JsonGenerator json = GENERATORS.createGenerator(out)) {
            json.writeStartObject();
            for (PersonalData p : fields) {
                json.writeStartObject(p.field()).write("salt", p.salt()).write("text", p.clearText()).writeEnd();
            }
            json.writeEnd();
        }
        return out.toString();
    }

    static List<PersonalData> personalFromJson(long sequence, String json) {
        List<PersonalData> fields = new ArrayList<>();
        try (JsonReader reader = JSON.createReader(new StringReader(json))) {
            for (Map.Entry<String, JsonValue> field : reader.readObject().entrySet()) {
                JsonObject value = field.getValue().asJsonObject();
                fields.add(new PersonalData(sequence, field.getKey(), value.getString("salt"), value.getString("text")));
            }
        }
        return fields;
    }

    static String formatFrontier(List<byte[]> frontier) {
        StringBuilder text = new StringBuilder(frontier.size() * 65);
        for (byte[] hash : frontier) {
            if (text.length() > 0) {
                text.append(',');
            }
            text.append(HexFormat.of().formatHex(hash));
        }
        return text.toString();
    }

    /** @return null when the head has no frontier yet */
    static List<byte[]> parseFrontier(String text) {
        if (text == null) {
            return null;
        }
        List<byte[]> frontier = new ArrayList<>();
        for (String hash : text.isEmpty() ? new String[0] : text.split(",")) {
            frontier.add(HexFormat.of().parseHex(hash));
        }
        return frontier;
    }

    /**
     * The payload of a stored entry. Payloads are written by {@link #json} (a flat object of strings, no
     * white space), which a hand-written reader takes in one pass — this runs for every entry read, e.g.
     * by the roll-up; anything else written there is read by the JSON parser.
     */
    static TreeMap<String, String> payload(String json) {
        TreeMap<String, String> fast = flatObject(json);
        return fast != null ? fast : parsedPayload(json);
    }

    /** The typed payload of a stored entry of this type. */
    static EntryPayload payload(EntryType type, String json) {
        return EntryPayload.of(type, payload(json));
    }

    /** {"k":"v",…} exactly as {@link #json} writes it; {@code null} for anything else. */
    static TreeMap<String, String> flatObject(String json) {
        int n = json.length();
        if (n < 2 || json.charAt(0) != '{' || json.charAt(n - 1) != '}') {
            return null;
        }
        TreeMap<String, String> map = new TreeMap<>();
        int[] at = {1};
        if (n == 2) {
            return map;
        }
        while (true) {
            String key = flatString(json, at);
            if (key == null || at[0] >= n || json.charAt(at[0]) != ':') {
                return null;
            }
            at[0]++;
            String value = flatString(json, at);
            if (value == null || at[0] >= n || map.put(key, value) != null) {
                return null;
            }
            char next = json.charAt(at[0]++);
            if (next == '}') {
                return at[0] == n ? map : null;
            }
            if (next != ',') {
                return null;
            }
        }
    }

    /** A JSON string starting at {@code at[0]}; moves {@code at[0]} past it. {@code null} if it is not one. */
    private static String flatString(String json, int[] at) {
        int i = at[0];
        int n = json.length();
        if (i >= n || json.charAt(i) != '"') {
            return null;
        }
        int start = ++i;
        while (i < n) {
            char c = json.charAt(i);
            if (c == '"') {
                at[0] = i + 1;
                return json.substring(start, i);
            }
            if (c == '\\') {
                break; // escapes: the slow path below
            }
            if (c < 0x20) {
                return null;
            }
            i++;
        }
        StringBuilder out = new StringBuilder(json.substring(start, i));
        while (i < n) {
            char c = json.charAt(i++);
            if (c == '"') {
                at[0] = i;
                return out.toString();
            }
            if (c < 0x20) {
                return null;
            }
            if (c != '\\') {
                out.append(c);
                continue;
            }
            if (i >= n) {
                return null;
            }
            char e = json.charAt(i++);
            switch (e) {
                case '"', '\\', '/' -> out.append(e);
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 't' -> out.append('\t');
                case 'u' -> {
                    if (i + 4 > n) {
                        return null;
                    }
                    int code = 0;
                    for (int k = 0; k < 4; k++) {
                        int d = Character.digit(json.charAt(i++), 16);
                        if (d < 0) {
                            return null;
                        }
                        code = code * 16 + d;
                    }
                    out.append((char) code);
                }
                default -> {
                    return null;
                }
            }
        }
        return null;
    }

    private static TreeMap<String, String> parsedPayload(String json) {
        TreeMap<String, String> payload = new TreeMap<>();
        try (JsonReader reader = JSON.createReader(new StringReader(json))) {
            JsonObject object = reader.readObject();
            for (Map.Entry<String, JsonValue> field : object.entrySet()) {
                payload.put(field.getKey(), ((JsonString) field.getValue()).getString());
            }
        }
        return payload;
    }
}
