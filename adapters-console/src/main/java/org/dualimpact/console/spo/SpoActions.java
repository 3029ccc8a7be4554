package org.dualimpact.console.spo;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.dualimpact.kernel.journal.JournalEntry;
import org.dualimpact.kernel.provision.Provision;
import org.dualimpact.kernel.provision.ProvisionId;
import org.dualimpact.kernel.provision.ProvisionService;
import org.dualimpact.kernel.shared.Actor;
import org.dualimpact.kernel.shared.DomainException;
import org.dualimpact.kernel.spo.Spo;
import org.dualimpact.kernel.spo.SpoDrafting;
import org.dualimpact.kernel.spo.SpoQueries;
import org.dualimpact.kernel.spo.SpoReference;
import org.dualimpact.kernel.spo.SpoSubmission;

/**
 * The SPO use cases the console's pages call, each in one transaction, always with the acting actor:
 * the kernel decides who may see or change what, exactly as for the API (an SPO the actor may not see
 * is "not found").
 */
@ApplicationScoped
@Transactional
public class SpoActions {

    @Inject
    SpoQueries queries;

    @Inject
    SpoDrafting drafting;

    @Inject
    SpoSubmission submission;

    @Inject
    ProvisionService provisions;

    public Spo get(Actor actor, SpoReference reference) {
        return queries.get(actor, reference);
    }

    /** The SPO's journal, or none if the actor may see the SPO but not its history. */
    public List<JournalEntry> history(Actor actor, SpoReference reference) {
        try {
            return queries.history(actor, reference);
        } catch (DomainException e) {
            return List.of();
        }
    }

    public Provision provision(Actor actor, ProvisionId id) {
        return provisions.get(actor, id);
    }

    public Spo draft(Actor actor, SpoDrafting.ContentRequest request) {
        return drafting.draft(actor, request, Optional.empty());
    }

    public Spo edit(Actor actor, SpoReference reference, long version, SpoDrafting.ContentRequest request) {
        return drafting.edit(actor, reference, version, request);
    }

    public Spo endorse(Actor actor, SpoReference reference) {
        return submission.endorse(actor, reference);
    }
}
