package org.dualimpact.kernel.testing;

import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.dualimpact.kernel.evidence.Evidence;
import org.dualimpact.kernel.evidence.EvidenceId;
import org.dualimpact.kernel.evidence.EvidenceRepository;
import org.dualimpact.kernel.organisation.OrganisationId;
import org.dualimpact.kernel.shared.DomainException;

/** Evidence in memory, stored as copies, with the store's version rule (an update from an older version is STALE). */
public final class InMemoryEvidenceRepository implements EvidenceRepository {

    private final Map<EvidenceId, Evidence> evidence = new LinkedHashMap<>();
    public final Map<String, byte[]> contents = new HashMap<>();

    @Override
    public void add(Evidence e) {
        e.markStored(1);
        evidence.put(e.id(), copy(e));
    }

    @Override
    public Optional<Evidence> find(EvidenceId id) {
        return Optional.ofNullable(evidence.get(id)).map(InMemoryEvidenceRepository::copy);
    }

    @Override
    public void update(Evidence e) {
        Evidence stored = evidence.get(e.id());
        if (stored.version() != e.version()) {
            throw new DomainException(DomainException.Kind.STALE, "stale-version", "changed in the meantime");
        }
        e.markStored(stored.version() + 1);
        evidence.put(e.id(), copy(e));
    }

    @Override
    public void storeContent(String sha256, byte[] content) {
        contents.putIfAbsent(sha256, content.clone());
    }

    @Override
    public Optional<byte[]> content(String sha256) {
        return Optional.ofNullable(contents.get(sha256)).map(byte[]::clone);
    }

    @Override
    public List<Evidence> ofHub(OrganisationId hub) {
        return evidence.values().stream().filter(e -> e.hub().equals(hub))
                .sorted(Comparator.comparing(Evidence::createdAt).reversed()).map(InMemoryEvidenceRepository::copy).toList();
    }

    @Override
    public List<Evidence> published(Optional<OrganisationId> provider, Set<String> territories, int limit) {
        return evidence.values().stream().filter(Evidence::isPublished)
                .filter(e -> provider.map(p -> e.content().providers().contains(p)).orElse(true))
                .filter(e -> territories.isEmpty() || e.content().territories().stream().anyMatch(territories::contains))
                .sorted(Comparator.comparing((Evidence e) -> e.publishedAt().orElseThrow()).reversed()).limit(limit)
                .map(InMemoryEvidenceRepository::copy).toList();
    }

    private static Evidence copy(Evidence e) {
        return new Evidence(e.id(), e.hub(), e.author(), e.createdAt(), e.content(), e.documents(), e.stage(),
                e.submittedBy().orElse(null), e.approvedBy().orElse(null), e.returnReason().orElse(null),
                e.publishedAt().orElse(null), e.version());
    }
}
