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

    /** The two file formats. */
    public enum Format {
        CSV, JSON
    }

    /** An import: the file, its format, for CSV the metadata, and whether it is the caller's local catalogue. */
    public record ImportRequest(Format format, String text, CatalogueFile.CsvHeader csvHeader, boolean local) {
    }

    public Catalogue importCatalogue(Actor actor, ImportRequest request) {
        Optional<Organisation> owner = Optional.empty();
        if (request.local()) {
            actor.require(Role.BUYER);
            owner = Optional.of(Membership.of(actor, organisations, OrganisationKind.BUYER, "local catalogues belong to buyers."));
        } else {
            actor.require(Role.ADMIN);
        }
        CatalogueFile.Content content = switch (request.format()) {
            case CSV -> CatalogueFile.parseCsv(request.text(), request.csvHeader());
            case JSON -> CatalogueFile.parseJson(request.text());
        };
        checkCrosswalk(content);
        if (owner.isEmpty()) {
            catalogues.findShared(content.name(), content.edition()).ifPresent(existing -> {
                throw DomainException.conflict("catalogue-exists", "The shared catalogue '" + content.name() + "' edition '"
                        + content.edition() + "' is already imported as " + existing.id() + ".");
            });
        }
        Catalogue catalogue = new Catalogue(CatalogueId.random(), content.name(), content.edition(),
                owner.map(Organisation::id), Optional.empty(), content.illustrative(), content.attribution(), content.sources(),
                content.defaults(), content.measures(), clock.instant(), actor.userId(), 0);
        return stored(catalogue, catalogues.add(catalogue));
    }

    /** Installs the shipped illustrative catalogue unless present (start-up). */
    public Optional<Catalogue> installIllustrative(Actor actor) {
        actor.require(Role.ADMIN);
        CatalogueFile.Content content = CatalogueFile.parseJson(CatalogueFile.illustrativeText());
        if (catalogues.findShared(content.name(), content.edition()).isPresent()) {
            return Optional.empty();
        }
        checkCrosswalk(content);
        Catalogue catalogue = new Catalogue(CatalogueId.random(), content.name(), content.edition(), Optional.empty(),
                Optional.empty(), content.illustrative(), content.attribution(), content.sources(), content.defaults(),
                content.measures(), clock.instant(), actor.userId(), 0);
        return Optional.of(stored(catalogue, catalogues.add(catalogue)));
    }

    /** A buyer's local copy of a catalogue it can see, to weight and re-value. */
    public Catalogue deriveLocal(Actor actor, String sourceId, String name, String edition) {
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
    public Catalogue setWeight(Actor actor, String id, long expectedVersion, String code, BigDecimal weight) {
        Catalogue catalogue = ownLocal(actor, id, expectedVersion);
        Measure measure = measure(catalogue, code);
        Validation validation = new Validation();
        Measure changed = validation.field("weight", () -> measure.withLocalWeight(Objects.requireNonNull(weight,
                "weight is required")));
        validation.throwIfInvalid("invalid-weight", "The local weight cannot be set as given.");
        return store(catalogue.with(changed));
    }

    /** Sets (adds or replaces) the proxy value of one year of a measure of the caller's local catalogue. */
    public Catalogue setProxy(Actor actor, String id, long expectedVersion, String code, int year, BigDecimal gbpPerUnit,
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

    public Catalogue get(Actor actor, String id) {
        return find(id).filter(c -> canSee(actor, c)).orElseThrow(() -> notFound(id));
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

    private Catalogue ownLocal(Actor actor, String id, long expectedVersion) {
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

    private void checkCrosswalk(CatalogueFile.Content content) {
        Map<String, Set<String>> criteria = new HashMap<>();
        for (ValueFramework framework : frameworks.all()) {
            Set<String> ids = criteria.computeIfAbsent(framework.definition().key(), k -> new HashSet<>());
            framework.definition().criteria().forEach(p -> ids.add(p.criterion().id()));
        }
        List<FieldError> errors = new ArrayList<>();
        for (Measure measure : content.measures()) {
            for (CriterionLink link : measure.criteria()) {
                Set<String> known = criteria.get(link.framework());
                String place = content.places().getOrDefault(measure.code(), measure.code());
                if (known == null) {
                    errors.add(new FieldError(field(place) + ".criteria", place + ": measure " + measure.code()
                            + " links to framework '" + link.framework() + "', which is not imported (known: "
                            + new java.util.TreeSet<>(criteria.keySet()) + ")"));
                } else if (!known.contains(link.criterion())) {
                    errors.add(new FieldError(field(place) + ".criteria", place + ": measure " + measure.code()
                            + " links to criterion '" + link.criterion() + "', which framework '" + link.framework()
                            + "' does not have"));
                }
            }
        }
        if (!errors.isEmpty()) {
            throw CatalogueFile.invalid(errors);
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

    static DomainException notFound(String id) {
        return DomainException.notFound("catalogue-not-found", "No catalogue has the identifier " + id + ".");
    }
}
