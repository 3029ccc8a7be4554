package org.dualimpact.kernel.diagnostic;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.dualimpact.kernel.shared.Actor;
import org.dualimpact.kernel.shared.DomainException;
import org.dualimpact.kernel.shared.Role;

/**
 * Imports and reads diagnostic frameworks. Frameworks are not confidential: any signed-in user may
 * read them. Only admins import. A name and version label identify a framework version; importing
 * the same pair again is a conflict (a framework is never altered: a revision is a new version).
 */
public final class FrameworkService {

    private final FrameworkRepository frameworks;
    private final Clock clock;

    public FrameworkService(FrameworkRepository frameworks, Clock clock) {
        this.frameworks = Objects.requireNonNull(frameworks);
        this.clock = Objects.requireNonNull(clock);
    }

    /** Imports a framework version a file defined (read by an inbound adapter). */
    public Framework importFramework(Actor actor, FrameworkDefinition definition) {
        actor.require(Role.ADMIN);
        frameworks.find(definition.name(), definition.version()).ifPresent(existing -> {
            throw DomainException.conflict("framework-exists", "'" + definition.name() + "' version " + definition.version()
                    + " is already imported as " + existing.id() + ". A framework is never altered: import a revision "
                    + "under a new version.");
        });
        Framework framework = new Framework(FrameworkId.random(), definition, clock.instant(), actor.userId());
        frameworks.add(framework);
        return framework;
    }

    /**
     * Imports the framework the product ships unless its name and version are already present;
     * used at start-up. @return the framework imported now, if any
     */
    public Optional<Framework> installDefault(Actor actor, FrameworkDefinition definition) {
        actor.require(Role.ADMIN);
        if (frameworks.find(definition.name(), definition.version()).isPresent()) {
            return Optional.empty();
        }
        Framework framework = new Framework(FrameworkId.random(), definition, clock.instant(), actor.userId());
        frameworks.add(framework);
        return Optional.of(framework);
    }

    public List<Framework> all() {
        return frameworks.all();
    }

    public Framework get(FrameworkId id) {
        return frameworks.find(id).orElseThrow(() -> FrameworkId.notFound(id));
    }
}
