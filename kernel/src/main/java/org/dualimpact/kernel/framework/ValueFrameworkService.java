package org.dualimpact.kernel.framework;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.dualimpact.kernel.shared.Actor;
import org.dualimpact.kernel.shared.DomainException;
import org.dualimpact.kernel.shared.Role;

/**
 * Imports, replaces and reads social value frameworks. Frameworks are public policy: any signed-in
 * user reads them. Only admins import or replace. A key and an edition label identify an edition;
 * people name one by its identifier or by the key ({@link ValueFrameworkReference});
 * importing the same pair again is a conflict. An edition no tender uses may be replaced in place
 * (a corrected file); once a tender draws criteria from it, it is frozen ({@code framework-in-use})
 * and a correction is imported as a new edition.
 */
public final class ValueFrameworkService {

    private final ValueFrameworkRepository frameworks;
    private final Clock clock;

    public ValueFrameworkService(ValueFrameworkRepository frameworks, Clock clock) {
        this.frameworks = Objects.requireNonNull(frameworks);
        this.clock = Objects.requireNonNull(clock);
    }

    /** Imports a framework edition a file defined (read by an inbound adapter). */
    public ValueFramework importFramework(Actor actor, ValueFrameworkDefinition definition) {
        actor.require(Role.ADMIN);
        requireFree(definition, null);
        ValueFramework framework = new ValueFramework(ValueFrameworkId.random(), definition, clock.instant(), actor.userId(),
                false);
        frameworks.add(framework);
        return framework;
    }

    /** Replaces the content of an edition no tender uses yet (a corrected file). */
    public ValueFramework replace(Actor actor, ValueFrameworkId id, ValueFrameworkDefinition definition) {
        actor.require(Role.ADMIN);
        ValueFramework existing = get(id);
        if (frameworks.usedByTender(existing.id())) {
            throw DomainException.conflict("framework-in-use", existing.label() + " is used by a tender and is frozen; "
                    + "import the corrected file as a new edition instead.");
        }
        requireFree(definition, existing.id());
        ValueFramework replaced = new ValueFramework(existing.id(), definition, clock.instant(), actor.userId(), false);
        frameworks.replace(replaced);
        return replaced;
    }

    /** Installs the shipped editions that are not stored yet (start-up). @return those installed now */
    public List<ValueFramework> installShipped(Actor actor, List<ValueFrameworkDefinition> shipped) {
        actor.require(Role.ADMIN);
        List<ValueFramework> installed = new ArrayList<>();
        for (ValueFrameworkDefinition definition : shipped) {
            if (frameworks.find(definition.key(), definition.edition()).isEmpty()) {
                ValueFramework framework = new ValueFramework(ValueFrameworkId.random(), definition, clock.instant(),
                        actor.userId(), true);
                frameworks.add(framework);
                installed.add(framework);
            }
        }
        return installed;
    }

    public List<ValueFramework> all() {
        return frameworks.all();
    }

    public ValueFramework get(ValueFrameworkId id) {
        return frameworks.find(id).orElseThrow(() -> ValueFrameworkId.notFound(id));
    }

    /** The edition a reference names: its identifier, or a framework key for the key's latest edition. */
    public ValueFramework named(String reference) {
        return find(reference).orElseThrow(() -> DomainException.notFound("framework-not-found",
                "No social value framework " + reference + "; name " + accepted() + "."));
    }

    /** The edition a reference names: its identifier, or a framework key ({@link ValueFrameworkReference}). */
    public Optional<ValueFramework> find(String reference) {
        return ValueFrameworkReference.resolve(frameworks, reference);
    }

    /** What a reference may be, for a refusal. */
    public String accepted() {
        return ValueFrameworkReference.accepted(frameworks);
    }

    public boolean frozen(ValueFramework framework) {
        return frameworks.usedByTender(framework.id());
    }

    private void requireFree(ValueFrameworkDefinition definition, ValueFrameworkId self) {
        frameworks.find(definition.key(), definition.edition()).filter(f -> !f.id().equals(self)).ifPresent(existing -> {
            throw DomainException.conflict("framework-exists", "'" + definition.key() + "' edition '" + definition.edition()
                    + "' is already imported as " + existing.id() + ". Import a revision under a new edition label.");
        });
    }
}
