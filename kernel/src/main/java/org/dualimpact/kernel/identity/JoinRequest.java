package org.dualimpact.kernel.identity;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

import org.dualimpact.kernel.organisation.OrganisationId;
import org.dualimpact.kernel.organisation.OrganisationKind;

/**
 * A supplier's or provider's application to join a territory of the model: who applied, the
 * organisation's name, kind and register identifier, the territory and a contact e-mail; then the
 * decision, with a reason when declined.
 *
 * <p>Rules: id {@code jrq-} and 26 base32 characters; kind SUPPLIER or PROVIDER; name 1 to 200
 * characters; a declined request has a reason; a decided request names who decided and when.
 */
public record JoinRequest(String id, UserId applicant, String organisationName, OrganisationKind kind,
        OrganisationId registerId, String territory, EmailAddress contactEmail, Instant submittedAt,
        JoinRequestState state, Optional<String> reason, Optional<String> decidedBy, Optional<Instant> decidedAt) {

    /** The shape of an identifier. */
    public static final Pattern ID = Pattern.compile("jrq-[a-z2-7]{26}");

    public JoinRequest {
        if (id == null || !ID.matcher(id).matches()) {
            throw new IllegalArgumentException("a join request identifier is jrq- and 26 base32 characters");
        }
        Objects.requireNonNull(applicant, "applicant");
        if (organisationName == null || organisationName.isBlank() || organisationName.strip().length() > 200) {
            throw new IllegalArgumentException("the organisation name is 1 to 200 characters");
        }
        organisationName = organisationName.strip();
        if (kind != OrganisationKind.SUPPLIER && kind != OrganisationKind.PROVIDER) {
            throw new IllegalArgumentException("a supplier or a provider applies to join: kind SUPPLIER or PROVIDER");
        }
        Objects.requireNonNull(registerId, "registerId");
        Objects.requireNonNull(territory, "territory");
        Objects.requireNonNull(contactEmail, "contactEmail");
        Objects.requireNonNull(submittedAt, "submittedAt");
        Objects.requireNonNull(state, "state");
        reason = Objects.requireNonNull(reason, "reason").map(String::strip).filter(r -> !r.isEmpty());
        Objects.requireNonNull(decidedBy, "decidedBy");
        Objects.requireNonNull(decidedAt, "decidedAt");
        if (state == JoinRequestState.DECLINED && reason.isEmpty()) {
            throw new IllegalArgumentException("a declined join request gives a reason");
        }
        if ((state != JoinRequestState.PENDING) != (decidedBy.isPresent() && decidedAt.isPresent())) {
            throw new IllegalArgumentException("exactly a decided join request names who decided and when");
        }
    }

    public static String newId() {
        return Secrets.randomId("jrq-");
    }

    /** The same request with another contact address: erasure replaces the applicant's. */
    public JoinRequest withContactEmail(EmailAddress address) {
        return new JoinRequest(id, applicant, organisationName, kind, registerId, territory, address, submittedAt, state,
                reason, decidedBy, decidedAt);
    }

    public JoinRequest decided(JoinRequestState decision, Optional<String> why, String by, Instant at) {
        return new JoinRequest(id, applicant, organisationName, kind, registerId, territory, contactEmail, submittedAt,
                decision, why, Optional.of(by), Optional.of(at));
    }
}
