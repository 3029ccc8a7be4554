package org.dualimpact.it;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.dualimpact.kernel.ledger.ContributionLedger;
import org.dualimpact.kernel.ledger.ExportLine;
import org.dualimpact.kernel.ledger.LedgerAppender;
import org.dualimpact.kernel.ledger.LedgerEntry;
import org.dualimpact.kernel.ledger.LedgerHead;
import org.dualimpact.kernel.ledger.PendingEntry;
import org.dualimpact.kernel.ledger.Merkle;
import org.dualimpact.kernel.ledger.PersonalData;
import org.dualimpact.kernel.ledger.TreeHead;
import org.dualimpact.ledger.export.JsonExportLines;
import org.dualimpact.ledger.store.Ed25519TreeHeadSigner;

/**
 * Writes a ledger export of {@code n} entries built by the real appender (each with an actor and a
 * description under commitment), a tree head signed with the development key, and that key: the
 * offline verifier's inputs, without a database.
 */
final class ExportWriter {

    private static final Path DEV = Path.of(System.getProperty("it.project.root", "..")).resolve("server-config/dev");

    private ExportWriter() {
    }

    static void write(int total, Path export, Path headFile, Path key) throws Exception {
        LedgerHead[] head = {LedgerHead.empty()};
        try (BufferedWriter out = Files.newBufferedWriter(export)) {
            LedgerAppender appender = new LedgerAppender(new Sink(head, out), Clock.systemUTC());
            for (int done = 0; done < total; ) {
                int size = Math.min(1000, total - done);
                List<PendingEntry> batch = new ArrayList<>(size);
                for (int i = 0; i < size; i++) {
                    batch.add(new PendingEntry(Contributions.volunteering(3), "SPO-TVP-2026-000042-E", "GB-COH-09000001",
                            "writer-" + i % 16, Map.of("description", "Mentoring session " + (done + i))));
                }
                appender.appendAll(batch);
                done += size;
            }
        }
        try (FileChannel file = FileChannel.open(export,
                StandardOpenOption.WRITE)) {
            file.force(true); // on disk, as an export an auditor received would be
        }
        Ed25519TreeHeadSigner signer = new Ed25519TreeHeadSigner(Files.readString(DEV.resolve("dev-ledger-ed25519.pem")),
                Files.readString(DEV.resolve("dev-ledger-ed25519-public.pem")));
        String root = HexFormat.of().formatHex(Merkle.root(total, Merkle.frontierSource(total, head[0].frontier())));
        Instant now = Instant.now();
        Files.writeString(headFile, "{\"treeSize\":" + total + ",\"rootHash\":\"" + root + "\",\"timestamp\":\"" + now
                + "\",\"keyId\":\"" + signer.keyId() + "\",\"algorithm\":\"" + signer.algorithm() + "\",\"signature\":\""
                + signer.sign(TreeHead.message(total, root, now)) + "\"}");
        Files.writeString(key, signer.publicKeyPem());
    }

    /** A ledger store that keeps only the head and writes every appended entry as an export line. */
    private record Sink(LedgerHead[] head, BufferedWriter out) implements ContributionLedger {
        @Override
        public LedgerHead lockHead() {
            return head[0];
        }

        @Override
        public void append(List<LedgerEntry> entries, List<Merkle.Node> nodes, List<PersonalData> personal, LedgerHead next) {
            Map<Long, List<PersonalData>> bySeq = new HashMap<>();
            personal.forEach(p -> bySeq.computeIfAbsent(p.sequence(), s -> new ArrayList<>()).add(p));
            try {
                for (LedgerEntry e : entries) {
                    out.write(JsonExportLines.json(new ExportLine(e, bySeq.getOrDefault(e.sequence(), List.of()))));
                    out.write('\n');
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            head[0] = next;
        }

        @Override
        public long size() {
            return head[0].size();
        }

        @Override
        public Optional<LedgerEntry> entry(long sequence) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<LedgerEntry> entries(Optional<String> agreement, long from, long to) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Merkle.SubtreeSource subtrees() {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<PersonalData> personalData(long sequence) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<PersonalData> personalData(long from, long to) {
            throw new UnsupportedOperationException();
        }

        @Override
        public int erasePersonalData(long sequence) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void saveTreeHead(TreeHead treeHead) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<TreeHead> treeHeads() {
            throw new UnsupportedOperationException();
        }
    }
}
