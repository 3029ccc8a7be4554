package org.dualimpact.kernel.evidence;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.dualimpact.kernel.journal.AuditJournal;
import org.dualimpact.kernel.organisation.OrganisationRepository;
import org.dualimpact.kernel.shared.Actor;
import org.dualimpact.kernel.shared.DomainException;
import org.dualimpact.kernel.shared.FieldError;
import org.dualimpact.kernel.shared.Validation;

/**
 * Evidence on its way to the public: submitted for review, approved by another member of the hub or
 * returned with a reason, published, withdrawn. Each step names the version it was decided on
 * (If-Match), so nobody approves or publishes words they did not read; each is journalled.
 */
public final class EvidenceReview {

    /** The journal's actions that shape what evidence says. */
    private static final Set<String> AUTHORING = Set.of("draft", "edit", "attach", "submit");

    private final HubAccess access;
    private final AuditJournal journal;
    private final Clock clock;

    public EvidenceReview(EvidenceRepository evidence, OrganisationRepository organisations, AuditJournal journal,
            Clock clock) {
        this.access = new HubAccess(Objects.requireNonNull(evidence), Objects.requireNonNull(organisations),
                Objects.requireNonNull(journal), Objects.requireNonNull(clock));
        this.journal = journal;
        this.clock = clock;
    }

    public Evidence submit(Actor actor, EvidenceId id, long expectedVersion) {
        Evidence e = read(actor, id, expectedVersion);
        EvidenceStage from = e.stage();
        e.submit(actor.userId());
        return save(e, "submit", from, actor, "");
    }

    /** Approved by a member of the hub who did not write, edit, attach to or submit it (the journal says who did). */
    public Evidence approve(Actor actor, EvidenceId id, long expectedVersion) {
        Evidence e = read(actor, id, expectedVersion);
        if (journal.about(id.value()).stream().anyMatch(j -> AUTHORING.contains(j.action()) && j.actor().equals(actor.userId()))) {
            throw DomainException.notPermitted("four-eyes", "Evidence is approved by a member of the hub who did not write, "
                    + "edit, attach to or submit it.");
        }
        EvidenceStage from = e.stage();
        e.approve(actor.userId());
        return save(e, "approve", from, actor, "");
    }

    public Evidence returnToDraft(Actor actor, EvidenceId id, long expectedVersion, String reason) {
        String why;
        try {
            why = Validation.requireText(reason, "reason", 1000);
        } catch (IllegalArgumentException | NullPointerException ex) {
            throw new DomainException(DomainException.Kind.INVALID_INPUT, "invalid-return", "A return says why: "
                    + "a reason of 1 to 1,000 characters is required.", List.of(new FieldError("reason", "is required")));
        }
        Evidence e = read(actor, id, expectedVersion);
        EvidenceStage from = e.stage();
        e.returnToDraft(why);
        return save(e, "return", from, actor, "");
    }

    public Evidence publish(Actor actor, EvidenceId id, long expectedVersion) {
        Evidence e = read(actor, id, expectedVersion);
        EvidenceStage from = e.stage();
        e.publish(clock.instant());
        return save(e, "publish", from, actor, "");
    }

    public Evidence withdraw(Actor actor, EvidenceId id, long expectedVersion) {
        Evidence e = read(actor, id, expectedVersion);
        EvidenceStage from = e.stage();
        e.withdraw();
        return save(e, "withdraw", from, actor, "");
    }

    private Evidence read(Actor actor, EvidenceId id, long expectedVersion) {
        Evidence e = access.own(actor, id);
        HubAccess.requireVersion(e, expectedVersion);
        return e;
    }

    private Evidence save(Evidence e, String action, EvidenceStage from, Actor actor, String detail) {
        access.update(e);
        access.record(e, action, from, actor, detail);
        return e;
    }
}
