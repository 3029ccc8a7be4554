package org.dualimpact.kernel.tender;

import java.time.Instant;

import org.dualimpact.kernel.shared.Actor;

/**
 * What awarding a tender sets in motion beyond the tender itself: the winner's proposals submitted
 * to it become agreements awaiting signatures. The SPO area implements it, so tenders know nothing
 * of SPOs and the dependency points one way (spo to tender). It runs in the award's transaction.
 */
@FunctionalInterface
public interface AwardFollowUp {

    /** Called once {@code tender} is awarded (to {@link Tender#awardedTo()}) by {@code actor} at {@code at}. */
    void awarded(Tender tender, Actor actor, Instant at);
}
