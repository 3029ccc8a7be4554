package org.dualimpact.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

import org.dualimpact.kernel.catalogue.Adjustments;
import org.dualimpact.kernel.catalogue.CatalogueId;
import org.dualimpact.kernel.framework.ValueFrameworkId;
import org.dualimpact.kernel.organisation.OrganisationId;
import org.dualimpact.kernel.scoring.Bid;
import org.dualimpact.kernel.scoring.BidId;
import org.dualimpact.kernel.scoring.Consensus;
import org.dualimpact.kernel.scoring.Evaluation;
import org.dualimpact.kernel.scoring.Evaluator;
import org.dualimpact.kernel.scoring.MarkingScale;
import org.dualimpact.kernel.scoring.ScoringCriterion;
import org.dualimpact.kernel.scoring.SocialValueMethod;
import org.dualimpact.kernel.scoring.TenderScoring;
import org.dualimpact.kernel.scoring.ValuedCommitment;
import org.dualimpact.kernel.scoring.Weights;
import org.dualimpact.kernel.shared.Money;
import org.dualimpact.kernel.spo.ContributionType;
import org.dualimpact.kernel.spo.SpoReference;
import org.dualimpact.kernel.tender.TenderReference;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Evaluation of a tender of 10,000 bids × 30 criteria, in-process (the kernel's {@link Evaluator},
 * which every evaluation request runs): with evaluator marks (a consensus mark per criterion and bid)
 * and quantitative (three valued commitment lines per bid). Bids are built once; each run evaluates
 * them all, explanation lines included. The target is 200 ms per evaluation. Not a test: run with
 * {@code mvn -o -pl it -am -Pbench test -DskipITs -Dtest=ScoringBenchmark -Dsurefire.failIfNoSpecifiedTests=false}
 * (README); results go to the console and target/scoring-bench.md.
 */
@Tag("bench")
class ScoringBenchmark {

    static final int BIDS = 10_000;
    static final int CRITERIA = 30;
    static final int WARM_UP = 15;
    static final int RUNS = 30;
    static final long TARGET_MS = 200;

    @Test
    void tenThousandBidsByThirtyCriteria() throws Exception {
        StringBuilder report = new StringBuilder("| method | bids | criteria | min (ms) | median (ms) | p95 (ms) | max (ms) |\n"
                + "|---|---|---|---|---|---|---|\n");
        double marks = run(report, SocialValueMethod.MARKS);
        double quantitative = run(report, SocialValueMethod.QUANTITATIVE);
        String text = "Java " + System.getProperty("java.version") + ", " + Runtime.getRuntime().availableProcessors()
                + " cores, max heap " + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB\n\n" + report;
        System.out.println(text);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/scoring-bench.md"), text);
        assertTrue(marks <= TARGET_MS, "median " + marks + " ms with marks exceeds " + TARGET_MS + " ms");
        assertTrue(quantitative <= TARGET_MS, "median " + quantitative + " ms quantitative exceeds " + TARGET_MS + " ms");
    }

    private static double run(StringBuilder report, SocialValueMethod method) {
        TenderScoring setup = setup(method);
        List<Bid> bids = bids(setup);
        for (int i = 0; i < WARM_UP; i++) {
            Evaluator.evaluate(setup, bids);
        }
        long[] times = new long[RUNS];
        Evaluation last = null;
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            last = Evaluator.evaluate(setup, bids);
            times[i] = System.nanoTime() - start;
        }
        assertEquals(BIDS, last.results().size());
        assertEquals(1, last.results().get(0).rank());
        assertEquals(CRITERIA, last.results().get(0).criteria().size());
        Arrays.sort(times);
        double median = times[RUNS / 2] / 1e6;
        report.append(String.format("| %s | %d | %d | %.1f | %.1f | %.1f | %.1f |%n", method, BIDS, CRITERIA, times[0] / 1e6,
                median, times[(int) Math.ceil(RUNS * 0.95) - 1] / 1e6, times[RUNS - 1] / 1e6));
        return median;
    }

    private static TenderScoring setup(SocialValueMethod method) {
        ValueFrameworkId framework = ValueFrameworkId.random();
        List<ScoringCriterion> criteria = new ArrayList<>();
        for (int c = 0; c < CRITERIA; c++) {
            // 10 criteria of 4 %, 20 of 3 %: 40 + 60 = 100
            criteria.add(new ScoringCriterion(framework, "bench", "Bench framework", "C" + c, "Criterion " + c, c % 7 == 0,
                    new BigDecimal(c < 10 ? "4" : "3"), List.of("M" + c)));
        }
        return new TenderScoring(new TenderReference("TND-TVP-2026-0001"), new Weights(new BigDecimal("60"),
                new BigDecimal("25"), new BigDecimal("15")), method, false, MarkingScale.DEFAULT, criteria,
                Optional.of(CatalogueId.random()), Adjustments.NONE, null, Set.of(), 1);
    }

    private static List<Bid> bids(TenderScoring setup) {
        Random random = new Random(42);
        int[] marks = {0, 20, 50, 70, 100};
        CatalogueId catalogue = setup.catalogue().orElseThrow();
        Instant at = Instant.parse("2026-03-02T09:00:00Z");
        List<Bid> bids = new ArrayList<>(BIDS);
        for (int b = 0; b < BIDS; b++) {
            SpoReference spo = SpoReference.parse(reference(b + 1));
            List<ValuedCommitment> lines = new ArrayList<>();
            for (int l = 0; l < 3; l++) {
                BigDecimal hours = BigDecimal.valueOf(10 + random.nextInt(500));
                BigDecimal gross = hours.multiply(new BigDecimal("12.21")).setScale(2);
                lines.add(new ValuedCommitment(spo, l + 1, ContributionType.VOLUNTEERING, "M" + random.nextInt(CRITERIA),
                        hours, "hours", null, "E23000029", null, LocalDate.of(2026, 3, 1),
                        new ValuedCommitment.Proxy(catalogue, "Bench catalogue", "Volunteering", 2025, new BigDecimal("12.21"),
                                "bench"), Adjustments.ZERO, 1, BigDecimal.ONE, hours, gross, gross, l != 2));
            }
            Bid bid = new Bid(BidId.random(), setup.tender(), new OrganisationId(String.format("GB-COH-%08d", b + 1)),
                    Money.ofPence(5_000_000L + random.nextInt(50_000_000)), List.of(spo), "", Set.of(), lines, at, "bench",
                    BigDecimal.valueOf(random.nextInt(101)), List.of(), List.of(), 1);
            for (int c = 0; c < CRITERIA; c++) {
                bid.consensus(new Consensus("C" + c, marks[random.nextInt(marks.length)], "mod", null, at));
            }
            bids.add(bid);
        }
        return bids;
    }

    /** A valid SPO reference for a sequence number (skipping the few that have no check character). */
    private static String reference(int n) {
        long sequence = n;
        while (!SpoReference.issuable("TVP", 2026, sequence)) {
            sequence += 100_000;
        }
        return SpoReference.of("TVP", 2026, sequence).value();
    }
}
