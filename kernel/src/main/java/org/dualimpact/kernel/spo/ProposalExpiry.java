package org.dualimpact.kernel.spo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.dualimpact.kernel.journal.AuditJournal;
import org.dualimpact.kernel.shared.Actor;
import org.dualimpact.kernel.shared.DomainException;
import org.dualimpact.kernel.shared.Role;
import org.dualimpact.kernel.tender.Tender;
import org.dualimpact.kernel.tender.TenderRepository;

/**
 * The nightly expiry of stale proposals: which proposals are stale, and expiring one (its content
 * purged, a tombstone and its journal entry kept). Only an operator or an administrator (the job's
 * system actor) expires.
 */
public final class ProposalExpiry {

    private final SpoRepository spos;
    private final TenderRepository tenders;
    private final SpoSteps steps;
    private final Clock clock;

    public ProposalExpiry(SpoRepository spos, TenderRepository tenders, AuditJournal journal, Clock clock) {
        this.spos = Objects.requireNonNull(spos);
        this.tenders = Objects.requireNonNull(tenders);
        this.steps = new SpoSteps(spos, journal);
        this.clock = Objects.requireNonNull(clock);
    }

    /** The nightly job expires a stale proposal; the content is purged. */
    public Spo expire(Actor system, SpoReference reference) {
        system.require(Role.OPERATOR, Role.ADMIN);
        Spo spo = spos.find(reference).orElseThrow(() -> SpoSteps.notFound(reference));
        return steps.apply(spo, spo.expire(system, clock.instant()));
    }

    /**
     * The proposals the nightly expiry job deletes: a draft or endorsed proposal created more than
     * {@code draftDays} ago; a submitted one more than {@code submittedDays} after its tender was
     * awarded (to someone else) or, if not awarded, after its closing date.
     */
    public List<SpoReference> staleProposals(int draftDays, int submittedDays) {
        if (draftDays < 0 || submittedDays < 0) {
            throw DomainException.invalid("invalid-retention", "Retention periods are 0 days or more.");
        }
        Instant now = clock.instant();
        LocalDate today = LocalDate.now(clock);
        List<SpoReference> stale = new ArrayList<>();
        for (SpoReference reference : spos.proposals()) {
            Spo spo = spos.find(reference).orElse(null);
            if (spo == null || !spo.stage().isProposal()) {
                continue;
            }
            boolean expired;
            if (spo.stage() == SpoStage.SUBMITTED) {
                Tender tender = spo.tender().flatMap(tenders::find).orElse(null);
                expired = tender != null && tender.awardedAt()
                        .map(at -> at.plus(Duration.ofDays(submittedDays)).isBefore(now))
                        .orElse(tender.closingDate().plusDays(submittedDays).isBefore(today));
            } else {
                expired = spo.createdAt().plus(Duration.ofDays(draftDays)).isBefore(now);
            }
            if (expired) {
                stale.add(reference);
            }
        }
        return stale;
    }
}
