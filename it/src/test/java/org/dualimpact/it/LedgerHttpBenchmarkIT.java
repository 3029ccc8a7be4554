package org.dualimpact.it;

import static org.dualimpact.it.Story.AUDITOR;
import static org.dualimpact.it.Story.SUPPLIER_A;
import static org.dualimpact.it.Story.ok;
import static org.dualimpact.it.Story.post;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Ledger appends over HTTP on Liberty: clients POST one contribution each, synchronously, and wait
 * for the 201 (the entry is durable then); the server validates each and sequences them through
 * group commit. Not a test: runs only with {@code -Pbench} (see README); results go to the console and
 * target/ledger-http-bench-<database>.md. The client runs on the same 2 cores as Liberty and the database.
 */
@Tag("bench")
@ExtendWith(ArquillianExtension.class)
class LedgerHttpBenchmarkIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Api.ear();
    }

    @Test
    void appendsOverHttp() throws Exception {
        String agreement = LedgerIT.contractedAgreement("bench" + Story.unique());
        String path = "/api/v1/agreements/" + agreement + "/contributions";
        String body = LedgerIT.contribution("VOLUNTEERING", null, null, 3).replace("\"commitmentLine\": 3",
                "\"commitmentLine\": 3, \"quantity\": 2");
        for (int i = 0; i < 200; i++) { // warm-up
            Story.created(post(path, SUPPLIER_A, body));
        }
        StringBuilder report = new StringBuilder("Database: " + System.getProperty("it.database") + "\n\n"
                + "| clients | requests | appends/s | p50 (ms) | p99 (ms) |\n|---|---|---|---|---|\n");
        for (int clients : new int[] {1, 16, 64}) {
            int perClient = Math.max(50, 3000 / clients);
            ExecutorService pool = Executors.newFixedThreadPool(clients);
            List<Future<long[]>> results = new ArrayList<>();
            long start = System.nanoTime();
            for (int c = 0; c < clients; c++) {
                results.add(pool.submit(() -> {
                    long[] latencies = new long[perClient];
                    for (int i = 0; i < perClient; i++) {
                        long t0 = System.nanoTime();
                        HttpResponse<String> response = post(path, SUPPLIER_A, body);
                        if (response.statusCode() != 201) {
                            throw new AssertionError(response.statusCode() + " " + response.body());
                        }
                        latencies[i] = System.nanoTime() - t0;
                    }
                    return latencies;
                }));
            }
            List<Long> all = new ArrayList<>();
            for (Future<long[]> f : results) {
                for (long l : f.get()) {
                    all.add(l);
                }
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            pool.shutdown();
            all.sort(null);
            String row = String.format("| %d | %d | %,.0f | %.1f | %.1f |%n", clients, all.size(), all.size() / seconds,
                    all.get(all.size() / 2) / 1e6, all.get((int) Math.ceil(all.size() * 0.99) - 1) / 1e6);
            System.out.print(row);
            report.append(row);
        }
        long entries = Api.array(Api.get("/api/v1/ledger/entries?agreement=" + agreement + "&to=100000000", AUDITOR)).size();
        assertEquals(200 + 3000 + 16 * 187 + 64 * 50, entries, "every acknowledged request is an entry");
        Files.writeString(Path.of("target/ledger-http-bench-" + System.getProperty("it.database") + ".md"), report);
        ok(Api.get("/api/v1/ledger/tree-head", AUDITOR));
    }
}
