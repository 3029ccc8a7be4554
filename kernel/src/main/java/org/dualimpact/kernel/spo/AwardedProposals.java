package org.dualimpact.kernel.spo;

import java.time.Instant;
import java.util.Objects;

import org.dualimpact.kernel.journal.AuditJournal;
import org.dualimpact.kernel.organisation.OrganisationId;
import org.dualimpact.kernel.shared.Actor;
import org.dualimpact.kernel.tender.AwardFollowUp;
import org.dualimpact.kernel.tender.Tender;

/**
 * What awarding a tender does to SPOs: the winner's proposals submitted to the tender become
 * agreements awaiting signatures, each journalled. Proposals of other suppliers stay submitted until
 * the nightly expiry.
 */
public final class AwardedProposals implements AwardFollowUp {

    private final SpoRepository spos;
    private final SpoSteps steps;

    public AwardedProposals(SpoRepository spos, AuditJournal journal) {
        this.spos = Objects.requireNonNull(spos);
        this.steps = new SpoSteps(spos, journal);
    }

    @Override
    public void awarded(Tender tender, Actor actor, Instant at) {
        OrganisationId winner = tender.awardedTo().orElseThrow();
        for (Spo spo : spos.ofTender(tender.reference())) {
            if (spo.supplier().equals(winner) && spo.stage() == SpoStage.SUBMITTED) {
                steps.apply(spo, spo.award(actor, at));
            }
        }
    }
}
