package org.dualimpact.kernel.organisation;

import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * An organisation taking part in the model.
 *
 * <p>Rules: the identifier never changes; the name is 1 to 200 characters; an organisation serves
 * at least one territory (a buyer's territories are those it may audit provisions in).
 */
public record Organisation(OrganisationId id, OrganisationKind kind, String name, Set<String> territories) {

    public Organisation {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("organisation name is required");
        }
        name = name.strip();
        if (name.length() > 200) {
            throw new IllegalArgumentException("organisation name is longer than 200 characters");
        }
        if (territories == null || territories.isEmpty()) {
            throw new IllegalArgumentException("an organisation serves at least one territory");
        }
        territories = Set.copyOf(new TreeSet<>(territories));
    }

    public boolean serves(String territoryCode) {
        return territories.contains(territoryCode);
    }
}
