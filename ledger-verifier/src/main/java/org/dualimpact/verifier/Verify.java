package org.dualimpact.verifier;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

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

    /** Lines verified per task; tasks run on every core, results are taken in file order. */
    private static final int CHUNK = 4096;

    private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    });

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
        String problem = checkEntries(export, leaves);
        if (problem != null) {
            return Result.fail(problem);
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

    private record Line(int number, byte[] bytes) {
    }

    /** Lines of a file as bytes (without the line break), read in large blocks; decoding is left to the workers. */
    private static final class ByteLines {
        private final InputStream in;
        private byte[] buffer = new byte[1 << 20];
        private int start;
        private int end;
        private boolean eof;

        ByteLines(InputStream in) {
            this.in = in;
        }

        /** @return the next line, or null at the end */
        byte[] next() throws IOException {
            int scanned = start;
            while (true) {
                for (int i = scanned; i < end; i++) {
                    if (buffer[i] == '\n') {
                        int stop = i > start && buffer[i - 1] == '\r' ? i - 1 : i;
                        byte[] line = Arrays.copyOfRange(buffer, start, stop);
                        start = i + 1;
                        return line;
                    }
                }
                scanned = end;
                if (eof) {
                    if (start == end) {
                        return null;
                    }
                    byte[] line = Arrays.copyOfRange(buffer, start, end);
                    start = end;
                    return line;
                }
                if (start > 0) { // keep the unfinished line, make room
                    System.arraycopy(buffer, start, buffer, 0, end - start);
                    scanned -= start;
                    end -= start;
                    start = 0;
                }
                if (end == buffer.length) {
                    buffer = Arrays.copyOf(buffer, buffer.length * 2);
                }
                int read = in.read(buffer, end, buffer.length - end);
                if (read < 0) {
                    eof = true;
                } else {
                    end += read;
                }
            }
        }

        static boolean blank(byte[] line) {
            for (byte b : line) {
                if (b != ' ' && b != '\t' && b != '\r') {
                    return false;
                }
            }
            return true;
        }
    }

    /**
     * Checks every entry line, in parallel chunks, and collects the leaf hashes in order.
     * @return the first problem in file order, or null
     */
    private static String checkEntries(Path export, List<byte[]> leaves) throws IOException {
        int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "verifier");
            t.setDaemon(true);
            return t;
        });
        ArrayDeque<Future<Object>> inFlight = new ArrayDeque<>();
        try (InputStream stream = Files.newInputStream(export)) {
            ByteLines reader = new ByteLines(stream);
            byte[] text;
            int lineNo = 0;
            long nextSeq = 0;
            List<Line> chunk = new ArrayList<>(CHUNK);
            long chunkStart = 0;
            while (true) {
                text = reader.next();
                if (text != null) {
                    lineNo++;
                    if (ByteLines.blank(text)) {
                        continue;
                    }
                    if (chunk.isEmpty()) {
                        chunkStart = nextSeq;
                    }
                    chunk.add(new Line(lineNo, text));
                    nextSeq++;
                }
                if (chunk.size() == CHUNK || (text == null && !chunk.isEmpty())) {
                    List<Line> lines = chunk;
                    long first = chunkStart;
                    inFlight.add(pool.submit(() -> checkChunk(lines, first)));
                    chunk = new ArrayList<>(CHUNK);
                    while (inFlight.size() > 2 * threads) { // bounded memory: wait for the oldest chunk
                        String problem = collect(inFlight.poll(), leaves);
                        if (problem != null) {
                            return problem;
                        }
                    }
                }
                if (text == null) {
                    break;
                }
            }
            while (!inFlight.isEmpty()) {
                String problem = collect(inFlight.poll(), leaves);
                if (problem != null) {
                    return problem;
                }
            }
            return null;
        } finally {
            pool.shutdownNow();
        }
    }

    /** @return the chunk's leaf hashes (byte[][]), or the first problem (String) */
    private static Object checkChunk(List<Line> lines, long firstSeq) {
        byte[][] hashes = new byte[lines.size()][];
        List<byte[]> one = new ArrayList<>(1);
        for (int i = 0; i < lines.size(); i++) {
            one.clear();
            byte[] bytes = lines.get(i).bytes();
            String text = new String(bytes, StandardCharsets.UTF_8);
            if (text.indexOf('\uFFFD') >= 0) { // a replacement character: malformed input, or a real U+FFFD?
                try {
                    StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes));
                } catch (CharacterCodingException e) {
                    return "export line " + lines.get(i).number() + ": not UTF-8 text";
                }
            }
            String problem = checkEntry(text, firstSeq + i, one);
            if (problem != null) {
                return "export line " + lines.get(i).number() + ": " + problem;
            }
            hashes[i] = one.get(0);
        }
        return hashes;
    }

    private static String collect(Future<Object> chunk, List<byte[]> leaves) throws IOException {
        Object result;
        try {
            result = chunk.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } catch (ExecutionException e) {
            return "cannot check the export: " + e.getCause();
        }
        if (result instanceof String problem) {
            return problem;
        }
        for (byte[] leaf : (byte[][]) result) {
            leaves.add(leaf);
        }
        return null;
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
        if (!text.startsWith("dual-impact-ledger/1\nseq=" + seq + "\n")) {
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
                String committed = canonicalValue(text, field);
                String computed = commitment((String) p.get("salt"), (String) p.get("text"));
                if (!computed.equals(committed)) {
                    return "entry " + seq + ": personal data '" + field + "' does not match its commitment";
                }
            }
        }
        leaves.add(leaf);
        return null;
    }

    /** The value of the first {@code name=} line of canonical text (lines end in \n), or null. */
    static String canonicalValue(String text, String name) {
        String key = "\n" + name + "=";
        int at = text.indexOf(key);
        if (at < 0) {
            return null;
        }
        int start = at + key.length();
        int end = text.indexOf('\n', start);
        return text.substring(start, end < 0 ? text.length() : end);
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
        long millis = Instant.parse(timestamp).toEpochMilli();
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
        byte[] left = root(leaves, start, k);
        byte[] right = root(leaves, start + k, size - k); // both before the digest: it is this thread's only one
        MessageDigest digest = sha256();
        digest.update((byte) 1);
        digest.update(left);
        return digest.digest(right);
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

    /** This thread's SHA-256, reset. */
    private static MessageDigest sha256() {
        MessageDigest digest = SHA256.get();
        digest.reset();
        return digest;
    }
}
