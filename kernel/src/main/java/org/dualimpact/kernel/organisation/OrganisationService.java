package org.dualimpact.kernel.organisation;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.dualimpact.kernel.shared.Actor;
import org.dualimpact.kernel.shared.DomainException;
import org.dualimpact.kernel.shared.FieldError;
import org.dualimpact.kernel.shared.Role;
import org.dualimpact.kernel.shared.Validation;
import org.dualimpact.kernel.territory.TerritoryRepository;

/**
 * Registers organisations and answers who they are.
 *
 * <p>Names, kinds and territories of organisations are not confidential: any signed-in user may
 * read them (suppliers must know which providers and buyers exist). Only admins register.
 */
public final class OrganisationService {

    private final OrganisationRepository organisations;
    private final TerritoryRepository territories;

    public OrganisationService(OrganisationRepository organisations, TerritoryRepository territories) {
        this.organisations = Objects.requireNonNull(organisations);
        this.territories = Objects.requireNonNull(territories);
    }

    /** What an admin asks to register. Plain strings: the service validates them and names each bad field. */
    public record Registration(String id, OrganisationKind kind, String name, Set<String> territories) {
    }

    public Organisation register(Actor actor, Registration request) {
        actor.require(Role.ADMIN);
        Organisation organisation = validate(request);
        if (organisations.find(organisation.id()).isPresent()) {
            throw DomainException.conflict("organisation-exists",
                    "An organisation with the identifier " + organisation.id() + " is already registered.");
        }
        organisations.add(organisation);
        return organisation;
    }

    /** Registers the organisation unless one with its identifier exists; used by data loads. */
    public boolean registerIfAbsent(Actor actor, Registration request) {
        actor.require(Role.ADMIN);
        Organisation organisation = validate(request);
        if (organisations.find(organisation.id()).isPresent()) {
            return false;
        }
        organisations.add(organisation);
        return true;
    }

    public List<Organisation> all() {
        return organisations.all();
    }

    public Organisation get(OrganisationId id) {
        return organisations.find(id).orElseThrow(() -> OrganisationId.notFound(id));
    }

    private Organisation validate(Registration request) {
        List<FieldError> errors = new ArrayList<>();
        OrganisationId id = null;
        try {
            id = new OrganisationId(request.id());
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError("id", e.getMessage()));
        }
        if (request.kind() == null) {
            errors.add(new FieldError("kind", "kind is required: BUYER, SUPPLIER, PROVIDER or HUB"));
        }
        try {
            Validation.requireText(request.name(), "name", 200);
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError("name", e.getMessage()));
        }
        Set<String> served = request.territories() == null ? Set.of() : request.territories();
        if (served.isEmpty()) {
            errors.add(new FieldError("territories", "at least one territory code is required"));
        }
        for (String code : served) {
            if (code == null || territories.territory(code).isEmpty()) {
                errors.add(new FieldError("territories", "unknown territory code " + code));
            }
        }
        if (!errors.isEmpty()) {
            throw new DomainException(DomainException.Kind.INVALID_INPUT, "invalid-organisation",
                    "The organisation cannot be registered as given.", errors);
        }
        return new Organisation(id, request.kind(), request.name(), served);
    }
}
