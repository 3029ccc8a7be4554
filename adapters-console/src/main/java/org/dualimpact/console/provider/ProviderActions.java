package org.dualimpact.console.provider;

import java.util.Comparator;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.dualimpact.kernel.organisation.Organisation;
import org.dualimpact.kernel.organisation.OrganisationId;
import org.dualimpact.kernel.organisation.OrganisationKind;
import org.dualimpact.kernel.organisation.OrganisationService;
import org.dualimpact.kernel.provision.Provision;
import org.dualimpact.kernel.provision.ProvisionId;
import org.dualimpact.kernel.provision.ProvisionService;
import org.dualimpact.kernel.shared.Actor;
import org.dualimpact.kernel.shared.DomainException;
import org.dualimpact.kernel.shared.Role;
import org.dualimpact.kernel.territory.Territory;
import org.dualimpact.kernel.territory.TerritoryService;

/**
 * The provider's use cases the console calls, each in one transaction and through the service the API
 * calls for the same step ({@code ProvisionResource}): its own provisions, publishing one and editing one,
 * which the kernel refuses to anyone but its provider and in any territory the provider does not serve.
 */
@ApplicationScoped
@Transactional
public class ProviderActions {

    @Inject
    ProvisionService provisions;

    @Inject
    OrganisationService organisations;

    @Inject
    TerritoryService territories;

    /** The provider's own provisions, newest first. */
    public List<Provision> own(Actor actor) {
        provider(actor);
        return provisions.listFor(actor).stream().sorted(Comparator.comparing(Provision::publishedAt).reversed()).toList();
    }

    public Provision publish(Actor actor, ProvisionService.PublishRequest request) {
        return provisions.publish(actor, request);
    }

    /** One of the provider's own provisions, to edit; another's is refused, and one it may not see is not found. */
    public Provision own(Actor actor, ProvisionId id) {
        provider(actor);
        return provisions.editable(actor, id);
    }

    /** The provider's edit of a provision read at {@code version}; a newer one is a {@code STALE} refusal. */
    public Provision edit(Actor actor, ProvisionId id, long version, ProvisionService.PublishRequest request) {
        return provisions.edit(actor, id, version, request);
    }

    /** The territories the organisation acted for serves, by name: the choices of the form. */
    public List<Territory> served(Actor actor) {
        Organisation organisation = provider(actor);
        return territories.territories().stream().filter(t -> organisation.serves(t.code()))
                .sorted(Comparator.comparing(Territory::name)).toList();
    }

    /** The provider acted for: a provider organisation, and the provider role in it; otherwise refused. */
    private Organisation provider(Actor actor) {
        actor.require(Role.PROVIDER);
        return actor.organisationId().map(OrganisationId::new).map(organisations::get)
                .filter(o -> o.kind() == OrganisationKind.PROVIDER)
                .orElseThrow(() -> DomainException.notPermitted("not-a-provider", "Act for a provider to see and publish provisions."));
    }
}
