package org.dualimpact.kernel.evidence;

import java.util.EnumSet;
import java.util.Set;

/**
 * The states of a piece of evidence and, for each, the actions it allows — the whole state machine in
 * one table:
 *
 * <pre>
 *  DRAFT ──submit──▶ IN_REVIEW ──approve (another hub member)──▶ APPROVED ──publish──▶ PUBLISHED ──withdraw──▶ WITHDRAWN
 *    ▲  edit, attach     │ return (with a reason)                   │ return
 *    └───────────────────┴──────────────────────────────────────────┘
 * </pre>
 */
public enum EvidenceStage {
    DRAFT(EnumSet.of(Action.EDIT, Action.ATTACH, Action.SUBMIT)),
    IN_REVIEW(EnumSet.of(Action.APPROVE, Action.RETURN)),
    APPROVED(EnumSet.of(Action.PUBLISH, Action.RETURN)),
    PUBLISHED(EnumSet.of(Action.WITHDRAW)),
    WITHDRAWN(EnumSet.noneOf(Action.class));

    /** What a hub member does to evidence. */
    public enum Action {
        EDIT, ATTACH, SUBMIT, APPROVE, RETURN, PUBLISH, WITHDRAW
    }

    private final Set<Action> allowed;

    EvidenceStage(Set<Action> allowed) {
        this.allowed = allowed;
    }

    public boolean allows(Action action) {
        return allowed.contains(action);
    }

    /** The stage an action leads to from here (only for an action this stage allows). */
    public EvidenceStage after(Action action) {
        return switch (action) {
            case EDIT, ATTACH -> DRAFT;
            case SUBMIT -> IN_REVIEW;
            case APPROVE -> APPROVED;
            case RETURN -> DRAFT;
            case PUBLISH -> PUBLISHED;
            case WITHDRAW -> WITHDRAWN;
        };
    }
}
