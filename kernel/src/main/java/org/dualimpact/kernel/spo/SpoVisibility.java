package org.dualimpact.kernel.spo;

import org.dualimpact.kernel.shared.Actor;
import org.dualimpact.kernel.shared.Role;

/**
 * Who may see an SPO at all — confidentiality ("at no time is this visible to ecosystem audiences"):
 * <ul>
 * <li>users of its supplier: always;</li>
 * <li>users of a named provider: always (naming them is the request to endorse);</li>
 * <li>users of the buyer it was submitted to: from submission on;</li>
 * <li>auditors: agreements (stage 2 on), never proposals;</li>
 * <li>anyone else — other suppliers above all: nothing, answered exactly like a reference that does
 *     not exist.</li>
 * </ul>
 * Any buyer may verify a contracted agreement's summary by its reference; that is
 * {@link #canVerify}, a separate, narrower read.
 */
public final class SpoVisibility {

    private SpoVisibility() {
    }

    public static boolean canSee(Actor actor, Spo spo) {
        if (actor.organisationId().isPresent()) {
            String org = actor.organisationId().get();
            if (spo.supplier().value().equals(org)) {
                return true;
            }
            if (spo.providers().stream().anyMatch(p -> p.value().equals(org))) {
                return true;
            }
            if (spo.stage().isSubmittedOrLater() && spo.buyer().map(b -> b.value().equals(org)).orElse(false)) {
                return true;
            }
        }
        return actor.has(Role.AUDITOR) && spo.stage().isAgreement();
    }

    /** The journal of an SPO: whoever can see it, and auditors for any SPO (tombstones included). */
    public static boolean canReadHistory(Actor actor, Spo spo) {
        return canSee(actor, spo) || actor.has(Role.AUDITOR);
    }

    /** The verification summary: any buyer, once the agreement is contracted; parties always. */
    public static boolean canVerify(Actor actor, Spo spo) {
        boolean contracted = spo.stage() == SpoStage.CONTRACTED || spo.stage() == SpoStage.REVIEWED;
        return contracted && (actor.has(Role.BUYER) || canSee(actor, spo));
    }
}
