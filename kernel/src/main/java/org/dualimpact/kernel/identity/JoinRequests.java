package org.dualimpact.kernel.identity;

import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.dualimpact.kernel.journal.AuditJournal;
import org.dualimpact.kernel.organisation.Membership;
import org.dualimpact.kernel.organisation.Organisation;
import org.dualimpact.kernel.organisation.OrganisationId;
import org.dualimpact.kernel.organisation.OrganisationKind;
import org.dualimpact.kernel.organisation.OrganisationRepository;
import org.dualimpact.kernel.organisation.OrganisationService;
import org.dualimpact.kernel.shared.Actor;
import org.dualimpact.kernel.shared.DomainException;
import org.dualimpact.kernel.shared.Role;
import org.dualimpact.kernel.shared.Validation;
import org.dualimpact.kernel.territory.TerritoryRepository;

/**
 * Joining the model: any signed-in identity applies for a supplier or provider to join a territory;
 * a buyer serving that territory, or a platform admin, approves or declines it.
 *
 * <p>Rules: the register identifier must be free and not already pending; approving registers the
 * organisation (the request's kind, serving its territory) and invites the contact e-mail as its
 * organisation admin; declining needs a reason; a decided request is never decided again.
 */
public final class JoinRequests {

    private final JoinRequestRepository requests;
    private final OrganisationRepository organisations;
    private final OrganisationService registry;
    private final TerritoryRepository territories;
    private final Invitations invitations;
    private final UserRegistry users;
    private final IdentityJournal journal;
    private final Clock clock;

    public JoinRequests(JoinRequestRepository requests, OrganisationRepository organisations, TerritoryRepository territories,
            Invitations invitations, UserRepository users, AuditJournal journal, Clock clock) {
        this.requests = Objects.requireNonNull(requests);
        this.organisations = Objects.requireNonNull(organisations);
        this.registry = new OrganisationService(organisations, territories);
        this.territories = Objects.requireNonNull(territories);
        this.invitations = Objects.requireNonNull(invitations);
        this.users = new UserRegistry(users);
        this.journal = new IdentityJournal(journal, clock);
        this.clock = Objects.requireNonNull(clock);
    }

    /** What an applicant sends. */
    public record Application(String organisationName, OrganisationKind kind, String registerId, String territory,
            String contactEmail) {
    }

    /** The approved request and the invitation sent to its contact. */
    public record Approval(JoinRequest request, Invitations.Sent invitation) {
    }

    public JoinRequest apply(Identity identity, Application application) {
        Validation check = new Validation();
        OrganisationId registerId = check.field("registerId", () -> new OrganisationId(application.registerId()));
        EmailAddress contact = check.field("contactEmail", () -> new EmailAddress(application.contactEmail()));
        check.require(application.territory() != null && territories.territory(application.territory()).isPresent(),
                "territory", "unknown territory code " + application.territory());
        check.require(application.kind() == OrganisationKind.SUPPLIER || application.kind() == OrganisationKind.PROVIDER,
                "kind", "kind is SUPPLIER or PROVIDER");
        check.field("organisationName", () -> Validation.requireText(application.organisationName(), "organisationName", 200));
        check.throwIfInvalid("invalid-join-request", "The join request cannot be made as given.");
        if (organisations.find(registerId).isPresent()) {
            throw DomainException.conflict("organisation-exists", "An organisation " + registerId + " is already registered.");
        }
        if (requests.pendingFor(registerId)) {
            throw DomainException.conflict("join-request-pending", "A request for " + registerId + " is already pending.");
        }
        User applicant = users.recognise(identity);
        JoinRequest request = new JoinRequest(JoinRequest.newId(), applicant.id(), application.organisationName(),
                application.kind(), registerId, application.territory(), contact, clock.instant(), JoinRequestState.PENDING,
                Optional.empty(), Optional.empty(), Optional.empty());
        requests.add(request);
        journal.record(new Actor(applicant.id().value(), Optional.empty(), Set.of()), request.id(), "join-apply", "",
                JoinRequestState.PENDING.name(), Optional.of(registerId), request.kind() + " " + request.territory());
        return request;
    }

    /** Pending requests the caller may decide: a buyer's for its territories, a platform admin's all. */
    public List<JoinRequest> pending(Actor actor) {
        return requests.pending(decidableTerritories(actor));
    }

    public Approval approve(Actor actor, String id) {
        JoinRequest request = decidable(actor, id, JoinRequestState.Action.APPROVE);
        Organisation organisation = registry.register(Actor.system("join-approval"), new OrganisationService.Registration(
                request.registerId().value(), request.kind(), request.organisationName(), Set.of(request.territory())));
        JoinRequest approved = request.decided(JoinRequestState.APPROVED, Optional.empty(), actor.userId(), clock.instant());
        requests.update(approved);
        journal.record(actor, id, "join-approve", request.state().name(), approved.state().name(),
                Optional.of(organisation.id()), "");
        Invitations.Sent sent = invitations.send(actor, organisation, new Invitations.Invite(request.contactEmail().value(),
                EnumSet.of(Role.ORGANISATION_ADMIN, OrganisationAdmins.roleOf(request.kind()))));
        return new Approval(approved, sent);
    }

    public JoinRequest decline(Actor actor, String id, String reason) {
        if (reason == null || reason.isBlank() || reason.strip().length() > 500) {
            throw DomainException.invalid("reason-required", "Declining a join request needs a reason of 1 to 500 characters.");
        }
        JoinRequest request = decidable(actor, id, JoinRequestState.Action.DECLINE);
        JoinRequest declined = request.decided(JoinRequestState.DECLINED, Optional.of(reason), actor.userId(), clock.instant());
        requests.update(declined);
        journal.record(actor, id, "join-decline", request.state().name(), declined.state().name(),
                Optional.of(request.registerId()), "");
        return declined;
    }

    private JoinRequest decidable(Actor actor, String id, JoinRequestState.Action action) {
        Set<String> served = decidableTerritories(actor);
        JoinRequest request = (id != null && JoinRequest.ID.matcher(id).matches() ? requests.find(id) : Optional.<JoinRequest>empty())
                .orElseThrow(() -> DomainException.notFound("join-request-not-found", "No join request has this identifier."));
        if (!served.isEmpty() && !served.contains(request.territory())) {
            throw DomainException.notPermitted("territory-not-served",
                    "Only a buyer serving " + request.territory() + ", or a platform admin, decides this request.");
        }
        if (!request.state().allows(action)) {
            throw DomainException.conflict("join-request-decided", "This join request was already " + request.state() + ".");
        }
        return request;
    }

    /** Empty for a platform admin (every territory); a buyer's organisation's territories otherwise. */
    private Set<String> decidableTerritories(Actor actor) {
        actor.require(Role.ADMIN, Role.BUYER);
        if (actor.has(Role.ADMIN) && actor.organisationId().isEmpty()) {
            return Set.of();
        }
        Organisation buyer = Membership.of(actor, organisations, OrganisationKind.BUYER,
                "only buyers decide join requests");
        return buyer.territories();
    }
}
