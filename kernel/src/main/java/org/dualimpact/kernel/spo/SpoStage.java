package org.dualimpact.kernel.spo;

import static org.dualimpact.kernel.spo.SpoAction.ATTACH_CONTRACT;
import static org.dualimpact.kernel.spo.SpoAction.AWARD;
import static org.dualimpact.kernel.spo.SpoAction.EDIT;
import static org.dualimpact.kernel.spo.SpoAction.ENDORSE;
import static org.dualimpact.kernel.spo.SpoAction.EXPIRE;
import static org.dualimpact.kernel.spo.SpoAction.REVIEW;
import static org.dualimpact.kernel.spo.SpoAction.SIGN;
import static org.dualimpact.kernel.spo.SpoAction.SUBMIT;
import static org.dualimpact.kernel.spo.SpoAction.VALIDATE;
import static org.dualimpact.kernel.spo.SpoAction.WITHDRAW;

import java.util.EnumSet;
import java.util.Set;

/**
 * The states of an SPO and, for each, the actions it allows — the whole state machine in one table:
 *
 * <pre>
 *  stage 1 proposal     DRAFT ──endorse (all providers)──▶ ENDORSED ──submit──▶ SUBMITTED
 *                         ▲                                  │ edit                │ award (tender won)
 *                         └──────────── edit ◀──────────────┘                     ▼
 *  stage 2 agreement                                             AWAITING_SIGNATURES ──sign (all)──▶ SIGNED
 *  stage 3 contracted                                                              attach_contract ──▶ CONTRACTED
 *  stage 4 reviewed                                                                         review ──▶ REVIEWED
 *  exits  (stage 1 only)  withdraw ──▶ WITHDRAWN     expire ──▶ EXPIRED
 * </pre>
 *
 * An existing relationship (an agreement for a supply contract that already exists) submits from
 * ENDORSED straight to AWAITING_SIGNATURES, without a tender.
 */
public enum SpoStage {
    DRAFT(1, EnumSet.of(EDIT, ENDORSE, WITHDRAW, EXPIRE)),
    ENDORSED(1, EnumSet.of(EDIT, ENDORSE, SUBMIT, WITHDRAW, EXPIRE)),
    SUBMITTED(1, EnumSet.of(AWARD, WITHDRAW, EXPIRE)),
    AWAITING_SIGNATURES(2, EnumSet.of(SIGN)),
    SIGNED(2, EnumSet.of(ATTACH_CONTRACT)),
    CONTRACTED(3, EnumSet.of(REVIEW, VALIDATE)),
    REVIEWED(4, EnumSet.of(VALIDATE)),
    WITHDRAWN(0, EnumSet.noneOf(SpoAction.class)),
    EXPIRED(0, EnumSet.noneOf(SpoAction.class));

    private final int stage;
    private final Set<SpoAction> allowed;

    SpoStage(int stage, Set<SpoAction> allowed) {
        this.stage = stage;
        this.allowed = Set.copyOf(allowed);
    }

    /** 1 proposal, 2 agreement, 3 contracted, 4 reviewed; 0 for the exits. */
    public int stage() {
        return stage;
    }

    public boolean allows(SpoAction action) {
        return allowed.contains(action);
    }

    public Set<SpoAction> allowedActions() {
        return allowed;
    }

    public boolean isProposal() {
        return stage == 1;
    }

    /** Stage 2 or later: a Dual Impact Agreement. */
    public boolean isAgreement() {
        return stage >= 2;
    }

    public boolean isClosed() {
        return stage == 0;
    }

    /** Submitted to a buyer (stage 1 SUBMITTED or any agreement stage). */
    public boolean isSubmittedOrLater() {
        return this == SUBMITTED || isAgreement();
    }

    public String describe() {
        return switch (stage) {
            case 1 -> name() + " (stage 1, proposal)";
            case 2 -> name() + " (stage 2, agreement)";
            case 3 -> name() + " (stage 3, contracted)";
            case 4 -> name() + " (stage 4, reviewed)";
            default -> name() + " (closed)";
        };
    }
}
