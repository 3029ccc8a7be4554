package org.dualimpact.web.security;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import org.dualimpact.kernel.shared.Actor;
import org.dualimpact.kernel.shared.DomainException;
import org.dualimpact.kernel.shared.Role;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The caller of the current request as the kernel sees it: subject, {@code org} claim and roles from
 * the {@code groups} claim (unknown groups are ignored). Resources pass {@link #get()} to kernel
 * services, which check party rules.
 */
@RequestScoped
public class CurrentActor {

    /** Name of the claim holding the caller's organisation identifier. */
    public static final String ORGANISATION_CLAIM = "org";

    @Inject
    JsonWebToken token;

    public Actor get() {
        if (token == null || token.getRawToken() == null) {
            throw DomainException.notPermitted("authentication-required", "This action needs a signed-in user.");
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String group : Optional.ofNullable(token.getGroups()).orElse(Set.of())) {
            Role.fromClaim(group).ifPresent(roles::add);
        }
        Optional<String> organisation = Optional.ofNullable(token.<Object>getClaim(ORGANISATION_CLAIM))
                .map(CurrentActor::claimText).filter(s -> !s.isBlank());
        return new Actor(token.getSubject() == null ? token.getName() : token.getSubject(), organisation, roles);
    }

    private static String claimText(Object claim) {
        String text = claim.toString();
        // JSON string claims may arrive as jakarta.json.JsonString, whose toString keeps the quotes.
        if (text.length() >= 2 && text.startsWith("\"") && text.endsWith("\"")) {
            return text.substring(1, text.length() - 1);
        }
        return text;
    }
}
