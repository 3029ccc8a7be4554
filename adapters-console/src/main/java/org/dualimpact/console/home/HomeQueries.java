package org.dualimpact.console.home;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.dualimpact.kernel.evidence.Evidence;
import org.dualimpact.kernel.evidence.EvidenceQueries;
import org.dualimpact.kernel.evidence.EvidenceStage;
import org.dualimpact.kernel.ledger.ContributionHistory;
import org.dualimpact.kernel.ledger.ContributionState;
import org.dualimpact.kernel.ledger.LedgerReads;
import org.dualimpact.kernel.organisation.OrganisationId;
import org.dualimpact.kernel.provision.ProvisionService;
import org.dualimpact.kernel.shared.Actor;
import org.dualimpact.kernel.shared.DomainException;
import org.dualimpact.kernel.shared.Role;
import org.dualimpact.kernel.spo.Spo;
import org.dualimpact.kernel.spo.SpoAction;
import org.dualimpact.kernel.spo.SpoContent;
import org.dualimpact.kernel.spo.SpoQueries;
import org.dualimpact.kernel.spo.SpoStage;

/**
 * Builds the home page from the kernel services the API uses, with the acting actor: the SPOs are
 * those {@link SpoQueries#mine} lets the organisation see, the events those SPOs' journals show it, and
 * the contributions those {@link LedgerReads} lets a party read, so nothing of another organisation appears.
 */
@ApplicationScoped
@Transactional
public class HomeQueries {

    private static final int EVENTS = 10;
    /** The newest SPOs whose journals give the recent events (one IN list of references). */
    private static final int SPOS_WITH_EVENTS = 100;

    @Inject
    SpoQueries spos;

    @Inject
    ProvisionService provisions;

    @Inject
    LedgerReads ledger;

    @Inject
    EvidenceQueries evidence;

    public Home home(Actor actor) {
        List<Spo> mine = spos.mine(actor);
        Optional<OrganisationId> org = actor.organisationId().filter(OrganisationId::isValid).map(OrganisationId::new);
        List<Home.Task> tasks = new ArrayList<>();
        org.ifPresent(o -> mine.forEach(spo -> tasks.addAll(tasks(actor, o, spo))));
        if (actor.has(Role.BUYER)) {
            provisions.auditQueue(actor).forEach(p -> tasks.add(new Home.Task("Audit", p.id().value(), p.title())));
        }
        if (actor.has(Role.HUB)) {
            tasks.addAll(evidenceTasks(actor));
        }
        return new Home(tasks, byStage(mine), events(actor, mine));
    }

    private List<Home.Task> tasks(Actor actor, OrganisationId org, Spo spo) {
        List<Home.Task> tasks = new ArrayList<>();
        String ref = spo.reference().value();
        String title = title(spo);
        SpoStage stage = spo.stage();
        boolean provider = actor.has(Role.PROVIDER) && spo.providers().contains(org);
        boolean buyer = actor.has(Role.BUYER) && spo.buyer().map(org::equals).orElse(false);
        if (provider && stage.allows(SpoAction.ENDORSE) && !spo.endorsements().contains(org)) {
            tasks.add(new Home.Task("Endorse", ref, title));
        }
        if (stage.allows(SpoAction.SIGN) && spo.allParties().contains(org)
                && spo.signatures().stream().noneMatch(s -> s.party().equals(org))) {
            tasks.add(new Home.Task("Sign", ref, title));
        }
        if (buyer && stage.allows(SpoAction.AWARD)) {
            tasks.add(new Home.Task("Award", ref, title));
        }
        if (buyer && stage.allows(SpoAction.ATTACH_CONTRACT)) {
            tasks.add(new Home.Task("Attach the contract", ref, title));
        }
        if (buyer && stage.allows(SpoAction.REVIEW)) {
            tasks.add(new Home.Task("Review", ref, title));
        }
        if (provider && stage.allows(SpoAction.VALIDATE)) {
            long waiting = ContributionHistory.of(ledger.entries(actor, Optional.of(spo.reference()), 0, Long.MAX_VALUE))
                    .counting().stream().filter(c -> c.verdict() == ContributionState.Verdict.NONE).count();
            if (waiting > 0) {
                tasks.add(new Home.Task("Confirm or dispute " + waiting + (waiting == 1 ? " contribution" : " contributions"),
                        ref, title));
            }
        }
        return tasks;
    }

    /**
     * A hub's evidence waiting for it: in review, to approve (not for its author or submitter: four eyes);
     * approved, to publish; returned to draft with a reason, to revise. None for a hub role outside a hub.
     */
    private List<Home.Task> evidenceTasks(Actor actor) {
        List<Evidence> ours;
        try {
            ours = evidence.ofMyHub(actor);
        } catch (DomainException e) {
            return List.of();
        }
        List<Home.Task> tasks = new ArrayList<>();
        for (Evidence e : ours) {
            String id = e.id().value();
            String title = e.content().title();
            boolean wroteOrSubmitted = actor.userId().equals(e.author())
                    || e.submittedBy().map(actor.userId()::equals).orElse(false);
            if (e.stage() == EvidenceStage.IN_REVIEW && !wroteOrSubmitted) {
                tasks.add(new Home.Task("Approve or return evidence", id, title));
            } else if (e.stage() == EvidenceStage.APPROVED) {
                tasks.add(new Home.Task("Publish evidence", id, title));
            } else if (e.stage() == EvidenceStage.DRAFT && e.returnReason().isPresent()) {
                tasks.add(new Home.Task("Revise returned evidence: " + e.returnReason().get(), id, title));
            }
        }
        return tasks;
    }

    private static List<Home.StageGroup> byStage(List<Spo> mine) {
        Map<String, List<Home.SpoRow>> groups = new LinkedHashMap<>();
        for (String heading : List.of("Proposals", "Agreements", "Contracted", "Reviewed", "Closed")) {
            groups.put(heading, new ArrayList<>());
        }
        for (Spo spo : mine) {
            String heading = switch (spo.stage().stage()) {
                case 1 -> "Proposals";
                case 2 -> "Agreements";
                case 3 -> "Contracted";
                case 4 -> "Reviewed";
                default -> "Closed";
            };
            groups.get(heading).add(new Home.SpoRow(spo.reference().value(), title(spo), state(spo.stage())));
        }
        List<Home.StageGroup> result = new ArrayList<>();
        groups.forEach((heading, rows) -> result.add(new Home.StageGroup(heading, List.copyOf(rows))));
        return result;
    }

    private List<Home.Event> events(Actor actor, List<Spo> mine) {
        return spos.latestEvents(actor, mine.stream().limit(SPOS_WITH_EVENTS).toList(), EVENTS).stream()
                .map(e -> new Home.Event(e.at(), e.subject(), e.action(), e.fromState(), e.toState()))
                .toList();
    }

    private static String title(Spo spo) {
        return spo.content().map(SpoContent::title).orElse(spo.reference().value());
    }

    static String state(SpoStage stage) {
        return stage.name().charAt(0) + stage.name().substring(1).toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
