package org.dualimpact.console.evidence;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.dualimpact.kernel.evidence.Evidence;
import org.dualimpact.kernel.evidence.EvidenceId;
import org.dualimpact.kernel.evidence.EvidenceQueries;
import org.dualimpact.kernel.organisation.OrganisationId;
import org.dualimpact.kernel.organisation.OrganisationService;
import org.dualimpact.kernel.shared.DomainException;

/**
 * Published evidence for the pages that show it beside what it is about: a provision's provider, an
 * agreement's providers, a territory or a region of the public impact pages. Only published evidence is
 * read ({@link EvidenceQueries#published}), as the API's {@code /public/evidence} does, whoever reads the
 * page; at most {@value #SHOWN} pieces, newest first.
 */
@ApplicationScoped
@Transactional
public class PublishedEvidence {

    /** How many pieces a page shows. */
    public static final int SHOWN = 10;

    @Inject
    EvidenceQueries queries;

    @Inject
    OrganisationService organisations;

    /** About the provider. */
    public List<EvidenceCard> aboutProvider(OrganisationId provider) {
        return cards(queries.published(Optional.of(provider), Optional.empty(), Optional.empty()));
    }

    /** About any of the providers (an agreement's), newest first, each once. */
    public List<EvidenceCard> aboutProviders(Collection<OrganisationId> providers) {
        Map<String, Evidence> found = new LinkedHashMap<>();
        providers.stream().distinct().forEach(p -> queries.published(Optional.of(p), Optional.empty(), Optional.empty())
                .forEach(e -> found.putIfAbsent(e.id().value(), e)));
        return cards(found.values().stream().sorted(Comparator.comparing(
                (Evidence e) -> e.publishedAt().orElse(e.createdAt())).reversed()).toList());
    }

    /** About a territory ({@code territory}) or any territory of a region ({@code region}); an unknown code: none. */
    public List<EvidenceCard> aboutArea(String kind, String code) {
        try {
            return cards("region".equals(kind) ? queries.published(Optional.empty(), Optional.empty(), Optional.of(code))
                    : queries.published(Optional.empty(), Optional.of(code), Optional.empty()));
        } catch (DomainException e) {
            return List.of();
        }
    }

    /** A document of published evidence, for anyone; evidence not published is not found. */
    public EvidenceQueries.DocumentContent document(EvidenceId id, String sha256) {
        return queries.document(Optional.empty(), id, sha256);
    }

    private List<EvidenceCard> cards(List<Evidence> evidence) {
        Map<OrganisationId, String> hubs = new HashMap<>();
        return evidence.stream().limit(SHOWN).map(e -> EvidenceCard.of(e, hubs.computeIfAbsent(e.hub(), this::name))).toList();
    }

    private String name(OrganisationId id) {
        try {
            return organisations.get(id).name();
        } catch (DomainException e) {
            return id.value();
        }
    }
}
