package org.dualimpact.kernel.catalogue;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.dualimpact.kernel.framework.ValueFramework;
import org.dualimpact.kernel.framework.ValueFrameworkRepository;
import org.dualimpact.kernel.organisation.Membership;
import org.dualimpact.kernel.organisation.Organisation;
import org.dualimpact.kernel.organisation.OrganisationKind;
import org.dualimpact.kernel.organisation.OrganisationRepository;
import org.dualimpact.kernel.shared.Actor;
import org.dualimpact.kernel.shared.DomainException;
import org.dualimpact.kernel.shared.FieldError;
import org.dualimpact.kernel.shared.Role;
import org.dualimpact.kernel.shared.Validation;

/**
 * Imports, derives, adjusts and reads measures catalogues.
 * <ul>
 * <li>Admins import shared catalogues (a buyer's licensed copy of the National TOMs is imported the
 *     same way; the product never embeds it); any signed-in user reads them.</li>
 * <li>A buyer imports or derives a local catalogue; only its own users read or change it (anyone
 *     else: not found). It sets local weights and its own proxy value per year, under optimistic
 *     locking.</li>
 * <li>Crosswalk links must name a criterion of a stored framework (any edition of that key).</li>
 * </ul>
 */
public final class CatalogueService {

    private final CatalogueRepository catalogues;
    private final ValueFrameworkRepository frameworks;
    private final OrganisationRepository organisations;
    private final Clock clock;

    public CatalogueService(CatalogueRepository catalogues, ValueFrameworkRepository frameworks,
            OrganisationRepository organisations, Clock clock) {
        this.catalogues = Objects.requireNonNull(catalogues);
        this.frameworks = Objects.requireNonNull(frameworks);
        this.organisations = Objects.requireNonNull(organisations);
        this.clock = Objects.requireNonNull(clock);
    }

    /**
     * Imports a catalogue a file defined (read by an inbound adapter): a shared one (admin) or, when
     * {@code local}, one of the caller's buyer organisation. Crosswalk links must name criteria of
     * stored frameworks; a refusal names the measure's place in the file.
     */
    public Catalogue importCatalogue(Actor actor, CatalogueDefinition definition, boolean local) {
        Optional<Organisation> owner = Optional.empty();
        if (local) {
            actor.require(Role.BUYER);
            owner = Optional.of(Membership.of(actor, organisations, OrganisationKind.BUYER, "local catalogues belong to buyers."));
        } else {
            actor.require(Role.ADMIN);
        }
        checkCrosswalk(definition);
        if (owner.isEmpty()) {
            catalogues.findShared(definition.name(), definition.edition()).ifPresent(existing -> {
                throw DomainException.conflict("catalogue-exists", "The shared catalogue '" + definition.name() + "' edition '"
                        + definition.edition() + "' is already imported as " + existing.id() + ".");
            });
        }
        Catalogue catalogue = newCatalogue(actor, definition, owner);
        return stored(catalogue, catalogues.add(catalogue));
    }

    /** Installs the shipped illustrative catalogue unless present (start-up). */
    public Optional<Catalogue> installIllustrative(Actor actor, CatalogueDefinition definition) {
        actor.require(Role.ADMIN);
        if (catalogues.findShared(definition.name(), definition.edition()).isPresent()) {
            return Optional.empty();
        }
        checkCrosswalk(definition);
        Catalogue catalogue = newCatalogue(actor, definition, Optional.empty());
        return Optional.of(stored(catalogue, catalogues.add(catalogue)));
    }

    /** The refusal of a catalogue file: nothing imported, every problem listed with its place. */
    public static DomainException invalid(List<FieldError> errors) {
        return new DomainException(DomainException.Kind.INVALID_INPUT, "invalid-catalogue", "The catalogue cannot be "
                + "imported: nothing was imported; every problem is listed with its line.", errors);
    }

    private Catalogue newCatalogue(Actor actor, CatalogueDefinition d, Optional<Organisation> owner) {
        return new Catalogue(CatalogueId.random(), d.name(), d.edition(), owner.map(Organisation::id), Optional.empty(),
                d.illustrative(), d.attribution(), d.sources(), d.defaults(), d.measures(), clock.instant(), actor.userId(), 0);
    }

    /** A buyer's local copy of a catalogue it can see, to weight and re-value. */
    public Catalogue deriveLocal(Actor actor, CatalogueId sourceId, String name, String edition) {
        actor.require(Role.BUYER);
        Organisation buyer = Membership.of(actor, organisations, OrganisationKind.BUYER, "local catalogues belong to buyers.");
        Catalogue source = get(actor, sourceId);
        Validation validation = new Validation();
        String localName = validation.field("name", () -> Validation.requireText(name == null ? source.name() + " - "
                + buyer.name() : name, "name", 200));
        String localEdition = validation.field("edition", () -> Validation.requireText(edition == null ? source.edition()
                : edition, "edition", 100));
        validation.throwIfInvalid("invalid-catalogue", "The local catalogue cannot be created as given.");
        Catalogue local = new Catalogue(CatalogueId.random(), localName, localEdition, Optional.of(buyer.id()),
                Optional.of(source.id()), source.illustrative(), source.attribution(), source.sources(), source.defaults(),
                source.measures(), clock.instant(), actor.userId(), 0);
        return stored(local, catalogues.add(local));
    }

    /** Sets the local weight of a measure of the caller's local catalogue. */
    public Catalogue setWeight(Actor actor, CatalogueId id, long expectedVersion, String code, BigDecimal weight) {
        Catalogue catalogue = ownLocal(actor, id, expectedVersion);
        Measure measure = measure(catalogue, code);
        Validation validation = new Validation();
        Measure changed = validation.field("weight", () -> measure.withLocalWeight(Objects.requireNonNull(weight,
                "weight is required")));
        validation.throwIfInvalid("invalid-weight", "The local weight cannot be set as given.");
        return store(catalogue.with(changed));
    }

    /** Sets (adds or replaces) the proxy value of one year of a measure of the caller's local catalogue. */
    public Catalogue setProxy(Actor actor, CatalogueId id, long expectedVersion, String code, int year, BigDecimal gbpPerUnit,
            String source) {
        Catalogue catalogue = ownLocal(actor, id, expectedVersion);
        Measure measure = measure(catalogue, code);
        Validation validation = new Validation();
        ProxyValue proxy = validation.field("proxy", () -> new ProxyValue(year, gbpPerUnit, source));
        validation.throwIfInvalid("invalid-proxy", "The proxy value cannot be set as given.");
        return store(catalogue.with(measure.withProxy(proxy)));
    }

    /** The catalogues the caller may see: every shared one and its organisation's local ones. */
    public List<Catalogue> visible(Actor actor) {
        return catalogues.all().stream().filter(c -> canSee(actor, c)).toList();
    }

    public Catalogue get(Actor actor, CatalogueId id) {
        return catalogues.find(id).filter(c -> canSee(actor, c)).orElseThrow(() -> CatalogueId.notFound(id));
    }

    /** A catalogue by identifier without a visibility check (for the kernel's own use, e.g. scoring). */
    public Optional<Catalogue> find(String id) {
        if (!CatalogueId.isValid(id)) {
            return Optional.empty();
        }
        return catalogues.find(new CatalogueId(id));
    }

    public static boolean canSee(Actor actor, Catalogue catalogue) {
        return catalogue.owner().map(o -> actor.actsFor(o.value())).orElse(true);
    }

    private Catalogue ownLocal(Actor actor, CatalogueId id, long expectedVersion) {
        actor.require(Role.BUYER);
        Catalogue catalogue = get(actor, id);
        if (!catalogue.isLocal()) {
            throw DomainException.conflict("catalogue-not-local", catalogue.label() + " is a shared catalogue and is never "
                    + "changed; derive a local catalogue from it to set your own weights and proxy values.");
        }
        if (catalogue.version() != expectedVersion) {
            throw new DomainException(DomainException.Kind.STALE, "stale-version", catalogue.label() + " has changed since "
                    + "you read it (version " + catalogue.version() + ", you sent " + expectedVersion + ").");
        }
        return catalogue;
    }

    private Catalogue store(Catalogue changed) {
        return stored(changed, catalogues.update(changed));
    }

    private static Catalogue stored(Catalogue c, long version) {
        return new Catalogue(c.id(), c.name(), c.edition(), c.owner(), c.basedOn(), c.illustrative(), c.attribution(),
                c.sources(), c.defaults(), c.measures(), c.importedAt(), c.importedBy(), version);
    }

    private static Measure measure(Catalogue catalogue, String code) {
        return catalogue.measure(code).orElseThrow(() -> DomainException.notFound("measure-not-found",
                catalogue.label() + " has no measure " + code + "."));
    }

    private void checkCrosswalk(CatalogueDefinition definition) {
        Map<String, Set<String>> criteria = new HashMap<>();
        for (ValueFramework framework : frameworks.all()) {
            Set<String> ids = criteria.computeIfAbsent(framework.definition().key(), k -> new HashSet<>());
            framework.definition().criteria().forEach(p -> ids.add(p.criterion().id()));
        }
        List<FieldError> errors = new ArrayList<>();
        for (Measure measure : definition.measures()) {
            for (CriterionLink link : measure.criteria()) {
                Set<String> known = criteria.get(link.framework());
                String place = definition.placeOf(measure);
                if (known == null) {
                    errors.add(new FieldError(field(place) + ".criteria", place + ": measure " + measure.code()
                            + " links to framework '" + link.framework() + "', which is not imported (known: "
                            + new TreeSet<>(criteria.keySet()) + ")"));
                } else if (!known.contains(link.criterion())) {
                    errors.add(new FieldError(field(place) + ".criteria", place + ": measure " + measure.code()
                            + " links to criterion '" + link.criterion() + "', which framework '" + link.framework()
                            + "' does not have"));
                }
            }
        }
        if (!errors.isEmpty()) {
            throw invalid(errors);
        }
    }

    /** {@code line 7} → {@code lines[7]}; {@code measures[2] (line 9)} → {@code measures[2]}. */
    private static String field(String place) {
        if (place.startsWith("line ")) {
            return "lines[" + place.substring(5) + "]";
        }
        int space = place.indexOf(' ');
        return space > 0 ? place.substring(0, space) : place;
    }
}
