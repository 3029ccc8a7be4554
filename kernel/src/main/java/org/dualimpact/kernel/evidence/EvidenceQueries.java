package org.dualimpact.kernel.evidence;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.dualimpact.kernel.journal.AuditJournal;
import org.dualimpact.kernel.organisation.OrganisationId;
import org.dualimpact.kernel.organisation.OrganisationRepository;
import org.dualimpact.kernel.shared.Actor;
import org.dualimpact.kernel.shared.DomainException;
import org.dualimpact.kernel.territory.Territory;
import org.dualimpact.kernel.territory.TerritoryRepository;

/**
 * Reading evidence. Published evidence is public (no sign-in needed); a draft, one in review or
 * approved, and withdrawn evidence exist only for the members of its hub — to anyone else they are not
 * found. Documents are read under the same rule.
 */
public final class EvidenceQueries {

    public static final int LIMIT = 100;

    private final EvidenceRepository evidence;
    private final TerritoryRepository territories;
    private final HubAccess access;

    public EvidenceQueries(EvidenceRepository evidence, OrganisationRepository organisations,
            TerritoryRepository territories, AuditJournal journal, Clock clock) {
        this.evidence = Objects.requireNonNull(evidence);
        this.territories = Objects.requireNonNull(territories);
        this.access = new HubAccess(evidence, organisations, journal, clock);
    }

    /** One piece of evidence; {@code actor} empty for a reader who has not signed in. */
    public Evidence find(Optional<Actor> actor, EvidenceId id) {
        return access.visible(actor, id);
    }

    /** A document of visible evidence and its content. */
    public record DocumentContent(EvidenceDocument document, byte[] content) {
    }

    public DocumentContent document(Optional<Actor> actor, EvidenceId id, String sha256) {
        Evidence e = access.visible(actor, id);
        EvidenceDocument document = e.document(sha256).orElseThrow(() -> DomainException.notFound("document-not-found",
                "Evidence " + id + " holds no document with that SHA-256."));
        byte[] content = evidence.content(document.sha256()).orElseThrow(() -> new IllegalStateException(
                "the content of document " + document.sha256() + " is missing"));
        return new DocumentContent(document, content);
    }

    /** Every piece of evidence of the acting hub, newest first. */
    public List<Evidence> ofMyHub(Actor actor) {
        return evidence.ofHub(access.hub(actor).id());
    }

    /**
     * Published evidence, newest first, at most {@link #LIMIT}: about a provider, a territory, or any
     * territory of a region (at most one of them; none: all).
     */
    public List<Evidence> published(Optional<OrganisationId> provider, Optional<String> territory, Optional<String> region) {
        Set<String> codes = Set.of();
        if (territory.isPresent()) {
            codes = Set.of(territories.territory(territory.get()).map(Territory::code).orElseThrow(() ->
                    DomainException.notFound("area-not-found", "No territory has the code " + territory.get() + ".")));
        } else if (region.isPresent()) {
            territories.region(region.get()).orElseThrow(() -> DomainException.notFound("area-not-found",
                    "No region has the code " + region.get() + "."));
            codes = territories.territories().stream().filter(t -> t.regionCode().equals(region.get()))
                    .map(Territory::code).collect(Collectors.toSet());
            if (codes.isEmpty()) {
                return List.of();
            }
        }
        return evidence.published(provider, codes, LIMIT);
    }
}
