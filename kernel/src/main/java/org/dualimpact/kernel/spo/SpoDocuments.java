package org.dualimpact.kernel.spo;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.dualimpact.kernel.journal.AuditJournal;
import org.dualimpact.kernel.organisation.Organisation;
import org.dualimpact.kernel.organisation.OrganisationRepository;
import org.dualimpact.kernel.provision.Provision;
import org.dualimpact.kernel.provision.ProvisionRepository;
import org.dualimpact.kernel.shared.Actor;
import org.dualimpact.kernel.shared.DomainException;
import org.dualimpact.kernel.territory.Territory;
import org.dualimpact.kernel.territory.TerritoryRepository;

/**
 * The proposal or agreement as a document carrying its reference and content hash, for whoever may
 * see the SPO. A withdrawn or expired SPO has no document: its content was purged.
 */
public final class SpoDocuments {

    private final ProvisionRepository provisions;
    private final OrganisationRepository organisations;
    private final TerritoryRepository territories;
    private final DocumentRenderer renderer;
    private final SpoSteps steps;

    public SpoDocuments(SpoRepository spos, ProvisionRepository provisions, OrganisationRepository organisations,
            TerritoryRepository territories, AuditJournal journal, DocumentRenderer renderer) {
        this.provisions = Objects.requireNonNull(provisions);
        this.organisations = Objects.requireNonNull(organisations);
        this.territories = Objects.requireNonNull(territories);
        this.renderer = Objects.requireNonNull(renderer);
        this.steps = new SpoSteps(spos, journal);
    }

    /** The proposal or agreement document, with its content hash. */
    public byte[] document(Actor actor, SpoReference reference) {
        Spo spo = steps.visible(actor, reference);
        SpoContent content = spo.content().orElseThrow(() -> DomainException.conflict("content-purged", spo.reference()
                + " was " + spo.stage().name().toLowerCase() + "; its content has been purged and no document exists."));
        Organisation supplier = organisations.find(spo.supplier()).orElseThrow();
        List<Organisation> providerOrgs = content.providers().stream().map(p -> organisations.find(p).orElseThrow())
                .sorted(Comparator.comparing(Organisation::name)).toList();
        List<Provision> provisionList = content.provisions().stream().map(p -> provisions.find(p).orElseThrow())
                .sorted(Comparator.comparing(Provision::title)).toList();
        Territory territory = territories.territory(content.territory()).orElseThrow();
        Optional<Organisation> buyer = spo.buyer().flatMap(organisations::find);
        return renderer.render(new SpoDocument(spo, supplier, providerOrgs, buyer, provisionList, territory, spo.currentHash()));
    }

    public String mediaType() {
        return renderer.mediaType();
    }
}
