package org.dualimpact.kernel.identity;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.dualimpact.kernel.organisation.OrganisationId;
import org.dualimpact.kernel.shared.Role;

/**
 * An invitation to join an organisation with roles, bound to one e-mail address. Its token is
 * single-use and is stored only as its SHA-256 hash: the link goes to the invitee (and back to the
 * inviter), never into the database.
 *
 * <p>Rules: id {@code inv-} and 26 base32 characters; at least one role; expiry after creation;
 * {@code invitedBy} is the inviting actor's user id; an accepted invitation names who accepted it.
 */
public record Invitation(String id, OrganisationId organisation, EmailAddress email, Set<Role> roles, String tokenHash,
        String invitedBy, Instant createdAt, Instant expiresAt, InvitationState state, Optional<UserId> acceptedBy) {

    public Invitation {
        if (id == null || !ID.matcher(id).matches()) {
            throw new IllegalArgumentException("an invitation identifier is inv- and 26 base32 characters");
        }
        Objects.requireNonNull(organisation, "organisation");
        Objects.requireNonNull(email, "email");
        if (roles == null || roles.isEmpty()) {
            throw new IllegalArgumentException("an invitation grants at least one role");
        }
        roles = Set.copyOf(EnumSet.copyOf(roles));
        if (tokenHash == null || !tokenHash.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("the token hash is a hex SHA-256");
        }
        Objects.requireNonNull(invitedBy, "invitedBy");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
        if (!expiresAt.isAfter(createdAt)) {
            throw new IllegalArgumentException("an invitation expires after it is created");
        }
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(acceptedBy, "acceptedBy");
        if ((state == InvitationState.ACCEPTED) != acceptedBy.isPresent()) {
            throw new IllegalArgumentException("exactly an accepted invitation names who accepted it");
        }
    }

    /** The shape of an identifier. */
    public static final Pattern ID = Pattern.compile("inv-[a-z2-7]{26}");

    /** The hash under which a token is stored and looked up. */
    public static String hashOf(String token) {
        return Secrets.sha256(token);
    }

    /** A new identifier for an invitation. */
    public static String newId() {
        return Secrets.randomId("inv-");
    }

    /** The state at the given time: a pending invitation past its expiry is EXPIRED. */
    public InvitationState stateAt(Instant now) {
        return state == InvitationState.PENDING && !now.isBefore(expiresAt) ? InvitationState.EXPIRED : state;
    }

    /** The same invitation sent to another address: erasure replaces the invitee's. */
    public Invitation withEmail(EmailAddress address) {
        return new Invitation(id, organisation, address, roles, tokenHash, invitedBy, createdAt, expiresAt, state, acceptedBy);
    }

    public Invitation revoked() {
        return new Invitation(id, organisation, email, roles, tokenHash, invitedBy, createdAt, expiresAt,
                InvitationState.REVOKED, acceptedBy);
    }

    public Invitation acceptedBy(UserId user) {
        return new Invitation(id, organisation, email, roles, tokenHash, invitedBy, createdAt, expiresAt,
                InvitationState.ACCEPTED, Optional.of(user));
    }
}
