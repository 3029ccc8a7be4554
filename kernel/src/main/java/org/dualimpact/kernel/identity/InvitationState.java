package org.dualimpact.kernel.identity;

import java.util.EnumSet;
import java.util.Set;

/**
 * The states of an invitation and the actions each allows, the whole state machine in one table:
 *
 * <pre>
 *  PENDING ──accept (verified e-mail matches, before expiry)──▶ ACCEPTED
 *     ├──── revoke (organisation admin, platform admin) ──▶ REVOKED
 *     └──── expiry passes ──▶ EXPIRED (read from the expiry time, never stored)
 * </pre>
 */
public enum InvitationState {
    PENDING(EnumSet.of(Action.ACCEPT, Action.REVOKE)),
    ACCEPTED(EnumSet.noneOf(Action.class)),
    REVOKED(EnumSet.noneOf(Action.class)),
    EXPIRED(EnumSet.noneOf(Action.class));

    /** What can happen to an invitation. */
    public enum Action {
        ACCEPT, REVOKE
    }

    private final Set<Action> allowed;

    InvitationState(Set<Action> allowed) {
        this.allowed = Set.copyOf(allowed);
    }

    public boolean allows(Action action) {
        return allowed.contains(action);
    }
}
