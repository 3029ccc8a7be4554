package org.dualimpact.kernel.ledger;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.Objects;
import java.util.SortedMap;

/**
 * One entry of the contribution ledger, as stored and as hashed.
 *
 * <p><b>Canonical bytes</b> (what the leaf hash covers): UTF-8 text, lines ending {@code \n}:
 * <pre>
 * dual-impact-ledger/1
 * seq=42
 * recorded-at=2026-11-23T10:15:30.123Z        (ISO-8601 UTC, milliseconds)
 * type=CONTRIBUTION_RECORDED
 * agreement=SPO-TVP-2026-000042-E
 * organisation=GB-COH-09000001
 * actor=&lt;commitment&gt;                          (see below)
 * &lt;payload key&gt;=&lt;value&gt;                      (one line per payload entry, keys sorted: {@link CanonicalPayload})
 * </pre>
 * Values escape {@code \} as {@code \\} and line breaks as {@code \n}. Personal data — the acting
 * user and any free text (description, reason) — never appears in clear: the line carries a salted
 * commitment {@code SHA-256(salt ‖ UTF-8 text)} in hex, and the salt and text are kept apart
 * ({@link PersonalData}); erasing both later leaves every hash, proof and signature valid
 * (crypto-shredding). The leaf hash is {@code SHA-256(0x00 ‖ canonical bytes)} (RFC 9162).
 */
public record LedgerEntry(long sequence, Instant recordedAt, String agreement, String organisation,
        String actorCommitment, EntryPayload payload, String leafHash) {

    public static final String VERSION = "dual-impact-ledger/1";

    public LedgerEntry {
        if (sequence < 0) {
            throw new IllegalArgumentException("sequence numbers start at 0");
        }
        Objects.requireNonNull(recordedAt);
        recordedAt = recordedAt.truncatedTo(ChronoUnit.MILLIS);
        Objects.requireNonNull(agreement);
        Objects.requireNonNull(organisation);
        Objects.requireNonNull(actorCommitment);
        Objects.requireNonNull(payload);
        if (payload instanceof EntryPayload.FollowUp followUp && followUp.contribution() >= sequence) {
            throw new IllegalArgumentException("entry " + sequence + " follows up an earlier entry, not " + followUp.contribution());
        }
        Objects.requireNonNull(leafHash);
    }

    /** Builds the entry with its leaf hash computed over the canonical bytes. */
    public static LedgerEntry of(long sequence, Instant recordedAt, String agreement, String organisation,
            String actorCommitment, EntryPayload payload) {
        Instant at = recordedAt.truncatedTo(ChronoUnit.MILLIS);
        byte[] bytes = canonicalBytes(sequence, at, payload.type(), agreement, organisation, actorCommitment,
                payload.canonical());
        return new LedgerEntry(sequence, at, agreement, organisation, actorCommitment, payload,
                HexFormat.of().formatHex(Merkle.leafHash(bytes)));
    }

    public EntryType type() {
        return payload.type();
    }

    /** What the entry says, without its proof, time and actor. */
    public EntryContent content() {
        return new EntryContent(sequence, agreement, payload);
    }

    public byte[] canonicalBytes() {
        return canonicalBytes(sequence, recordedAt, payload.type(), agreement, organisation, actorCommitment,
                payload.canonical());
    }

    /** True when the stored leaf hash is the hash of this entry's canonical bytes. */
    public boolean leafHashMatches() {
        return HexFormat.of().formatHex(Merkle.leafHash(canonicalBytes())).equals(leafHash);
    }

    public byte[] leafHashBytes() {
        return HexFormat.of().parseHex(leafHash);
    }

    static byte[] canonicalBytes(long sequence, Instant recordedAt, EntryType type, String agreement,
            String organisation, String actorCommitment, SortedMap<String, String> payload) {
        StringBuilder text = new StringBuilder(VERSION).append('\n');
        text.append("seq=").append(sequence).append('\n');
        text.append("recorded-at=").append(recordedAt).append('\n');
        text.append("type=").append(type.name()).append('\n');
        text.append("agreement=").append(escape(agreement)).append('\n');
        text.append("organisation=").append(escape(organisation)).append('\n');
        text.append("actor=").append(actorCommitment).append('\n');
        payload.forEach((key, value) -> text.append(escape(key)).append('=').append(escape(value)).append('\n'));
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String escape(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\' || c == '\r' || c == '\n') {
                return value.replace("\\", "\\\\").replace("\r\n", "\n").replace("\r", "\n").replace("\n", "\\n");
            }
        }
        return value; // the common case: nothing to escape
    }
}
