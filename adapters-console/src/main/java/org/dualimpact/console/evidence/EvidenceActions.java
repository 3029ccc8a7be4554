package org.dualimpact.console.evidence;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.dualimpact.kernel.evidence.Evidence;
import org.dualimpact.kernel.evidence.EvidenceDocument;
import org.dualimpact.kernel.evidence.EvidenceDrafting;
import org.dualimpact.kernel.evidence.EvidenceId;
import org.dualimpact.kernel.evidence.EvidenceQueries;
import org.dualimpact.kernel.evidence.EvidenceReview;
import org.dualimpact.kernel.organisation.Organisation;
import org.dualimpact.kernel.organisation.OrganisationId;
import org.dualimpact.kernel.organisation.OrganisationKind;
import org.dualimpact.kernel.organisation.OrganisationService;
import org.dualimpact.kernel.shared.Actor;
import org.dualimpact.kernel.shared.DomainException;
import org.dualimpact.kernel.shared.Role;
import org.dualimpact.kernel.territory.Territory;
import org.dualimpact.kernel.territory.TerritoryService;

/**
 * A research hub's evidence use cases the console calls, each in one transaction and through the
 * service the API calls for the same step ({@code EvidenceResource}): its hub's evidence, drafting and
 * editing (with the version read), attaching a document, and the review steps. Who may do what is the
 * kernel's: evidence not published is not found for anyone but its hub's members; approval is refused
 * to its author and its submitter (four eyes).
 */
@ApplicationScoped
@Transactional
public class EvidenceActions {

    @Inject
    EvidenceDrafting drafting;

    @Inject
    EvidenceReview review;

    @Inject
    EvidenceQueries queries;

    @Inject
    OrganisationService organisations;

    @Inject
    TerritoryService territories;

    /** The acting hub's evidence, newest first; refused (not permitted) to anyone but a hub's member. */
    public List<Evidence> mine(Actor actor) {
        return queries.ofMyHub(actor);
    }

    /** One piece of evidence the actor may see (published, or of its hub); any other is not found. */
    public Evidence find(Actor actor, EvidenceId id) {
        return queries.find(Optional.of(actor), id);
    }

    /** Whether the actor acts, with the hub role, for the evidence's hub. */
    public static boolean member(Actor actor, Evidence evidence) {
        return actor.has(Role.HUB) && actor.actsFor(evidence.hub().value());
    }

    public Evidence draft(Actor actor, EvidenceDrafting.EvidenceRequest request) {
        return drafting.draft(actor, request);
    }

    public Evidence edit(Actor actor, EvidenceId id, long version, EvidenceDrafting.EvidenceRequest request) {
        return drafting.edit(actor, id, version, request);
    }

    public EvidenceDocument attach(Actor actor, EvidenceId id, String name, String mediaType, byte[] content) {
        return drafting.attach(actor, id, name, mediaType, content);
    }

    public EvidenceQueries.DocumentContent document(Actor actor, EvidenceId id, String sha256) {
        return queries.document(Optional.of(actor), id, sha256);
    }

    /** One review step ({@link Step}) on the evidence read at {@code version}. */
    public Evidence step(Actor actor, EvidenceId id, Step step, long version, String reason) {
        return switch (step) {
            case SUBMIT -> review.submit(actor, id, version);
            case APPROVE -> review.approve(actor, id, version);
            case RETURN -> review.returnToDraft(actor, id, version, reason);
            case PUBLISH -> review.publish(actor, id, version);
            case WITHDRAW -> review.withdraw(actor, id, version);
        };
    }

    /** The review steps, by the last segment of their form's path ({@code /evidence/{id}/approve}). */
    public enum Step {
        SUBMIT, APPROVE, RETURN, PUBLISH, WITHDRAW;

        public String path() {
            return name().toLowerCase(Locale.ROOT);
        }

        static Optional<Step> of(String path) {
            for (Step step : values()) {
                if (step.path().equals(path)) {
                    return Optional.of(step);
                }
            }
            return Optional.empty();
        }
    }

    /** The hub acted for; refused (not permitted) unless the actor has the hub role in a hub. */
    public Organisation hub(Actor actor) {
        actor.require(Role.HUB);
        return actor.organisationId().filter(OrganisationId::isValid).map(OrganisationId::new).map(organisations::get)
                .filter(o -> o.kind() == OrganisationKind.HUB)
                .orElseThrow(() -> DomainException.notPermitted("not-a-hub", "Act for a research hub to gather evidence."));
    }

    /** The territories the hub serves, by name: the form's choices. */
    public List<Territory> served(Actor actor) {
        Organisation hub = hub(actor);
        return territories.territories().stream().filter(t -> hub.serves(t.code()))
                .sorted(Comparator.comparing(Territory::name)).toList();
    }

    /**
     * The registered community providers serving one of the hub's territories, by name: the form's
     * choices (the kernel accepts any registered provider; the form offers those of the hub's area).
     */
    public List<Organisation> providers(Actor actor) {
        Organisation hub = hub(actor);
        return organisations.all().stream().filter(o -> o.kind() == OrganisationKind.PROVIDER)
                .filter(o -> o.territories().stream().anyMatch(hub::serves))
                .sorted(Comparator.comparing(Organisation::name).thenComparing(o -> o.id().value())).toList();
    }

    /** An organisation's public name, or its identifier if it is not registered. */
    public String name(OrganisationId id) {
        try {
            return organisations.get(id).name();
        } catch (DomainException e) {
            return id.value();
        }
    }

    /** The territories' names by code. */
    public Map<String, String> territoryNames() {
        return territories.territories().stream().collect(Collectors.toMap(Territory::code, Territory::name));
    }
}
