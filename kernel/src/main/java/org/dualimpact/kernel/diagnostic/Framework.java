package org.dualimpact.kernel.diagnostic;

import java.time.Instant;
import java.util.Objects;

/**
 * A framework version as stored: its identifier, its content, and who imported it when. Immutable:
 * a framework is never altered once imported (assessments refer to its codes and descriptors); a
 * revised framework is imported as a new version.
 */
public record Framework(FrameworkId id, FrameworkDefinition definition, Instant importedAt, String importedBy) {

    public Framework {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(definition, "definition");
        Objects.requireNonNull(importedAt, "importedAt");
        Objects.requireNonNull(importedBy, "importedBy");
    }

    public String name() {
        return definition.name();
    }

    public String version() {
        return definition.version();
    }

    /** {@code Name (version 2)}. */
    public String title() {
        return definition.name() + " (version " + definition.version() + ")";
    }
}
