package org.dualimpact.console.preview;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.dualimpact.kernel.organisation.OrganisationId;
import org.dualimpact.kernel.organisation.OrganisationService;
import org.dualimpact.kernel.scoring.ScorePreview;
import org.dualimpact.kernel.shared.Actor;
import org.dualimpact.kernel.shared.DomainException;
import org.dualimpact.kernel.spo.Spo;
import org.dualimpact.kernel.spo.SpoQueries;
import org.dualimpact.kernel.spo.SpoReference;
import org.dualimpact.kernel.tender.Tender;
import org.dualimpact.kernel.tender.TenderReference;
import org.dualimpact.kernel.tender.TenderService;
import org.dualimpact.kernel.tender.TenderStatus;

/**
 * The use cases the score preview page calls, with the acting actor, through the services the API calls
 * ({@code ScorePreviewResource}, {@code SpoResource}, {@code TenderResource}). A refusal of the kernel is
 * part of what the page shows (no scoring set up yet, a proposal no longer previewable), so it does not
 * roll back the page's read transaction: the page goes on reading after it.
 */
@ApplicationScoped
@Transactional(dontRollbackOn = DomainException.class)
public class PreviewActions {

    @Inject
    ScorePreview previews;

    @Inject
    SpoQueries spos;

    @Inject
    TenderService tenders;

    @Inject
    OrganisationService organisations;

    /** The SPO, if the actor may see it; otherwise {@code spo-not-found}. */
    public Spo spo(Actor actor, SpoReference reference) {
        return spos.get(actor, reference);
    }

    /** How the proposal would be valued under the tender's published scoring; the kernel's refusals as they are. */
    public ScorePreview.Preview preview(Actor actor, TenderReference tender, SpoReference proposal) {
        return previews.preview(actor, tender, List.of(proposal));
    }

    /** The tenders open for bids in the territory, soonest closing first. */
    public List<Tender> openTenders(String territory) {
        return tenders.all().stream().filter(t -> t.status() == TenderStatus.OPEN && t.territory().equals(territory))
                .sorted(Comparator.comparing(Tender::closingDate)).toList();
    }

    /** The tender, if there is one of this reference. */
    public Optional<Tender> tender(TenderReference reference) {
        try {
            return Optional.of(tenders.get(reference));
        } catch (DomainException e) {
            return Optional.empty();
        }
    }

    /** The organisation's public name, or its id if it is not registered. */
    public String name(OrganisationId id) {
        try {
            return organisations.get(id).name();
        } catch (DomainException e) {
            return id.value();
        }
    }
}
