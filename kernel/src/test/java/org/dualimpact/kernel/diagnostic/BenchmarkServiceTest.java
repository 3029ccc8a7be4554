package org.dualimpact.kernel.diagnostic;

import static org.dualimpact.kernel.diagnostic.DiagnosticFixture.HAMPSHIRE;
import static org.dualimpact.kernel.diagnostic.DiagnosticFixture.OTHER;
import static org.dualimpact.kernel.diagnostic.DiagnosticFixture.SOUTH_EAST;
import static org.dualimpact.kernel.diagnostic.DiagnosticFixture.SUPPLIER;
import static org.dualimpact.kernel.diagnostic.DiagnosticFixture.TESS;
import static org.dualimpact.kernel.diagnostic.DiagnosticFixture.THAMES_VALLEY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.dualimpact.kernel.organisation.OrganisationKind;
import org.dualimpact.kernel.shared.Actor;
import org.dualimpact.kernel.shared.DomainException;
import org.dualimpact.kernel.shared.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class BenchmarkServiceTest {

    private final DiagnosticFixture fx = new DiagnosticFixture();
    private Framework framework;

    /** A buyer user of peer organisation n (GB-LA-P1 …). */
    private static Actor peer(int n) {
        return DiagnosticFixture.user("user" + n, "GB-LA-P" + n, Role.BUYER);
    }

    private void submitted(Actor actor, Integer a1, Integer a2, Integer b1) {
        Assessment assessment = fx.start(actor, framework);
        answer(actor, assessment, "A1", a1);
        answer(actor, assessment, "A2", a2);
        answer(actor, assessment, "B1", b1);
        fx.submit(actor, assessment);
        fx.clock.advance(Duration.ofMinutes(1));
    }

    private void answer(Actor actor, Assessment assessment, String code, Integer level) {
        if (level == null) {
            fx.unscored(actor, assessment, code);
        } else {
            fx.answer(actor, assessment, code, level, "");
        }
    }

    @BeforeEach
    void peers() {
        framework = fx.small();
        for (int n = 1; n <= 5; n++) {
            fx.register("GB-LA-P" + n, OrganisationKind.BUYER, THAMES_VALLEY);
        }
        fx.register("GB-LA-P6", OrganisationKind.BUYER, HAMPSHIRE);
        submitted(peer(1), 5, 5, 5);       // superseded by P1's later assessment below
        submitted(peer(1), 1, null, 1);
        submitted(peer(2), 2, 3, 2);
        submitted(peer(3), 2, 3, 3);
        submitted(peer(4), 3, 3, 4);
        submitted(peer(5), 5, 3, 5);
        submitted(peer(6), 4, 3, 4);
        submitted(OTHER, 4, 4, 4);
        fx.start(peer(2), framework);      // a draft never counts
        submitted(TESS, 2, 4, null);
    }

    @Test
    void distributionCountsPerValueCodeAndTheOrganisationsPosition() {
        Benchmark benchmark = fx.benchmarks(5).benchmark(TESS, framework.id().value(), THAMES_VALLEY, null);

        assertFalse(benchmark.suppressed());
        assertEquals(Optional.of(5), benchmark.peers(), "P1 to P5: one assessment each, the caller excluded");
        assertEquals(Benchmark.ScopeKind.TERRITORY, benchmark.scope().kind());
        Benchmark.ValueCodeBenchmark a1 = benchmark.valueCodes().get(0);
        assertEquals("A1", a1.valueCode().code());
        assertEquals(List.of(1, 2, 1, 0, 1), a1.peersAtLevel(), "P1's latest assessment (1) counts, not its first (5)");
        assertEquals(0, a1.peersUnscored());
        assertEquals(Optional.of(new BigDecimal("2")), a1.peerMedian());
        assertEquals(2, a1.own().orElseThrow().level());
        assertEquals(Optional.of(new Benchmark.Position(1, 2, 2)), a1.position());
        Benchmark.ValueCodeBenchmark a2 = benchmark.valueCodes().get(1);
        assertEquals(List.of(0, 0, 4, 0, 0), a2.peersAtLevel());
        assertEquals(1, a2.peersUnscored());
        assertEquals(Optional.of(new Benchmark.Position(4, 0, 0)), a2.position());
        Benchmark.ValueCodeBenchmark b1 = benchmark.valueCodes().get(2);
        assertEquals(List.of(1, 1, 1, 1, 1), b1.peersAtLevel());
        assertEquals(Optional.empty(), b1.position(), "the caller left B1 unscored: no position");
    }

    @Test
    void aGroupBelowTheMinimumSizeIsSuppressedEntirely() {
        BenchmarkService six = fx.benchmarks(6);

        Benchmark territory = six.benchmark(TESS, framework.id().value(), THAMES_VALLEY, null);
        assertTrue(territory.suppressed());
        assertEquals(Optional.empty(), territory.peers(), "not even the number of peers is given");
        assertTrue(territory.valueCodes().isEmpty());

        Benchmark region = six.benchmark(TESS, framework.id().value(), null, SOUTH_EAST);
        assertEquals(Optional.of(6), region.peers(), "P1 to P6 serve the South East");
        assertEquals(List.of(1, 2, 1, 1, 1), region.valueCodes().get(0).peersAtLevel());

        Benchmark all = six.benchmark(TESS, framework.id().value(), null, null);
        assertEquals(Optional.of(7), all.peers());
        assertEquals(Benchmark.ScopeKind.ALL, all.scope().kind());
        assertTrue(fx.benchmarks(8).benchmark(TESS, framework.id().value(), null, null).suppressed());
    }

    @Test
    void theFloorCannotBeConfiguredAwayAndBadQueriesAreNamed() {
        assertThrows(IllegalArgumentException.class, () -> fx.benchmarks(1));
        BenchmarkService service = fx.benchmarks(5);

        DomainException both = assertThrows(DomainException.class, () -> service.benchmark(TESS, framework.id().value(),
                THAMES_VALLEY, SOUTH_EAST));
        assertEquals("invalid-benchmark", both.code());
        assertEquals("region", both.fieldErrors().get(0).field());
        assertEquals("territory", assertThrows(DomainException.class, () -> service.benchmark(TESS, framework.id().value(),
                "E23999999", null)).fieldErrors().get(0).field());
        assertEquals("framework-not-found", assertThrows(DomainException.class, () -> service.benchmark(TESS,
                "FWK-00000000-0000-0000-0000-000000000000", null, null)).code());
        assertEquals(DomainException.Kind.NOT_PERMITTED, assertThrows(DomainException.class, () -> service.benchmark(SUPPLIER,
                framework.id().value(), null, null)).kind());
    }
}
