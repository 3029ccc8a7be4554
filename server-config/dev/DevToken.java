package org.dualimpact.devtools;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * DEVELOPMENT ONLY. Prints a JWT signed with the development key that a Dual Impact server running
 * with the default (dev) configuration accepts. Run through the {@code token} script beside it:
 *
 * <pre>server-config/dev/token --sub alice --org GB-PFA-E23000029 --groups buyer</pre>
 *
 * Options: {@code --sub} (required), {@code --groups} (comma-separated roles, required),
 * {@code --org} (the organisation identifier; omit for platform staff), {@code --ttl} (minutes,
 * default 480), {@code --issuer} and {@code --audience} (defaults match server.xml), {@code --key}
 * (the PKCS#8 PEM private key, default dev-jwt-private.pem beside this file), {@code --email} (adds
 * {@code email} and {@code email_verified: true}, as a provider that verified the address does).
 */
public final class DevToken {

    public static final String DEFAULT_ISSUER = "urn:dualimpact:dev";
    public static final String DEFAULT_AUDIENCE = "dual-impact";

    private DevToken() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            String name = args[i];
            if (!name.startsWith("--") || i + 1 >= args.length) {
                usage("unexpected argument: " + name);
            }
            options.put(name.substring(2), args[++i]);
        }
        for (String required : List.of("sub", "groups")) {
            if (!options.containsKey(required)) {
                usage("--" + required + " is required");
            }
        }
        Path key = Path.of(options.getOrDefault("key", defaultKey()));
        System.out.println(sign(readPrivateKey(Files.readString(key)), options.get("sub"), options.get("org"),
                List.of(options.get("groups").split(",")), options.getOrDefault("issuer", DEFAULT_ISSUER),
                options.getOrDefault("audience", DEFAULT_AUDIENCE),
                Duration.ofMinutes(Long.parseLong(options.getOrDefault("ttl", "480"))), Instant.now(), options.get("email")));
    }

    private static String defaultKey() {
        String dir = System.getProperty("devtoken.dir", "server-config/dev");
        return dir + "/dev-jwt-private.pem";
    }

    private static void usage(String problem) {
        System.err.println(problem);
        System.err.println("usage: token --sub <user> --groups <role[,role]> [--org <organisation id>] [--ttl <minutes>] [--email <address>]");
        System.exit(2);
    }

    public static PrivateKey readPrivateKey(String pem) throws Exception {
        String body = pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(body)));
    }

    /** An RS256 JWT with the claims MicroProfile JWT needs, plus {@code org}. */
    public static String sign(PrivateKey key, String subject, String organisation, List<String> groups, String issuer,
            String audience, Duration ttl, Instant issuedAt) throws Exception {
        return sign(key, subject, organisation, groups, issuer, audience, ttl, issuedAt, null);
    }

    /** The same, plus {@code email} and {@code email_verified: true} when an e-mail is given. */
    public static String sign(PrivateKey key, String subject, String organisation, List<String> groups, String issuer,
            String audience, Duration ttl, Instant issuedAt, String email) throws Exception {
        StringBuilder claims = new StringBuilder("{");
        claims.append("\"iss\":").append(quote(issuer));
        claims.append(",\"aud\":").append(quote(audience));
        claims.append(",\"sub\":").append(quote(subject));
        claims.append(",\"upn\":").append(quote(subject));
        if (organisation != null && !organisation.isBlank()) {
            claims.append(",\"org\":").append(quote(organisation));
        }
        if (email != null && !email.isBlank()) {
            claims.append(",\"email\":").append(quote(email)).append(",\"email_verified\":true");
        }
        List<String> quoted = new ArrayList<>();
        for (String group : groups) {
            if (!group.isBlank()) {
                quoted.add(quote(group.strip()));
            }
        }
        claims.append(",\"groups\":[").append(String.join(",", quoted)).append(']');
        claims.append(",\"iat\":").append(issuedAt.getEpochSecond());
        claims.append(",\"exp\":").append(issuedAt.plus(ttl).getEpochSecond());
        claims.append(",\"jti\":").append(quote(UUID.randomUUID().toString()));
        claims.append('}');
        Base64.Encoder base64 = Base64.getUrlEncoder().withoutPadding();
        String header = base64.encodeToString("{\"alg\":\"RS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
        String payload = base64.encodeToString(claims.toString().getBytes(StandardCharsets.UTF_8));
        Signature signature = Signature.getInstance("SHA256withRSA");
        signature.initSign(key);
        signature.update((header + "." + payload).getBytes(StandardCharsets.US_ASCII));
        return header + "." + payload + "." + base64.encodeToString(signature.sign());
    }

    private static String quote(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
