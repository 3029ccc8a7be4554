package org.dualimpact.console.acting;

import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

import org.dualimpact.kernel.identity.Membership;
import org.dualimpact.kernel.identity.SignInService.MembershipSummary;
import org.dualimpact.kernel.organisation.OrganisationId;
import org.dualimpact.kernel.shared.Role;

/**
 * One membership as the organisation chooser offers it: the value kept in the session ({@link #PLATFORM}
 * or the organisation's identifier), the label and the roles.
 */
public record Choice(String key, String label, String roles) {

    /** The key of a platform membership (admin, auditor, operator), which has no organisation. */
    public static final String PLATFORM = "platform";

    static Choice of(MembershipSummary membership) {
        String roles = membership.roles().stream().map(Role::claim).sorted().collect(Collectors.joining(", "));
        return membership.organisation()
                .map(id -> new Choice(id.value(), membership.organisationName().orElse(id.value()) + " (" + id.value() + ")", roles))
                .orElseGet(() -> new Choice(PLATFORM, "Dual Impact platform", roles));
    }

    /** The key of the membership's choice, without reading its organisation's name. */
    static String keyOf(Membership membership) {
        return membership.organisation().map(OrganisationId::value).orElse(PLATFORM);
    }

    /** The organisation to act for: none for the platform. */
    Optional<OrganisationId> organisation() {
        return PLATFORM.equals(key) ? Optional.empty() : Optional.of(new OrganisationId(key));
    }

    /** An HTML id for the choice's radio button. */
    public String htmlId() {
        return "organisation-" + key.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    }
}
