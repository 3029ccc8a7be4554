package org.dualimpact.web.security;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import com.nimbusds.jwt.JWTClaimsSet;

import org.dualimpact.kernel.identity.Identity;
import org.dualimpact.kernel.shared.Role;

/**
 * Who a verified token says the caller is, and what its organisation claims say, which count only
 * when {@code organisationClaimsTrusted} (the issuer is configured with
 * {@code trust-organisation-claims=true}).
 *
 * @param identity issuer, subject, e-mail (and whether the provider verified it) and name
 * @param organisationClaimsTrusted whether {@code org} and {@code groups} decide the actor
 * @param organisationClaim the {@code org} claim, if any
 * @param roleClaims the known roles of the {@code groups} claim (unknown groups are ignored)
 */
public record Caller(Identity identity, boolean organisationClaimsTrusted, Optional<String> organisationClaim,
        Set<Role> roleClaims) {

    /** Name of the claim holding the caller's organisation identifier. */
    public static final String ORGANISATION_CLAIM = "org";
    /** Name of the claim holding the caller's roles. */
    public static final String GROUPS_CLAIM = "groups";

    public Caller {
        roleClaims = roleClaims.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roleClaims));
    }

    /** The caller of a token verified as one of {@code issuer}'s. */
    static Caller of(IssuerSettings issuer, JWTClaimsSet claims) {
        Identity identity = new Identity(claims.getIssuer(), text(claims, issuer.subjectClaim()).orElse(null),
                text(claims, issuer.emailClaim()),
                verified(issuer, claims), text(claims, issuer.nameClaim()));
        Set<Role> roles = EnumSet.noneOf(Role.class);
        Object groups = claims.getClaim(GROUPS_CLAIM);
        if (groups instanceof Collection<?> list) {
            list.forEach(g -> Role.fromClaim(String.valueOf(g)).ifPresent(roles::add));
        } else if (groups instanceof String single) {
            Role.fromClaim(single).ifPresent(roles::add);
        }
        return new Caller(identity, issuer.trustOrganisationClaims(), text(claims, ORGANISATION_CLAIM), roles);
    }

    private static boolean verified(IssuerSettings issuer, JWTClaimsSet claims) {
        if (IssuerSettings.ALWAYS_VERIFIED.equals(issuer.emailVerifiedClaim())) {
            return true;
        }
        Object value = claims.getClaim(issuer.emailVerifiedClaim());
        return Boolean.TRUE.equals(value) || "true".equals(value);
    }

    private static Optional<String> text(JWTClaimsSet claims, String name) {
        Object value = claims.getClaim(name);
        return value instanceof String s && !s.isBlank() ? Optional.of(s) : Optional.empty();
    }
}
