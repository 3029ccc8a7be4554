package org.dualimpact.kernel.diagnostic;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.dualimpact.kernel.organisation.Organisation;
import org.dualimpact.kernel.organisation.OrganisationId;
import org.dualimpact.kernel.organisation.OrganisationRepository;
import org.dualimpact.kernel.shared.Actor;
import org.dualimpact.kernel.shared.Validation;
import org.dualimpact.kernel.territory.Region;
import org.dualimpact.kernel.territory.Territory;
import org.dualimpact.kernel.territory.TerritoryRepository;

/**
 * Compares an organisation's submitted answers with its peers' (see {@link Benchmark} for who the
 * peers are and what is shown). The same callers as {@link AssessmentService}: buyer users of a
 * buyer organisation. The minimum group size is configuration, passed in by the adapter that builds
 * this service; it is at least 2.
 */
public final class BenchmarkService {

    private final AssessmentRepository assessments;
    private final FrameworkRepository frameworks;
    private final OrganisationRepository organisations;
    private final TerritoryRepository territories;
    private final int minimumGroupSize;

    public BenchmarkService(AssessmentRepository assessments, FrameworkRepository frameworks,
            OrganisationRepository organisations, TerritoryRepository territories, int minimumGroupSize) {
        this.assessments = Objects.requireNonNull(assessments);
        this.frameworks = Objects.requireNonNull(frameworks);
        this.organisations = Objects.requireNonNull(organisations);
        this.territories = Objects.requireNonNull(territories);
        if (minimumGroupSize < 2) {
            throw new IllegalArgumentException("the minimum group size of a benchmark is at least 2, not " + minimumGroupSize);
        }
        this.minimumGroupSize = minimumGroupSize;
    }

    public int minimumGroupSize() {
        return minimumGroupSize;
    }

    /** The benchmark for a framework version among peers of a territory, a region, or (neither given) all. */
    public Benchmark benchmark(Actor actor, String framework, String territory, String region) {
        Organisation own = BuyerAccess.organisationOf(actor, organisations);
        Validation validation = new Validation();
        boolean byTerritory = territory != null && !territory.isBlank();
        boolean byRegion = region != null && !region.isBlank();
        validation.require(framework != null && !framework.isBlank(), "framework", "is required: the framework version to compare on");
        validation.require(!(byTerritory && byRegion), "region", "give a territory or a region, not both");
        Optional<Territory> inTerritory = byTerritory ? territories.territory(territory.strip()) : Optional.empty();
        Optional<Region> inRegion = byRegion ? territories.region(region.strip()) : Optional.empty();
        validation.require(!byTerritory || inTerritory.isPresent(), "territory", "unknown territory code " + territory);
        validation.require(!byRegion || inRegion.isPresent(), "region", "unknown region code " + region);
        validation.throwIfInvalid("invalid-benchmark", "The comparison cannot be made as asked.");
        Framework version = (FrameworkId.isValid(framework.strip()) ? frameworks.find(new FrameworkId(framework.strip()))
                : Optional.<Framework>empty()).orElseThrow(() -> FrameworkId.notFound(framework));

        Benchmark.Scope scope;
        Predicate<Organisation> inScope;
        if (inTerritory.isPresent()) {
            Territory t = inTerritory.get();
            scope = new Benchmark.Scope(Benchmark.ScopeKind.TERRITORY, Optional.of(t.code()), Optional.of(t.name()));
            inScope = o -> o.serves(t.code());
        } else if (inRegion.isPresent()) {
            Region r = inRegion.get();
            Set<String> codes = territories.territories().stream().filter(t -> t.regionCode().equals(r.code()))
                    .map(Territory::code).collect(Collectors.toSet());
            scope = new Benchmark.Scope(Benchmark.ScopeKind.REGION, Optional.of(r.code()), Optional.of(r.name()));
            inScope = o -> o.territories().stream().anyMatch(codes::contains);
        } else {
            scope = new Benchmark.Scope(Benchmark.ScopeKind.ALL, Optional.empty(), Optional.empty());
            inScope = o -> true;
        }

        Map<OrganisationId, Assessment> latest = latestSubmitted(version.id());
        Optional<Assessment> mine = Optional.ofNullable(latest.remove(own.id()));
        List<Assessment> peers = latest.values().stream()
                .filter(a -> organisations.find(a.organisation()).filter(inScope).isPresent()).toList();
        if (peers.size() < minimumGroupSize) {
            return new Benchmark(version, scope, minimumGroupSize, Optional.empty(), mine, List.of());
        }
        return new Benchmark(version, scope, minimumGroupSize, Optional.of(peers.size()), mine,
                compare(version.definition(), peers, mine));
    }

    /** The latest submitted assessment of each organisation. */
    private Map<OrganisationId, Assessment> latestSubmitted(FrameworkId framework) {
        Map<OrganisationId, Assessment> latest = new LinkedHashMap<>();
        assessments.submitted(framework).stream().filter(Assessment::isSubmitted)
                .sorted(Comparator.comparing((Assessment a) -> a.submittedAt().orElseThrow()))
                .forEach(a -> latest.put(a.organisation(), a));
        return latest;
    }

    /** Distribution counts per value code over the peers, and the organisation's position. */
    static List<Benchmark.ValueCodeBenchmark> compare(FrameworkDefinition framework, List<Assessment> peers,
            Optional<Assessment> own) {
        List<List<ConsolidatedAnswer>> peerAnswers = peers.stream()
                .map(a -> ConsolidatedAnswer.all(framework, a.answers())).toList();
        Optional<List<ConsolidatedAnswer>> ownAnswers = own.map(a -> ConsolidatedAnswer.all(framework, a.answers()));
        List<Benchmark.ValueCodeBenchmark> result = new ArrayList<>();
        int index = 0;
        for (Section section : framework.sections()) {
            for (ValueCode code : section.valueCodes()) {
                int i = index++;
                List<ConsolidatedAnswer> answers = peerAnswers.stream().map(list -> list.get(i)).toList();
                List<Integer> atLevel = new ArrayList<>();
                for (Level level : framework.levels()) {
                    atLevel.add((int) answers.stream().filter(a -> a.isScored() && a.level() == level.number()).count());
                }
                int unscored = (int) answers.stream().filter(a -> !a.isScored()).count();
                List<Integer> scored = answers.stream().filter(ConsolidatedAnswer::isScored).map(ConsolidatedAnswer::level)
                        .toList();
                Optional<ConsolidatedAnswer> mine = ownAnswers.map(list -> list.get(i));
                Optional<Benchmark.Position> position = mine.filter(ConsolidatedAnswer::isScored).map(m -> new Benchmark.Position(
                        (int) scored.stream().filter(l -> l < m.level()).count(),
                        (int) scored.stream().filter(l -> l == m.level()).count(),
                        (int) scored.stream().filter(l -> l > m.level()).count()));
                result.add(new Benchmark.ValueCodeBenchmark(code, section.number(), atLevel, unscored,
                        Distribution.median(scored), mine, position));
            }
        }
        return result;
    }
}
