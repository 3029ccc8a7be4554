package org.dualimpact.kernel.evidence;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.dualimpact.kernel.journal.AuditJournal;
import org.dualimpact.kernel.organisation.Organisation;
import org.dualimpact.kernel.organisation.OrganisationId;
import org.dualimpact.kernel.organisation.OrganisationKind;
import org.dualimpact.kernel.organisation.OrganisationRepository;
import org.dualimpact.kernel.shared.Actor;
import org.dualimpact.kernel.shared.DomainException;
import org.dualimpact.kernel.shared.FieldError;
import org.dualimpact.kernel.shared.Validation;
import org.dualimpact.kernel.territory.TerritoryRepository;

/**
 * A research hub drafts evidence, edits it and attaches its documents. What it says is checked here:
 * title, summary and method; a period that has begun and ended, not in the future; at least one
 * provider or territory, every provider a registered community provider, every territory one the hub
 * serves; outcome and measure codes. A document's SHA-256 is computed here from its content.
 */
public final class EvidenceDrafting {

    private static final String CODE = "[A-Za-z0-9][A-Za-z0-9 ._:/-]{0,39}";

    private final EvidenceRepository evidence;
    private final OrganisationRepository organisations;
    private final TerritoryRepository territories;
    private final HubAccess access;
    private final Clock clock;

    /** What a hub sends: codes as text, parsed here. */
    public record EvidenceRequest(String title, String summary, String method, LocalDate periodFrom, LocalDate periodTo,
            Set<String> providers, Set<String> territories, Set<String> outcomes, Set<String> measures) {
    }

    public EvidenceDrafting(EvidenceRepository evidence, OrganisationRepository organisations, TerritoryRepository territories,
            AuditJournal journal, Clock clock) {
        this.evidence = Objects.requireNonNull(evidence);
        this.organisations = Objects.requireNonNull(organisations);
        this.territories = Objects.requireNonNull(territories);
        this.access = new HubAccess(evidence, organisations, journal, clock);
        this.clock = Objects.requireNonNull(clock);
    }

    public Evidence draft(Actor actor, EvidenceRequest request) {
        Organisation hub = access.hub(actor);
        Evidence created = new Evidence(EvidenceId.random(), hub.id(), actor.userId(), clock.instant(),
                check(hub, request, "The evidence cannot be saved as given."), List.of(), EvidenceStage.DRAFT, null, null,
                null, null, 0);
        evidence.add(created);
        access.record(created, "draft", EvidenceStage.DRAFT, actor, "");
        return created;
    }

    public Evidence edit(Actor actor, EvidenceId id, long expectedVersion, EvidenceRequest request) {
        Evidence e = access.own(actor, id);
        HubAccess.requireVersion(e, expectedVersion);
        e.revise(check(access.hub(actor), request, "The evidence cannot be saved as given."));
        access.update(e);
        access.record(e, "edit", EvidenceStage.DRAFT, actor, "");
        return e;
    }

    /** Attaches a document; its SHA-256 names it. */
    public EvidenceDocument attach(Actor actor, EvidenceId id, String name, String mediaType, byte[] content) {
        Evidence e = access.own(actor, id);
        EvidenceDocument document;
        try {
            document = new EvidenceDocument(name, mediaType, content.length, sha256(content));
        } catch (IllegalArgumentException ex) {
            throw new DomainException(DomainException.Kind.INVALID_INPUT, "invalid-document", "The document cannot be "
                    + "attached: " + ex.getMessage() + ".", List.of(new FieldError("document", ex.getMessage())));
        }
        e.attach(document);
        evidence.storeContent(document.sha256(), content);
        access.update(e);
        access.record(e, "attach", EvidenceStage.DRAFT, actor, document.sha256());
        return document;
    }

    private Evidence.Content check(Organisation hub, EvidenceRequest r, String refusal) {
        Validation v = new Validation();
        String title = v.field("title", () -> Validation.requireText(r.title(), "title", 200));
        String summary = v.field("summary", () -> Validation.requireText(r.summary(), "summary", 4000));
        String method = v.field("method", () -> Validation.requireText(r.method(), "method", 2000));
        LocalDate today = LocalDate.now(clock);
        v.require(r.periodFrom() != null, "periodFrom", "the start of the period is required");
        v.require(r.periodTo() != null, "periodTo", "the end of the period is required");
        if (r.periodFrom() != null && r.periodTo() != null) {
            v.require(!r.periodTo().isBefore(r.periodFrom()), "periodTo", "the period ends on or after its start");
            v.require(!r.periodTo().isAfter(today), "periodTo", "evidence covers a period that has ended, not one after "
                    + today);
            v.field("periodFrom", () -> Validation.requirePlausibleDate(r.periodFrom(), "start of the period"));
        }
        Set<OrganisationId> providers = new LinkedHashSet<>();
        for (String p : r.providers() == null ? Set.<String>of() : r.providers()) {
            boolean known = p != null && OrganisationId.isValid(p.strip()) && organisations.find(new OrganisationId(p.strip()))
                    .filter(o -> o.kind() == OrganisationKind.PROVIDER).isPresent();
            v.require(known, "providers", "not a registered community provider: " + shorten(p));
            if (known) {
                providers.add(new OrganisationId(p.strip()));
            }
        }
        Set<String> served = new LinkedHashSet<>();
        for (String t : r.territories() == null ? Set.<String>of() : r.territories()) {
            boolean known = t != null && territories.territory(t.strip()).isPresent();
            v.require(known, "territories", "unknown territory code " + shorten(t));
            if (known) {
                v.require(hub.serves(t.strip()), "territories", hub.name() + " does not serve " + t.strip());
                served.add(t.strip());
            }
        }
        v.require(r.providers() != null && !r.providers().isEmpty() || r.territories() != null && !r.territories().isEmpty(),
                "providers",
                "name at least one community provider or territory the evidence speaks about");
        Set<String> outcomes = codes(v, "outcomes", r.outcomes());
        Set<String> measures = codes(v, "measures", r.measures());
        v.throwIfInvalid("invalid-evidence", refusal);
        return new Evidence.Content(title, summary, method, r.periodFrom(), r.periodTo(), providers, served, outcomes,
                measures);
    }

    private static Set<String> codes(Validation v, String field, Set<String> given) {
        Set<String> codes = new LinkedHashSet<>();
        Set<String> all = given == null ? Set.of() : given;
        v.require(all.size() <= 20, field, "at most 20 codes");
        for (String code : all) {
            if (code == null || !code.strip().matches(CODE)) {
                v.reject(field, "codes are 1 to 40 letters, digits or . _ : / -: " + shorten(code));
            } else {
                codes.add(code.strip());
            }
        }
        return codes;
    }

    private static String shorten(String text) {
        return text == null ? "null" : text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
