package org.dualimpact.verifier;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The offline verifier auditors run on their own machine:
 *
 * <pre>
 * java -jar dual-impact-ledger-verifier.jar --export ledger.jsonl --tree-head head.json --public-key ledger.pem
 *      [--previous-tree-head older-head.json]
 * </pre>
 *
 * It checks, trusting nothing the operator says: that the export's sequence numbers run 0, 1, 2 …
 * without gap; that each entry's canonical bytes hash to its leaf hash (RFC 9162) and carry its
 * sequence number; that the personal data still held matches the salted commitments in the entries;
 * that the Merkle root of the first {@code treeSize} entries equals the tree head's root; that the
 * tree head's signature verifies with the public key; and, with a previous tree head, that it is
 * signed too and its root is the root of a prefix of the same entries (consistency). It prints
 * {@code VALID} and exits 0, or {@code INVALID: <exactly what failed>} and exits 1 (2 for bad usage).
 */
public final class Verify {

    /** The outcome: valid, or the first failure found. */
    public record Result(boolean valid, String message) {
        static Result ok(String message) {
            return new Result(true, message);
        }

        static Result fail(String message) {
            return new Result(false, message);
        }
    }

    private Verify() {
    }

    public static void main(String[] args) {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i], args[i + 1]);
        }
        if (args.length % 2 != 0 || !options.containsKey("--export") || !options.containsKey("--tree-head")
                || !options.containsKey("--public-key")) {
            System.err.println("usage: java -jar dual-impact-ledger-verifier.jar --export <ledger.jsonl> "
                    + "--tree-head <head.json> --public-key <key.pem> [--previous-tree-head <older.json>]");
            System.exit(2);
        }
        Result result;
        try {
            result = verify(Path.of(options.get("--export")), Files.readString(Path.of(options.get("--tree-head"))),
                    Files.readString(Path.of(options.get("--public-key"))),
                    options.containsKey("--previous-tree-head")
                            ? Files.readString(Path.of(options.get("--previous-tree-head"))) : null);
        } catch (IOException e) {
            result = Result.fail("cannot read input: " + e.getMessage());
        }
        System.out.println(result.valid() ? "VALID: " + result.message() : "INVALID: " + result.message());
        System.exit(result.valid() ? 0 : 1);
    }

    /** Verifies an export file against a tree head (JSON as the API serves it) and a PEM public key. */
    public static Result verify(Path export, String treeHeadJson, String publicKeyPem, String previousTreeHeadJson)
            throws IOException {
        List<byte[]> leaves = new ArrayList<>();
        try (BufferedReader reader = Files.newBufferedReader(export, StandardCharsets.UTF_8)) {
            String line;
            int lineNo = 0;
            while ((line = reader.readLine()) != null) {
                lineNo++;
                if (line.isBlank()) {
                    continue;
                }
                String problem = checkEntry(line, leaves.size(), leaves);
                if (problem != null) {
                    return Result.fail("export line " + lineNo + ": " + problem);
                }
            }
        }
        PublicKey key;
        try {
            key = publicKey(publicKeyPem);
        } catch (Exception e) {
            return Result.fail("the public key is not a PEM Ed25519 or EC P-256 key: " + e.getMessage());
        }
        Result head = checkTreeHead("tree head", treeHeadJson, leaves, key);
        if (!head.valid()) {
            return head;
        }
        if (previousTreeHeadJson != null) {
            Result previous = checkTreeHead("previous tree head", previousTreeHeadJson, leaves, key);
            if (!previous.valid()) {
                return Result.fail(previous.message() + " — the two tree heads are not consistent with one ledger");
            }
            return Result.ok(head.message() + "; consistent with " + previous.message());
        }
        return head;
    }

    @SuppressWarnings("unchecked")
    private static String checkEntry(String line, long expectedSeq, List<byte[]> leaves) {
        Map<String, Object> entry;
        try {
            entry = (Map<String, Object>) MiniJson.parse(line);
        } catch (RuntimeException e) {
            return "not a JSON object: " + e.getMessage();
        }
        Object seqValue = entry.get("seq");
        if (!(seqValue instanceof Long seq)) {
            return "no sequence number";
        }
        if (seq != expectedSeq) {
            return "entry " + seq + " found where entry " + expectedSeq + " belongs (a sequence number is missing or doubled)";
        }
        byte[] canonical;
        try {
            canonical = Base64.getDecoder().decode((String) entry.get("canonical"));
        } catch (RuntimeException e) {
            return "entry " + seq + ": canonical bytes are not Base64";
        }
        String text = new String(canonical, StandardCharsets.UTF_8);
        Map<String, String> fields = new LinkedHashMap<>();
        for (String l : text.split("\n")) {
            int eq = l.indexOf('=');
            if (eq > 0) {
                fields.put(l.substring(0, eq), l.substring(eq + 1));
            }
        }
        if (!text.startsWith("dual-impact-ledger/1\n") || !String.valueOf(seq).equals(fields.get("seq"))) {
            return "entry " + seq + ": canonical bytes are not a dual-impact-ledger/1 entry with seq=" + seq;
        }
        byte[] leaf = leafHash(canonical);
        if (!HexFormat.of().formatHex(leaf).equals(entry.get("leafHash"))) {
            return "entry " + seq + ": leaf hash does not match its canonical bytes (the entry was altered)";
        }
        Object personal = entry.get("personal");
        if (personal instanceof List<?> items) {
            for (Object item : items) {
                Map<String, Object> p = (Map<String, Object>) item;
                String field = (String) p.get("field");
                String committed = fields.get(field);
                String computed = commitment((String) p.get("salt"), (String) p.get("text"));
                if (!computed.equals(committed)) {
                    return "entry " + seq + ": personal data '" + field + "' does not match its commitment";
                }
            }
        }
        leaves.add(leaf);
        return null;
    }

    @SuppressWarnings("unchecked")
    private static Result checkTreeHead(String what, String json, List<byte[]> leaves, PublicKey key) {
        Map<String, Object> head;
        try {
            head = (Map<String, Object>) MiniJson.parse(json);
        } catch (RuntimeException e) {
            return Result.fail(what + " is not JSON: " + e.getMessage());
        }
        long size = ((Number) head.get("treeSize")).longValue();
        String root = (String) head.get("rootHash");
        String timestamp = (String) head.get("timestamp");
        long millis = java.time.Instant.parse(timestamp).toEpochMilli();
        if (size > leaves.size()) {
            return Result.fail(what + " covers " + size + " entries but the export holds only " + leaves.size());
        }
        byte[] message = ("dual-impact-tree-head/1\n" + size + "\n" + root + "\n" + millis + "\n")
                .getBytes(StandardCharsets.UTF_8);
        try {
            Signature signature = Signature.getInstance("Ed25519".equals(head.get("algorithm")) ? "Ed25519" : "SHA256withECDSA");
            signature.initVerify(key);
            signature.update(message);
            if (!signature.verify(Base64.getDecoder().decode((String) head.get("signature")))) {
                return Result.fail(what + " signature does not verify with the public key");
            }
        } catch (Exception e) {
            return Result.fail(what + " signature cannot be checked: " + e.getMessage());
        }
        String computed = HexFormat.of().formatHex(root(leaves, 0, (int) size));
        if (!computed.equals(root)) {
            return Result.fail(what + " root " + root + " is not the root of the first " + size
                    + " exported entries (" + computed + ")");
        }
        return Result.ok(size + " entries, root " + root + ", signed " + timestamp);
    }

    static byte[] root(List<byte[]> leaves, int start, int size) {
        if (size == 0) {
            return sha256().digest();
        }
        if (size == 1) {
            return leaves.get(start);
        }
        int k = Integer.highestOneBit(size - 1);
        MessageDigest digest = sha256();
        digest.update((byte) 1);
        digest.update(root(leaves, start, k));
        digest.update(root(leaves, start + k, size - k));
        return digest.digest();
    }

    static byte[] leafHash(byte[] data) {
        MessageDigest digest = sha256();
        digest.update((byte) 0);
        return digest.digest(data);
    }

    static String commitment(String saltHex, String text) {
        MessageDigest digest = sha256();
        digest.update(HexFormat.of().parseHex(saltHex));
        return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static PublicKey publicKey(String pem) throws Exception {
        byte[] der = Base64.getDecoder().decode(pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", ""));
        try {
            return KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(der));
        } catch (Exception notEd25519) {
            return KeyFactory.getInstance("EC").generatePublic(new X509EncodedKeySpec(der));
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
