package org.dualimpact.persistence.identity;

import java.util.EnumSet;
import java.util.Set;
import java.util.TreeSet;

import org.dualimpact.kernel.shared.Role;

/** Roles in one column: their claims, sorted, comma-separated ({@code buyer,organisation-admin}). */
final class Roles {

    private Roles() {
    }

    static String write(Set<Role> roles) {
        Set<String> claims = new TreeSet<>();
        roles.forEach(role -> claims.add(role.claim()));
        return String.join(",", claims);
    }

    static Set<Role> read(String column) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String claim : column.split(",")) {
            roles.add(Role.fromClaim(claim.strip()).orElseThrow(() -> new IllegalStateException("unknown role " + claim)));
        }
        return roles;
    }
}
