package org.dualimpact.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The console's pages under 16 signed-in users, and what a browser downloads (issue 17's targets: every
 * page p95 ≤ 100 ms with 16 concurrent users; ≤ 250 KB on a first visit; ≤ 20 KB on later pages with the
 * style sheet cached). Each user is its own console session of one test user, acting for a supplier, a
 * buyer or a provider of one contracted agreement with 20 contributions; each requests one page after
 * another as a browser asks for it (accepting gzip), as fast as the answers come. Not a test: runs only with {@code -Pbench}; results go to the
 * console and {@code target/console-pages-bench-<database>.md}. The clients run on the same 2 cores as
 * Liberty and the database.
 */
@Tag("bench")
@ExtendWith(ArquillianExtension.class)
class ConsolePagesBenchmarkIT {

    private static final int USERS = 16;
    private static final int ROUNDS = 25;
    private static final int WARM_UP_ROUNDS = 10;
    private static final Pattern ASSET = Pattern.compile("(?:href|src)=\"(/assets/[^\"]+)\"");
    private static final Pattern CSS_URL = Pattern.compile("url\\(['\"]?([^'\")]+)['\"]?\\)");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Api.ear();
    }

    @Test
    void pagesUnderSixteenUsers() throws Exception {
        String word = "bench-" + Story.unique();
        String provider = ConsoleFixtures.organisation("PROVIDER", "Bench Larder");
        String providerToken = ConsoleFixtures.anotherAdmin(provider, "provider");
        String buyer = ConsoleFixtures.organisation("BUYER", "Bench Police");
        String buyerToken = ConsoleFixtures.anotherAdmin(buyer, "buyer");
        String supplier = ConsoleFixtures.organisation("SUPPLIER", "Bench Supplies");
        String supplierToken = ConsoleFixtures.anotherAdmin(supplier, "supplier");
        String provision = ConsoleFixtures.publish(providerToken, "Bench larder " + word, word);
        ConsoleFixtures.audit(buyerToken, provision);
        String tender = ConsoleFixtures.tender(buyerToken, "Bench tender " + word);
        String agreement = ConsoleFixtures.contracted(supplierToken, providerToken, buyerToken, provider, provision, buyer,
                "Bench agreement " + word);
        long contribution = 0;
        for (int i = 0; i < 20; i++) {
            contribution = Story.created(Api.post("/api/v1/agreements/" + agreement + "/contributions", supplierToken,
                    "application/json", LedgerIT.contribution("FINANCIAL", null, "100.00", 1))).getJsonNumber("sequence").longValue();
        }
        ConsoleSignIn ivy = new ConsoleSignIn();
        ivy.signIn(ConsoleSignIn.IVY, ConsoleSignIn.PASSWORD);
        for (String[] membership : new String[][] {{supplier, "supplier"}, {buyer, "buyer"}, {provider, "provider"}}) {
            String path = ConsoleFixtures.path(ConsoleFixtures.invite(membership[0], ConsoleSignIn.IVY, membership[1]));
            String page = ivy.get(path).body();
            assertEquals(200, ivy.post(path, "csrf=" + ConsoleSignIn.encode(ConsoleSignIn.csrfToken(page))).statusCode());
        }

        Map<String, List<String>> pages = new LinkedHashMap<>();
        pages.put(supplier, List.of("/", "/spotlight?territory=E23000029", "/provisions/" + provision, "/spos/" + agreement,
                "/spos/" + agreement + "/contributions/" + contribution, "/accessibility"));
        pages.put(buyer, List.of("/", "/audit", "/tenders", "/tenders/" + tender, "/verify"));
        pages.put(provider, List.of("/", "/provisions", "/provisions/new", "/spos/" + agreement));

        StringBuilder report = new StringBuilder("Database: " + System.getProperty("it.database") + "; " + USERS
                + " users, " + ROUNDS + " requests each per page, after " + WARM_UP_ROUNDS + " warm-up rounds of every page.\n\n"
                + "| acting for | page | requests | req/s | p50 ms | p95 ms | p99 ms | HTML KB | KB on the wire |\n|---|---|---|---|---|---|---|---|---|\n");
        Map<String, List<ConsoleSignIn>> sessions = new LinkedHashMap<>();
        for (String organisation : pages.keySet()) {
            List<ConsoleSignIn> users = new ArrayList<>();
            for (int u = 0; u < USERS; u++) {
                users.add(ConsoleSignIn.actingFor(ConsoleSignIn.IVY, organisation));
            }
            sessions.put(organisation, users);
        }
        // a server runs warm: every page is served until the JIT compiled its code before any is measured
        for (Map.Entry<String, List<String>> organisation : pages.entrySet()) {
            for (String page : organisation.getValue()) {
                run(page, sessions.get(organisation.getKey()), WARM_UP_ROUNDS);
            }
        }
        for (Map.Entry<String, List<String>> organisation : pages.entrySet()) {
            String kind = organisation.getKey().equals(supplier) ? "supplier" : organisation.getKey().equals(buyer) ? "buyer" : "provider";
            for (String page : organisation.getValue()) {
                report.append(measure(kind, page.replace(agreement, "{agreement}").replace(provision, "{id}").replace(tender, "{tender}"),
                        page, sessions.get(organisation.getKey())));
            }
        }
        System.out.println(report);
        report.append("\n").append(transfer());
        System.out.println(report);
        Files.writeString(Path.of("target", "console-pages-bench-" + System.getProperty("it.database") + ".md"), report);
    }

    private static String measure(String kind, String label, String page, List<ConsoleSignIn> users) throws Exception {
        long start = System.nanoTime();
        List<Long> all = run(page, users, ROUNDS);
        double seconds = (System.nanoTime() - start) / 1e9;
        all.sort(null);
        String html = users.get(0).get(page).body();
        int bytes = html.getBytes(StandardCharsets.UTF_8).length;
        long wire = size(users.get(0).getAsBrowser(page));
        // the page as measured, to see what its kilobytes are made of
        Path saved = Path.of("target", "console-pages", kind + label.replaceAll("[^A-Za-z0-9]+", "-") + ".html");
        Files.createDirectories(saved.getParent());
        Files.writeString(saved, html, StandardCharsets.UTF_8);
        return String.format("| %s | `%s` | %d | %,.0f | %.1f | %.1f | %.1f | %.1f | %.1f |%n", kind, label, all.size(), all.size() / seconds,
                percentile(all, 0.50), percentile(all, 0.95), percentile(all, 0.99), bytes / 1024.0, wire / 1024.0);
    }

    /** Each user requests the page {@code rounds} times, one request after another, all users at once; the latencies. */
    private static List<Long> run(String page, List<ConsoleSignIn> users, int rounds) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(users.size());
        try {
            List<Future<long[]>> results = new ArrayList<>();
            for (ConsoleSignIn user : users) {
                results.add(pool.submit(() -> {
                    long[] latencies = new long[rounds];
                    for (int i = 0; i < rounds; i++) {
                        long t0 = System.nanoTime();
                        ok(user.getAsBrowser(page), page);
                        latencies[i] = System.nanoTime() - t0;
                    }
                    return latencies;
                }));
            }
            List<Long> all = new ArrayList<>();
            for (Future<long[]> result : results) {
                for (long latency : result.get()) {
                    all.add(latency);
                }
            }
            return all;
        } finally {
            pool.shutdown();
        }
    }

    /**
     * Bytes on the wire (headers and bodies, as sent: the client asks for gzip) of a first visit, signed
     * out: the start page, what it links and what its style sheet refers to. Later pages are their HTML
     * alone (the table above), the style sheet being cached.
     */
    private static String transfer() throws Exception {
        HttpClient plain = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();
        HttpResponse<byte[]> start = fetch(plain, "/");
        assertEquals(200, start.statusCode());
        long first = size(start);
        Set<String> assets = new LinkedHashSet<>();
        Matcher linked = ASSET.matcher(text(start));
        while (linked.find()) {
            assets.add(linked.group(1));
        }
        StringBuilder lines = new StringBuilder("| first visit, signed out: the start page and what it loads | bytes | Cache-Control |\n|---|---|---|\n"
                + "| `/` | " + String.format("%,d", size(start)) + " | " + start.headers().firstValue("Cache-Control").orElse("") + " |\n");
        Set<String> seen = new LinkedHashSet<>();
        List<String> queue = new ArrayList<>(assets);
        while (!queue.isEmpty()) {
            String asset = queue.remove(0);
            if (!seen.add(asset)) {
                continue;
            }
            HttpResponse<byte[]> answer = fetch(plain, asset);
            if (answer.statusCode() != 200) {
                lines.append("| `").append(asset).append("` | not loaded: ").append(answer.statusCode())
                        .append(" (referenced by the style sheet for markup the console does not use) | |\n");
                continue;
            }
            first += size(answer);
            lines.append("| `").append(asset).append("` | ").append(String.format("%,d", size(answer))).append(" | ")
                    .append(answer.headers().firstValue("Cache-Control").orElse("")).append(" |\n");
            if (asset.endsWith(".css")) {
                Matcher urls = CSS_URL.matcher(text(answer));
                while (urls.find()) {
                    String url = urls.group(1);
                    if (url.startsWith("/")) {
                        queue.add(url);
                    } else if (!url.startsWith("data:") && !url.startsWith("#")) {
                        queue.add(asset.substring(0, asset.lastIndexOf('/') + 1) + url);
                    }
                }
            }
        }
        lines.append(String.format("| **total** | **%,d** (%.1f KB) | |%n", first, first / 1024.0));
        return lines.toString();
    }

    private static HttpResponse<byte[]> fetch(HttpClient client, String path) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(Api.base() + path))
                .header("Accept-Encoding", "gzip").GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** The answer's body as text, gunzipped if it came gzipped. */
    private static String text(HttpResponse<byte[]> answer) throws IOException {
        byte[] body = answer.body();
        if (answer.headers().firstValue("Content-Encoding").orElse("").equals("gzip")) {
            body = new GZIPInputStream(new ByteArrayInputStream(body)).readAllBytes();
        }
        return new String(body, StandardCharsets.UTF_8);
    }

    /** The answer's size on the wire: status line, headers and body as received. */
    private static long size(HttpResponse<byte[]> answer) {
        long headers = answer.headers().map().entrySet().stream()
                .mapToLong(h -> h.getValue().stream().mapToLong(v -> h.getKey().length() + v.length() + 4).sum()).sum();
        return 17 + headers + answer.body().length;
    }

    private static void ok(HttpResponse<?> answer, String page) {
        if (answer.statusCode() != 200) {
            throw new AssertionError(page + ": " + answer.statusCode() + " " + answer.uri());
        }
    }

    private static double percentile(List<Long> sorted, double p) {
        return sorted.get(Math.max(0, (int) Math.ceil(sorted.size() * p) - 1)) / 1e6;
    }
}
