package org.dualimpact.kernel.identity;

import static org.dualimpact.kernel.identity.IdentityFixture.BUYER;
import static org.dualimpact.kernel.identity.IdentityFixture.PLATFORM_ADMIN;
import static org.dualimpact.kernel.identity.IdentityFixture.person;
import static org.dualimpact.kernel.identity.IdentityFixture.tokenOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.Set;

import org.dualimpact.kernel.organisation.OrganisationId;
import org.dualimpact.kernel.organisation.OrganisationKind;
import org.dualimpact.kernel.organisation.OrganisationService;
import org.dualimpact.kernel.shared.Actor;
import org.dualimpact.kernel.shared.DomainException;
import org.dualimpact.kernel.shared.Role;
import org.junit.jupiter.api.Test;

class JoinRequestsTest {

    private static final Identity APPLICANT = person("pat", "pat@larder.example.test");

    private final IdentityFixture kernel = new IdentityFixture();
    private final Actor tvpBuyer = new Actor("usr-cccccccccccccccccccccccccc", Optional.of(BUYER.value()), Set.of(Role.BUYER));

    private static JoinRequests.Application larder(String territory) {
        return new JoinRequests.Application("Reading Community Larder", OrganisationKind.PROVIDER, "GB-CHC-1190002", territory,
                "hello@larder.example.test");
    }

    @Test
    void anApplicationIsPendingForTheTerritorysBuyers() {
        JoinRequest request = kernel.joinRequests.apply(APPLICANT, larder("E23000029"));

        assertEquals(JoinRequestState.PENDING, request.state());
        assertEquals(1, kernel.joinRequests.pending(tvpBuyer).size());
    }

    @Test
    void everyBadFieldIsNamed() {
        DomainException e = assertThrows(DomainException.class, () -> kernel.joinRequests.apply(APPLICANT,
                new JoinRequests.Application(" ", OrganisationKind.BUYER, "GB-CHC-12AB", "E99999999", "nope")));

        assertEquals("invalid-join-request", e.code());
        assertEquals(5, e.fieldErrors().size());
    }

    @Test
    void aRegisteredOrganisationCannotApply() {
        DomainException e = assertThrows(DomainException.class, () -> kernel.joinRequests.apply(APPLICANT,
                new JoinRequests.Application("Acme", OrganisationKind.SUPPLIER, "GB-COH-09000001", "E23000029", "a@acme.example.test")));

        assertEquals("organisation-exists", e.code());
    }

    @Test
    void aSecondPendingApplicationIsRefused() {
        kernel.joinRequests.apply(APPLICANT, larder("E23000029"));

        DomainException e = assertThrows(DomainException.class, () -> kernel.joinRequests.apply(APPLICANT, larder("E23000029")));

        assertEquals("join-request-pending", e.code());
    }

    @Test
    void aBuyerSeesOnlyItsTerritoriesRequests() {
        kernel.joinRequests.apply(APPLICANT, larder("E23000030"));

        assertTrue(kernel.joinRequests.pending(tvpBuyer).isEmpty());
        assertEquals(1, kernel.joinRequests.pending(PLATFORM_ADMIN).size());
    }

    @Test
    void approvalRegistersTheOrganisationAndInvitesTheContactAsItsAdmin() {
        JoinRequest request = kernel.joinRequests.apply(APPLICANT, larder("E23000029"));

        JoinRequests.Approval approval = kernel.joinRequests.approve(tvpBuyer, request.id());

        assertEquals(JoinRequestState.APPROVED, approval.request().state());
        assertEquals(OrganisationKind.PROVIDER, kernel.organisations.find(new OrganisationId("GB-CHC-1190002")).orElseThrow().kind());
        Membership membership = kernel.invitations.accept(person("pat", "hello@larder.example.test"), tokenOf(approval.invitation()));
        assertEquals(Set.of(Role.ORGANISATION_ADMIN, Role.PROVIDER), membership.roles());
    }

    @Test
    void aBuyerNotServingTheTerritoryMayNotDecide() {
        JoinRequest request = kernel.joinRequests.apply(APPLICANT, larder("E23000030"));

        DomainException e = assertThrows(DomainException.class, () -> kernel.joinRequests.approve(tvpBuyer, request.id()));

        assertEquals("territory-not-served", e.code());
        assertEquals(DomainException.Kind.NOT_PERMITTED, e.kind());
    }

    @Test
    void aSupplierMayNotDecide() {
        JoinRequest request = kernel.joinRequests.apply(APPLICANT, larder("E23000029"));
        Actor supplier = new Actor("usr-dddddddddddddddddddddddddd", Optional.of("GB-COH-09000001"), Set.of(Role.SUPPLIER));

        DomainException e = assertThrows(DomainException.class, () -> kernel.joinRequests.approve(supplier, request.id()));

        assertEquals("role-required", e.code());
    }

    @Test
    void aDeclineKeepsItsReason() {
        JoinRequest request = kernel.joinRequests.apply(APPLICANT, larder("E23000029"));

        JoinRequest declined = kernel.joinRequests.decline(PLATFORM_ADMIN, request.id(), "Not a registered charity");

        assertEquals(JoinRequestState.DECLINED, declined.state());
        assertEquals(Optional.of("Not a registered charity"), declined.reason());
        assertTrue(kernel.organisations.find(new OrganisationId("GB-CHC-1190002")).isEmpty());
    }

    @Test
    void aDeclineNeedsAReason() {
        JoinRequest request = kernel.joinRequests.apply(APPLICANT, larder("E23000029"));

        DomainException e = assertThrows(DomainException.class, () -> kernel.joinRequests.decline(tvpBuyer, request.id(), " "));

        assertEquals("reason-required", e.code());
    }

    @Test
    void aDecidedRequestIsNotDecidedAgain() {
        JoinRequest request = kernel.joinRequests.apply(APPLICANT, larder("E23000029"));
        kernel.joinRequests.decline(tvpBuyer, request.id(), "Duplicate");

        DomainException e = assertThrows(DomainException.class, () -> kernel.joinRequests.approve(tvpBuyer, request.id()));

        assertEquals("join-request-decided", e.code());
    }

    @Test
    void anUnknownRequestIsNotFound() {
        DomainException e = assertThrows(DomainException.class, () -> kernel.joinRequests.approve(tvpBuyer, "jrq-nope"));

        assertEquals("join-request-not-found", e.code());
    }

    @Test
    void anOrganisationRegisteredMeanwhileMakesApprovalConflict() {
        JoinRequest request = kernel.joinRequests.apply(APPLICANT, larder("E23000029"));
        new OrganisationService(kernel.organisations, kernel.territories).register(PLATFORM_ADMIN, new OrganisationService.Registration(
                "GB-CHC-1190002", OrganisationKind.PROVIDER, "Larder", Set.of("E23000029")));

        DomainException e = assertThrows(DomainException.class, () -> kernel.joinRequests.approve(tvpBuyer, request.id()));

        assertEquals("organisation-exists", e.code());
    }

    @Test
    void decisionsAreJournaled() {
        JoinRequest request = kernel.joinRequests.apply(APPLICANT, larder("E23000029"));

        kernel.joinRequests.approve(tvpBuyer, request.id());

        var entries = kernel.journal.about(request.id());
        assertEquals("join-apply", entries.get(0).action());
        assertEquals("join-approve", entries.get(1).action());
        assertEquals(tvpBuyer.userId(), entries.get(1).actor());
    }
}
