package org.dualimpact.kernel.diagnostic;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An organisation's answers against its peers' for one framework version: per value code, how many
 * peer organisations sit at each level (and unscored), their median, and where the organisation
 * stands among them.
 *
 * <p>Peers are the other organisations with a submitted assessment of the same framework version in
 * the scope (a territory they serve, a region, or all), each counted once with its latest submitted
 * assessment. Only counts leave the kernel, never an organisation's identity or its own answers. When
 * there are fewer peers than the minimum group size, the whole comparison is suppressed: no
 * distribution and not even the number of peers is given ({@link #peers()} is empty).
 */
public record Benchmark(Framework framework, Scope scope, int minimumGroupSize, Optional<Integer> peers,
        Optional<Assessment> own, List<ValueCodeBenchmark> valueCodes) {

    /** What the peers are drawn from. */
    public enum ScopeKind {
        TERRITORY, REGION, ALL
    }

    /** The scope: its kind, and for a territory or region its code and name. */
    public record Scope(ScopeKind kind, Optional<String> code, Optional<String> name) {
    }

    /** Where the organisation stands on one value code among the peers who scored it. */
    public record Position(int peersBelow, int peersSame, int peersAbove) {
    }

    /**
     * One value code: {@code peersAtLevel.get(0)} peers are at level 1, and so on; the organisation's
     * own consolidated answer (from its latest submitted assessment) and position, when it has one.
     */
    public record ValueCodeBenchmark(ValueCode valueCode, int sectionNumber, List<Integer> peersAtLevel,
            int peersUnscored, Optional<BigDecimal> peerMedian, Optional<ConsolidatedAnswer> own,
            Optional<Position> position) {
        public ValueCodeBenchmark {
            peersAtLevel = List.copyOf(peersAtLevel);
        }
    }

    public Benchmark {
        Objects.requireNonNull(framework);
        Objects.requireNonNull(scope);
        valueCodes = List.copyOf(valueCodes);
        if (peers.isEmpty() && !valueCodes.isEmpty()) {
            throw new IllegalArgumentException("a suppressed benchmark carries no distribution");
        }
    }

    /** True when the peer group is below the minimum size and nothing about it is shown. */
    public boolean suppressed() {
        return peers.isEmpty();
    }
}
