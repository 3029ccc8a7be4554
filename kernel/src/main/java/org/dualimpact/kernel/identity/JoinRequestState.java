package org.dualimpact.kernel.identity;

import java.util.EnumSet;
import java.util.Set;

/**
 * The states of a join request and the actions each allows, the whole state machine in one table:
 *
 * <pre>
 *  PENDING ──approve (buyer serving the territory, or admin)──▶ APPROVED
 *     └─────decline with a reason ──────────────────────────────▶ DECLINED
 * </pre>
 */
public enum JoinRequestState {
    PENDING(EnumSet.of(Action.APPROVE, Action.DECLINE)),
    APPROVED(EnumSet.noneOf(Action.class)),
    DECLINED(EnumSet.noneOf(Action.class));

    /** What can happen to a join request. */
    public enum Action {
        APPROVE, DECLINE
    }

    private final Set<Action> allowed;

    JoinRequestState(Set<Action> allowed) {
        this.allowed = Set.copyOf(allowed);
    }

    public boolean allows(Action action) {
        return allowed.contains(action);
    }
}
