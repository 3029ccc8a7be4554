package org.dualimpact.web.identity;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.dualimpact.kernel.identity.Invitation;
import org.dualimpact.kernel.identity.Invitations;
import org.dualimpact.kernel.identity.JoinRequest;
import org.dualimpact.kernel.identity.Members;
import org.dualimpact.kernel.identity.Membership;
import org.dualimpact.kernel.identity.MembershipKind;
import org.dualimpact.kernel.identity.SignInService;
import org.dualimpact.kernel.organisation.OrganisationId;
import org.dualimpact.kernel.organisation.OrganisationKind;
import org.dualimpact.kernel.shared.DomainException;
import org.dualimpact.kernel.shared.Role;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The identity API's views and requests. Roles travel as their claims ({@code buyer}, {@code organisation-admin}). */
public final class IdentityViews {

    private IdentityViews() {
    }

    /** One membership: the organisation (absent for the platform), its name, the roles. */
    public record MembershipView(@Schema(nullable = true) String organisation, @Schema(nullable = true) String organisationName,
            List<String> roles, @Schema(ref = "MembershipKind") MembershipKind kind) {
        static MembershipView of(SignInService.MembershipSummary summary) {
            return new MembershipView(summary.organisation().map(OrganisationId::value).orElse(null),
                    summary.organisationName().orElse(null), claims(summary.roles()), summary.kind());
        }

        static MembershipView of(Membership membership) {
            return new MembershipView(membership.organisation().map(OrganisationId::value).orElse(null), null,
                    claims(membership.roles()), membership.kind());
        }
    }

    /** The caller: pseudonymous user id, name and e-mail as last given by the provider, memberships. */
    public record MeView(String userId, @Schema(nullable = true) String name, @Schema(nullable = true) String email,
            List<MembershipView> memberships) {
        static MeView of(SignInService.Profile profile) {
            return new MeView(profile.user().value(), profile.name().orElse(null), profile.email().orElse(null),
                    profile.memberships().stream().map(MembershipView::of).toList());
        }
    }

    /** An invitation; {@code link} only in the answer to the inviter (the token is never stored). */
    public record InvitationView(String id, String organisation, String email, List<String> roles,
            @Schema(ref = "InvitationState") String state, Instant createdAt, Instant expiresAt,
            @Schema(nullable = true) String acceptedBy, @Schema(nullable = true) String link,
            @Schema(nullable = true) Boolean mailed) {
        static InvitationView of(Invitation invitation, Instant now) {
            return new InvitationView(invitation.id(), invitation.organisation().value(), invitation.email().value(),
                    claims(invitation.roles()), invitation.stateAt(now).name(), invitation.createdAt(), invitation.expiresAt(),
                    invitation.acceptedBy().map(Object::toString).orElse(null), null, null);
        }

        static InvitationView of(Invitations.Sent sent) {
            Invitation invitation = sent.invitation();
            return new InvitationView(invitation.id(), invitation.organisation().value(), invitation.email().value(),
                    claims(invitation.roles()), invitation.state().name(), invitation.createdAt(), invitation.expiresAt(), null,
                    sent.link(), sent.mailed());
        }
    }

    /** What an inviter sends. */
    public record InvitationRequest(@Schema(required = true) String email, @Schema(required = true) List<String> roles) {
    }

    /** A member of an organisation; service accounts show the issuer and subject they sign in with. */
    public record MemberView(String userId, @Schema(nullable = true) String name, @Schema(nullable = true) String email,
            String issuer, String subject, List<String> roles, @Schema(ref = "MembershipKind") MembershipKind kind) {
        static MemberView of(Members.Member member) {
            return new MemberView(member.user().value(), member.name().orElse(null), member.email().orElse(null),
                    member.issuer(), member.subject(), claims(member.roles()), member.kind());
        }
    }

    /** New roles for a member. */
    public record RolesRequest(@Schema(required = true) List<String> roles) {
    }

    /** What an organisation admin sends to register a service account. */
    public record ServiceAccountRequest(@Schema(required = true) String issuer, @Schema(required = true) String subject,
            @Schema(required = true) String name, @Schema(required = true) List<String> roles) {
    }

    /** A join request as its applicant and its deciders see it. */
    public record JoinRequestView(String id, String organisationName, @Schema(ref = "OrganisationKind") OrganisationKind kind,
            String registerId, String territory, String contactEmail, Instant submittedAt,
            @Schema(ref = "JoinRequestState") String state, @Schema(nullable = true) String reason,
            @Schema(nullable = true) String decidedBy, @Schema(nullable = true) Instant decidedAt) {
        static JoinRequestView of(JoinRequest request) {
            return new JoinRequestView(request.id(), request.organisationName(), request.kind(), request.registerId().value(),
                    request.territory(), request.contactEmail().value(), request.submittedAt(), request.state().name(),
                    request.reason().orElse(null), request.decidedBy().orElse(null), request.decidedAt().orElse(null));
        }
    }

    /** What an applicant sends. */
    public record JoinRequestApplication(@Schema(required = true) String organisationName,
            @Schema(ref = "OrganisationKind", required = true) OrganisationKind kind, @Schema(required = true) String registerId,
            @Schema(required = true) String territory, @Schema(required = true) String contactEmail) {
    }

    /** An approved join request and the invitation sent to its contact. */
    public record ApprovalView(JoinRequestView request, InvitationView invitation) {
    }

    /** Why a join request is declined. */
    public record DeclineRequest(@Schema(required = true) String reason) {
    }

    static List<String> claims(Set<Role> roles) {
        return roles.stream().map(Role::claim).sorted().toList();
    }

    /** Role claims to roles; an unknown claim or none is refused ({@code unknown-role}). */
    static Set<Role> roles(List<String> claims) {
        if (claims == null || claims.isEmpty()) {
            throw DomainException.invalid("unknown-role", "At least one role is required.");
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String claim : claims) {
            roles.add(Role.fromClaim(claim).orElseThrow(() -> DomainException.invalid("unknown-role",
                    "Unknown role '" + claim + "'; roles are written as in tokens, such as buyer or organisation-admin.")));
        }
        return roles;
    }
}
