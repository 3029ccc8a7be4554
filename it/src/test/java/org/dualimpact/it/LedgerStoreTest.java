package org.dualimpact.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TimeZone;
import java.util.UUID;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;

import jakarta.json.Json;

import org.apache.derby.jdbc.EmbeddedDataSource;
import org.dualimpact.kernel.ledger.EntryContent;
import org.dualimpact.kernel.ledger.ExportLine;
import org.dualimpact.kernel.ledger.LedgerAppender;
import org.dualimpact.kernel.ledger.LedgerEntry;
import org.dualimpact.kernel.ledger.PendingEntry;
import org.dualimpact.kernel.ledger.Merkle;
import org.dualimpact.kernel.ledger.PersonalData;
import org.dualimpact.kernel.ledger.TreeHead;
import org.dualimpact.ledger.export.JsonExportLines;
import org.dualimpact.ledger.store.Ed25519TreeHeadSigner;
import org.dualimpact.ledger.store.JdbcContributionLedger;
import org.dualimpact.persistence.schema.SchemaMigrations;
import org.dualimpact.verifier.Verify;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The ledger store on real databases, with the real schema migrations: appends build a tree the
 * offline verifier accepts; the database itself refuses UPDATE, DELETE and TRUNCATE of ledger rows;
 * and a row altered behind the application's back (by someone able to switch the guards off) is
 * caught by the verifier. Embedded Derby always; PostgreSQL too when DI_IT_PG_URL is set (a schema
 * of its own, dropped afterwards).
 */
class LedgerStoreTest {

    private static final Path DEV = Path.of(System.getProperty("it.project.root", "..")).resolve("server-config/dev");

    @Test
    void derbyLedgerVerifiesAndRefusesChanges() throws Exception {
        EmbeddedDataSource derby = new EmbeddedDataSource();
        derby.setDatabaseName("target/ledger-store-" + UUID.randomUUID());
        derby.setCreateDatabase("create");
        derby.setUser("dualimpact");
        exercise(derby, "DROP TRIGGER LEDGER_ENTRY_NO_UPDATE");
    }

    @Test
    void concurrentAppendersOnDerbyMakeOneValidChain() throws Exception {
        EmbeddedDataSource derby = new EmbeddedDataSource();
        derby.setDatabaseName("target/ledger-concurrency-" + UUID.randomUUID());
        derby.setCreateDatabase("create");
        derby.setUser("dualimpact");
        concurrentAppends(derby);
    }

    /**
     * An entry recorded by a server in one time zone and read by a server in another keeps its recording
     * time, so its canonical bytes and leaf hash are unchanged (the ledger stores UTC wall-clock times).
     */
    @Test
    void recordingTimesDoNotDependOnTheServersTimeZone() throws Exception {
        EmbeddedDataSource derby = new EmbeddedDataSource();
        derby.setDatabaseName("target/ledger-zone-" + UUID.randomUUID());
        derby.setCreateDatabase("create");
        derby.setUser("dualimpact");
        new SchemaMigrations(derby).migrate();
        Instant summer = Instant.parse("2026-07-01T12:00:00.123Z");
        TimeZone zone = TimeZone.getDefault();
        List<LedgerEntry> written;
        try {
            TimeZone.setDefault(TimeZone.getTimeZone("America/New_York"));
            TransactionPerAppend tx = new TransactionPerAppend(derby);
            LedgerAppender appender = new LedgerAppender(new JdbcContributionLedger(tx.dataSource()),
                    Clock.fixed(summer, ZoneOffset.UTC));
            tx.begin();
            written = appender.appendAll(List.of(new PendingEntry(Contributions.volunteering(3),
                    "SPO-TVP-2026-000042-E", "GB-COH-09000001", "zone", Map.of())));
            tx.commit();
            tx.close();
        } finally {
            TimeZone.setDefault(zone);
        }
        TimeZone.setDefault(TimeZone.getTimeZone("Asia/Tokyo"));
        try {
            LedgerEntry read = new JdbcContributionLedger(derby).entries(Optional.empty(), 0, 1).get(0);
            assertEquals(summer, read.recordedAt());
            assertEquals(written.get(0).leafHash(), read.leafHash());
            assertTrue(read.leafHashMatches(), "the stored leaf hash is the hash of the entry as read");
        } finally {
            TimeZone.setDefault(zone);
        }
    }

    @Test
    void concurrentAppendersOnPostgresqlMakeOneValidChain() throws Exception {
        String url = System.getenv("DI_IT_PG_URL");
        if (url == null) {
            System.out.println("LedgerStoreTest: DI_IT_PG_URL not set, PostgreSQL part not run (.ci/run sets it)");
            return;
        }
        String schema = "ledger_conc_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        PGSimpleDataSource admin = pg(url, null);
        try (Connection c = admin.getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
        }
        try {
            concurrentAppends(pg(url, schema));
        } finally {
            try (Connection c = admin.getConnection(); Statement s = c.createStatement()) {
                s.execute("DROP SCHEMA " + schema + " CASCADE");
            }
        }
    }

    /**
     * Eight writers, each with its own connections and its own ledger store object (no shared JVM
     * lock), append at once; some of their transactions roll back. The result must be one chain:
     * every committed entry present once, sequence numbers 0..n-1 without gap, and a tree the
     * offline verifier accepts.
     */
    private static void concurrentAppends(DataSource dataSource) throws Exception {
        new SchemaMigrations(dataSource).migrate();
        int writers = 8;
        int appends = 40;
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        AtomicInteger committed = new AtomicInteger();
        List<Future<?>> done = new ArrayList<>();
        for (int w = 0; w < writers; w++) {
            int writer = w;
            done.add(pool.submit(() -> {
                TransactionPerAppend tx = new TransactionPerAppend(dataSource);
                JdbcContributionLedger ledger = new JdbcContributionLedger(tx.dataSource());
                LedgerAppender appender = new LedgerAppender(ledger, Clock.systemUTC());
                for (int i = 0; i < appends; i++) {
                    tx.begin();
                    try {
                        appender.appendAll(List.of(new PendingEntry(Contributions.volunteering(i + 1),
                                "SPO-TVP-2026-000042-E", "GB-COH-09000001", "w" + writer, Map.of())));
                        if (i % 7 == 3) {
                            tx.rollback(); // a failed request: its number must come back
                        } else {
                            tx.commit();
                            committed.incrementAndGet();
                        }
                    } catch (Exception e) {
                        tx.rollback();
                        throw e;
                    }
                }
                tx.close();
                return null;
            }));
        }
        for (Future<?> f : done) {
            f.get(5, TimeUnit.MINUTES);
        }
        pool.shutdown();

        JdbcContributionLedger reader = new JdbcContributionLedger(dataSource);
        assertEquals(committed.get(), reader.size());
        List<LedgerEntry> entries = reader.entries(Optional.empty(), 0, Long.MAX_VALUE);
        assertEquals(committed.get(), entries.size());
        for (int i = 0; i < entries.size(); i++) {
            assertEquals(i, entries.get(i).sequence());
        }
        Ed25519TreeHeadSigner signer = devSigner();
        Verify.Result result = Verify.verify(export(reader, entries.size()), json(head(reader, signer, entries.size())),
                signer.publicKeyPem(), null);
        assertTrue(result.valid(), result.message());
    }

    @Test
    void postgresqlLedgerVerifiesAndRefusesChanges() throws Exception {
        String url = System.getenv("DI_IT_PG_URL");
        if (url == null) {
            System.out.println("LedgerStoreTest: DI_IT_PG_URL not set, PostgreSQL part not run (.ci/run sets it)");
            return;
        }
        String schema = "ledger_store_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        PGSimpleDataSource admin = pg(url, null);
        try (Connection c = admin.getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
        }
        try {
            exercise(pg(url, schema), "ALTER TABLE LEDGER_ENTRY DISABLE TRIGGER ALL; GRANT UPDATE ON LEDGER_ENTRY TO CURRENT_USER");
        } finally {
            try (Connection c = admin.getConnection(); Statement s = c.createStatement()) {
                s.execute("DROP SCHEMA " + schema + " CASCADE");
            }
        }
    }

    static PGSimpleDataSource pg(String url, String schema) {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setUrl(url);
        ds.setUser(System.getenv("DI_IT_PG_USER"));
        ds.setPassword(System.getenv("DI_IT_PG_PASSWORD"));
        if (schema != null) {
            ds.setCurrentSchema(schema);
        }
        return ds;
    }

    /** The development tree-head signer from server-config/dev. */
    static Ed25519TreeHeadSigner devSigner() throws IOException {
        return new Ed25519TreeHeadSigner(Files.readString(DEV.resolve("dev-ledger-ed25519.pem")),
                Files.readString(DEV.resolve("dev-ledger-ed25519-public.pem")));
    }

    private static void exercise(DataSource dataSource, String switchGuardsOff) throws Exception {
        assertTrue(new SchemaMigrations(dataSource).migrate().size() >= 5);
        JdbcContributionLedger ledger = new JdbcContributionLedger(dataSource);
        Ed25519TreeHeadSigner signer = devSigner();

        LedgerAppender appender = new LedgerAppender(ledger, Clock.systemUTC());
        for (int i = 0; i < 37; i += 1 + i % 3) { // batches of 1, 2 and 3 entries
            List<PendingEntry> batch = new ArrayList<>();
            for (int j = 0; j < 1 + i % 3; j++) {
                batch.add(new PendingEntry(Contributions.volunteering(i + j + 1), "SPO-TVP-2026-000042-E", "GB-COH-09000001",
                        "sam" + (i + j), Map.of("description", "session " + (i + j))));
            }
            List<LedgerEntry> written = appender.appendAll(batch);
            assertEquals(i, written.get(0).sequence());
        }
        assertEquals(37, ledger.size());
        // every stored or recomputed subtree agrees with a tree rebuilt from the entries alone
        List<byte[]> leaves = new ArrayList<>();
        for (LedgerEntry e : ledger.entries(Optional.empty(), 0, 37)) {
            leaves.add(e.leafHashBytes());
        }
        for (int size = 1; size <= 37; size++) {
            assertArrayEquals(rootOf(leaves.subList(0, size)), Merkle.root(size, ledger.subtrees()), "root of " + size);
        }
        assertEquals(2, ledger.personalData(5).size(), "actor and description of entry 5");

        // a ledger written before the head kept its frontier (migration V007): the next append rebuilds it
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            assertEquals(1, s.executeUpdate("UPDATE LEDGER_HEAD SET FRONTIER = NULL WHERE ID = 1"));
        }
        assertEquals(37, appender.appendAll(List.of(new PendingEntry(Contributions.volunteering(1),
                "SPO-TVP-2026-000042-E", "GB-COH-09000001", "sam37", Map.of()))).get(0).sequence());
        leaves.add(ledger.entry(37).orElseThrow().leafHashBytes());
        assertArrayEquals(rootOf(leaves), Merkle.root(38, ledger.subtrees()), "root after the frontier was rebuilt");
        assertArrayEquals(rootOf(leaves), Merkle.root(38, Merkle.frontierSource(38, ledger.lockHead().frontier())),
                "the stored frontier is the tree's");
        TreeHead head = head(ledger, signer, 38);
        TreeHead earlier = head(ledger, signer, 6);
        Path export = export(ledger, 38);

        Verify.Result valid = Verify.verify(export, json(head), signer.publicKeyPem(), json(earlier));
        assertTrue(valid.valid(), valid.message());

        // crypto-shredding: the personal data goes, the chain still verifies
        assertEquals(2, ledger.erasePersonalData(5));
        assertTrue(ledger.personalData(5).isEmpty());
        Verify.Result afterErasure = Verify.verify(export(ledger, 38), json(head), signer.publicKeyPem(), null);
        assertTrue(afterErasure.valid(), afterErasure.message());

        // the database refuses changes, whoever asks
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            assertThrows(SQLException.class, () -> s.executeUpdate("UPDATE LEDGER_ENTRY SET PAYLOAD = '{}' WHERE SEQ = 3"));
            assertThrows(SQLException.class, () -> s.executeUpdate("DELETE FROM LEDGER_ENTRY WHERE SEQ = 10"));
            assertThrows(SQLException.class, () -> s.execute("TRUNCATE TABLE LEDGER_ENTRY"));
            assertThrows(SQLException.class, () -> s.executeUpdate("DELETE FROM LEDGER_NODE"));
            assertThrows(SQLException.class, () -> s.executeUpdate("UPDATE AUDIT_JOURNAL SET DETAIL = 'x'"));
        }
        assertEquals(38, ledger.size());
        assertEquals(38, ledger.entries(Optional.empty(), 0, 100).size());
        // the roll-up's lean read says what the entries say, by agreement and then in order
        List<EntryContent> below30 = ledger.entries(Optional.empty(), 0, 30).stream().map(LedgerEntry::content)
                .filter(e -> e.agreement() != null).toList();
        List<String> agreements = below30.stream().map(EntryContent::agreement).distinct().toList();
        assertEquals(below30.stream().sorted(Comparator.comparing(EntryContent::agreement)).toList(),
                ledger.contents(agreements, 30));
        assertEquals(List.of(), ledger.contents(List.of("SPO-TVP-2026-999999-X"), 38));

        // someone with DDL rights switches the guards off and alters a row: the verifier finds it
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            for (String sql : switchGuardsOff.split(";")) {
                s.execute(sql.strip());
            }
            assertEquals(1, s.executeUpdate("UPDATE LEDGER_ENTRY SET PAYLOAD = "
                    + "'{\"contributionType\":\"VOLUNTEERING\",\"deliveryDate\":\"2026-11-01\",\"measureCode\":\"NT7\","
                    + "\"quantity\":\"400\",\"territory\":\"E23000029\",\"unit\":\"hours\"}' WHERE SEQ = 3"));
        }
        Verify.Result tampered = Verify.verify(export(ledger, 38), json(head), signer.publicKeyPem(), null);
        assertFalse(tampered.valid());
        assertTrue(tampered.message().contains("entry 3: leaf hash does not match"), tampered.message());
    }

    static TreeHead head(JdbcContributionLedger ledger, Ed25519TreeHeadSigner signer, long size) {
        String root = HexFormat.of().formatHex(Merkle.root(size, ledger.subtrees()));
        Instant now = Instant.now();
        return new TreeHead(size, root, now, signer.keyId(), signer.algorithm(), signer.sign(TreeHead.message(size, root, now)));
    }

    /** The export as the API streams it (see LedgerResource#export). */
    static Path export(JdbcContributionLedger ledger, long size) throws Exception {
        List<PersonalData> personal = ledger.personalData(0, size);
        List<String> lines = new ArrayList<>();
        for (LedgerEntry e : ledger.entries(Optional.empty(), 0, size)) {
            lines.add(JsonExportLines.json(new ExportLine(e, personal.stream().filter(p -> p.sequence() == e.sequence()).toList())));
        }
        Path file = Files.createTempFile("ledger", ".jsonl");
        file.toFile().deleteOnExit();
        Files.write(file, lines, StandardCharsets.UTF_8);
        return file;
    }

    /** RFC 9162 root computed naively from leaf hashes: the reference the store is checked against. */
    static byte[] rootOf(List<byte[]> leaves) {
        if (leaves.size() == 1) {
            return leaves.get(0);
        }
        int k = Integer.highestOneBit(leaves.size() - 1);
        return Merkle.nodeHash(rootOf(leaves.subList(0, k)), rootOf(leaves.subList(k, leaves.size())));
    }

    static String json(TreeHead h) {
        return Json.createObjectBuilder().add("treeSize", h.size()).add("rootHash", h.rootHash())
                .add("timestamp", h.timestamp().toString()).add("keyId", h.keyId()).add("algorithm", h.algorithm())
                .add("signature", h.signature()).build().toString();
    }
}
