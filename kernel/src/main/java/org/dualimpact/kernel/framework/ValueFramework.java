package org.dualimpact.kernel.framework;

import java.time.Instant;
import java.util.Objects;

/**
 * A social value framework edition as stored: identifier, content, who imported it when, and whether
 * the product ships it. The content is replaced only by {@link ValueFrameworkService#replace} and
 * only while no tender uses the edition; once a tender draws criteria from it, it is frozen and a
 * corrected edition is imported beside it under a new edition label.
 */
public record ValueFramework(ValueFrameworkId id, ValueFrameworkDefinition definition, Instant importedAt,
        String importedBy, boolean shipped) {

    public ValueFramework {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(definition, "definition");
        Objects.requireNonNull(importedAt, "importedAt");
        Objects.requireNonNull(importedBy, "importedBy");
    }

    /** {@code The Social Value Model (Edition 1.1 (3 Dec 2020))}. */
    public String label() {
        return definition.title() + " (" + definition.edition() + ")";
    }
}
