package org.dualimpact.kernel.ledger;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

import org.dualimpact.kernel.shared.Actor;
import org.dualimpact.kernel.shared.DomainException;
import org.dualimpact.kernel.shared.FieldError;
import org.dualimpact.kernel.shared.Money;
import org.dualimpact.kernel.shared.Role;
import org.dualimpact.kernel.shared.Validation;
import org.dualimpact.kernel.spo.Commitment;
import org.dualimpact.kernel.spo.ContributionType;
import org.dualimpact.kernel.spo.Spo;
import org.dualimpact.kernel.spo.SpoContent;
import org.dualimpact.kernel.spo.SpoReference;
import org.dualimpact.kernel.spo.SpoRepository;
import org.dualimpact.kernel.spo.SpoService;
import org.dualimpact.kernel.spo.SpoStage;
import org.dualimpact.kernel.spo.SpoVisibility;
import org.dualimpact.kernel.territory.TerritoryRepository;

/**
 * Recording, validating and correcting contributions, and the auditor's reads: entries, signed tree
 * heads, inclusion and consistency proofs, export.
 *
 * <p>Rules: contributions are recorded only against an agreement in stage 3 ({@code CONTRACTED}),
 * by its supplier; a provider named in the agreement confirms or disputes a recorded contribution
 * (never the supplier: no one validates their own claim); the supplier corrects (reverses or amends)
 * what it recorded, with a reason. Parties see the entries of their agreements; auditors see all.
 */
public final class LedgerService {

    private final ContributionLedger ledger;
    private final SpoRepository spos;
    private final TerritoryRepository territories;
    private final TreeHeadSigner signer;
    private final Clock clock;
    private final EntryWriter writer;

    /** Appends in the caller's transaction, one batch per call. */
    public LedgerService(ContributionLedger ledger, SpoRepository spos, TerritoryRepository territories, TreeHeadSigner signer,
            Clock clock) {
        this(ledger, spos, territories, signer, clock, new LedgerAppender(ledger, clock)::appendAll);
    }

    /** Appends through the given writer (e.g. a sequencer that group-commits queued requests). */
    public LedgerService(ContributionLedger ledger, SpoRepository spos, TerritoryRepository territories, TreeHeadSigner signer,
            Clock clock, EntryWriter writer) {
        this.ledger = Objects.requireNonNull(ledger);
        this.spos = Objects.requireNonNull(spos);
        this.territories = Objects.requireNonNull(territories);
        this.signer = Objects.requireNonNull(signer);
        this.clock = Objects.requireNonNull(clock);
        this.writer = Objects.requireNonNull(writer);
    }

    /** A contribution as the supplier records it. */
    public record ContributionRequest(ContributionType type, BigDecimal quantity, String unit, BigDecimal value,
            String measureCode, String territory, LocalDate deliveryDate, Integer commitmentLine, String description,
            String evidenceHash, String evidenceName) {
    }

    /** A correction: {@code reversal} cancels the entry; otherwise the new quantity and value replace it. */
    public record CorrectionRequest(boolean reversal, BigDecimal quantity, BigDecimal value, String reason) {
    }

    /** Progress of one commitment line: committed against recorded, confirmed and disputed (net of corrections). */
    public record LineProgress(int line, ContributionType type, String measureCode, BigDecimal committedQuantity,
            Money committedValue, BigDecimal recordedQuantity, Money recordedValue, BigDecimal confirmedQuantity,
            Money confirmedValue, BigDecimal disputedQuantity, Money disputedValue) {
    }

    // ---------------------------------------------------------------- writes

    public LedgerEntry record(Actor actor, String agreement, ContributionRequest request) {
        actor.require(Role.SUPPLIER);
        Spo spo = contracted(actor, agreement);
        requireParty(actor, spo.supplier().value(), "Only the supplier of " + spo.reference() + " records contributions.");
        Validation v = new Validation();
        v.require(request.type() != null, "type", "type is required: FINANCIAL, IN_KIND or VOLUNTEERING");
        BigDecimal quantity = request.type() == ContributionType.FINANCIAL ? request.value() : request.quantity();
        v.require(quantity != null && quantity.signum() > 0, request.type() == ContributionType.FINANCIAL ? "value" : "quantity",
                "must be more than 0");
        v.require(quantity == null || quantity.stripTrailingZeros().scale() <= 3, "quantity", "at most 3 decimal places");
        Money value = request.value() == null ? null : v.field("value", () -> new Money(request.value()).requireNotNegative("value"));
        v.require(request.type() == ContributionType.VOLUNTEERING || request.value() != null, "value",
                "a GBP value is required for financial and in-kind contributions");
        v.require(request.measureCode() != null && request.measureCode().matches("[A-Za-z0-9][A-Za-z0-9 ._:/-]{0,39}"),
                "measureCode", "1 to 40 letters, digits or . _ : / -");
        v.field("deliveryDate", () -> Validation.requirePlausibleDate(request.deliveryDate(), "deliveryDate"));
        v.require(request.deliveryDate() == null || !request.deliveryDate().isAfter(LocalDate.now(clock)), "deliveryDate",
                "a contribution is recorded once delivered, not in advance");
        SpoContent content = spo.content().orElseThrow();
        String territory = request.territory() == null ? content.territory() : request.territory();
        v.require(request.territory() == null || (request.territory().length() <= 16
                && territories.territory(request.territory()).isPresent()), "territory",
                "must be the code of a territory known here (the agreement's is " + content.territory() + ")");
        Integer line = request.commitmentLine();
        v.require(line == null || (line >= 1 && line <= content.commitments().size()), "commitmentLine",
                "must name a commitment line of the agreement, 1 to " + content.commitments().size());
        if (line != null && line >= 1 && line <= content.commitments().size() && request.type() != null) {
            v.require(content.commitments().get(line - 1).type() == request.type(), "type",
                    "commitment line " + line + " is " + content.commitments().get(line - 1).type());
        }
        spo.contract().ifPresent(contract -> v.require(request.deliveryDate() == null
                || !request.deliveryDate().isBefore(contract.start()), "deliveryDate",
                "the contract started on " + contract.start() + "; a contribution is delivered under it"));
        v.require(request.measureCode() == null || content.commitments().stream()
                .anyMatch(c -> c.measureCode().equals(request.measureCode())), "measureCode",
                "must be a measure the agreement commits to: " + content.commitments().stream()
                        .map(Commitment::measureCode).distinct().sorted().toList());
        v.require(request.evidenceHash() == null || request.evidenceHash().matches("[0-9a-f]{64}"), "evidenceHash",
                "the SHA-256 of the evidence file, 64 lower-case hex digits");
        v.field("description", () -> Validation.optionalText(request.description(), "description", 2000));
        v.field("evidenceName", () -> Validation.optionalText(request.evidenceName(), "evidenceName", 200));
        v.throwIfInvalid("invalid-contribution", "The contribution cannot be recorded as given.");

        Map<String, String> payload = new LinkedHashMap<>();
        payload.put("contributionType", request.type().name());
        payload.put("quantity", quantity.stripTrailingZeros().toPlainString());
        payload.put("unit", unitOf(request));
        if (value != null) {
            payload.put("value", value.toString());
        }
        payload.put("measureCode", request.measureCode());
        payload.put("territory", territory);
        payload.put("deliveryDate", request.deliveryDate().toString());
        if (line != null) {
            payload.put("commitmentLine", line.toString());
        }
        if (request.evidenceHash() != null) {
            payload.put("evidenceHash", request.evidenceHash());
            payload.put("evidenceName", request.evidenceName() == null ? "" : request.evidenceName().strip());
        }
        Map<String, String> personal = new LinkedHashMap<>();
        if (request.description() != null && !request.description().isBlank()) {
            personal.put("description", request.description().strip());
        }
        return append(EntryType.CONTRIBUTION_RECORDED, spo, actor, payload, personal);
    }

    public LedgerEntry confirm(Actor actor, long sequence) {
        return validate(actor, sequence, EntryType.CONTRIBUTION_CONFIRMED, null);
    }

    public LedgerEntry dispute(Actor actor, long sequence, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new DomainException(DomainException.Kind.INVALID_INPUT, "invalid-dispute", "A dispute needs a reason.",
                    List.of(new FieldError("reason", "is required")));
        }
        return validate(actor, sequence, EntryType.CONTRIBUTION_DISPUTED, reason);
    }

    private LedgerEntry validate(Actor actor, long sequence, EntryType type, String reason) {
        actor.require(Role.PROVIDER);
        LedgerEntry recorded = recordedEntry(actor, sequence);
        Spo spo = spos.find(new SpoReference(recorded.agreement())).orElseThrow();
        if (spo.providers().stream().noneMatch(p -> actor.actsFor(p.value()))) {
            throw DomainException.notPermitted("not-a-named-provider", "Only a provider named in " + spo.reference()
                    + " confirms or disputes its contributions.");
        }
        requireStage(spo, SpoStage.CONTRACTED, SpoStage.REVIEWED);
        String organisation = actor.organisationId().orElseThrow();
        for (LedgerEntry later : laterEntriesAbout(recorded)) {
            if (isReversal(later)) {
                throw DomainException.conflict("contribution-reversed", "Entry " + sequence
                        + " was reversed by entry " + later.sequence() + "; there is nothing left to validate.");
            }
            if ((later.type() == EntryType.CONTRIBUTION_CONFIRMED || later.type() == EntryType.CONTRIBUTION_DISPUTED)
                    && later.organisation().equals(organisation)) {
                throw DomainException.conflict("already-validated", organisation + " already "
                        + (later.type() == EntryType.CONTRIBUTION_CONFIRMED ? "confirmed" : "disputed") + " entry "
                        + sequence + " (entry " + later.sequence() + ").");
            }
        }
        Map<String, String> payload = new LinkedHashMap<>();
        payload.put("ref", Long.toString(sequence));
        Map<String, String> personal = new LinkedHashMap<>();
        if (reason != null) {
            personal.put("reason", Validation.requireText(reason, "reason", 2000));
        }
        return append(type, spo, actor, payload, personal);
    }

    public LedgerEntry correct(Actor actor, long sequence, CorrectionRequest request) {
        actor.require(Role.SUPPLIER);
        LedgerEntry recorded = recordedEntry(actor, sequence);
        Spo spo = spos.find(new SpoReference(recorded.agreement())).orElseThrow();
        requireParty(actor, spo.supplier().value(), "Only the supplier that recorded a contribution corrects it.");
        requireStage(spo, SpoStage.CONTRACTED, SpoStage.REVIEWED);
        for (LedgerEntry later : laterEntriesAbout(recorded)) {
            if (isReversal(later)) {
                throw DomainException.conflict("contribution-reversed", "Entry " + sequence
                        + " was already reversed by entry " + later.sequence() + ".");
            }
        }
        Validation v = new Validation();
        v.require(request.reason() != null && !request.reason().isBlank(), "reason", "a correction needs a reason");
        if (request.reversal()) {
            v.require(request.quantity() == null && request.value() == null, "reversal",
                    "a reversal cancels the entry: send no quantity or value");
        } else {
            v.require(request.quantity() != null && request.quantity().signum() > 0, "quantity", "must be more than 0");
        }
        Money value = request.reversal() || request.value() == null ? null
                : v.field("value", () -> new Money(request.value()).requireNotNegative("value"));
        v.throwIfInvalid("invalid-correction", "The correction cannot be recorded as given.");
        Map<String, String> payload = new LinkedHashMap<>();
        payload.put("ref", Long.toString(sequence));
        payload.put("correction", request.reversal() ? "REVERSAL" : "AMENDMENT");
        if (!request.reversal()) {
            payload.put("quantity", request.quantity().stripTrailingZeros().toPlainString());
            if (value != null) {
                payload.put("value", value.toString());
            }
        }
        return append(EntryType.CONTRIBUTION_CORRECTED, spo, actor, payload, Map.of("reason", request.reason().strip()));
    }

    /** An entry waiting for its sequence number: everything but the number and the time. */
    public record PendingEntry(EntryType type, String agreement, String organisation, String actor,
            Map<String, String> payload, Map<String, String> personal) {
        public PendingEntry {
            Objects.requireNonNull(type);
            Objects.requireNonNull(agreement);
            Objects.requireNonNull(organisation);
            Objects.requireNonNull(actor);
            payload = Map.copyOf(payload);
            personal = Map.copyOf(personal);
        }
    }

    private LedgerEntry append(EntryType type, Spo spo, Actor actor, Map<String, String> payload,
            Map<String, String> personal) {
        return appendAll(List.of(new PendingEntry(type, spo.reference().value(), actor.organisationId().orElseThrow(),
                actor.userId(), payload, personal))).get(0);
    }

    /** Appends a batch through the writer (directly, or queued for group commit). */
    public List<LedgerEntry> appendAll(List<PendingEntry> batch) {
        return writer.write(batch);
    }

    // ---------------------------------------------------------------- reads

    /** Entries visible to the actor: an auditor sees all; a party only those of its agreements. */
    public List<LedgerEntry> entries(Actor actor, Optional<String> agreement, long from, long to) {
        if (from < 0 || to < from) {
            throw DomainException.invalid("invalid-range", "Use 0 <= from <= to.");
        }
        long size = ledger.size();
        long upper = Math.min(to, size);
        Optional<String> normalized = agreement.map(a -> SpoService.parse(a).value());
        if (actor.has(Role.AUDITOR)) {
            return ledger.entries(normalized, from, upper);
        }
        if (normalized.isPresent()) {
            Spo spo = spos.find(new SpoReference(normalized.get())).filter(s -> isParty(actor, s))
                    .orElseThrow(() -> notFound(normalized.get()));
            return ledger.entries(Optional.of(spo.reference().value()), from, upper);
        }
        Map<String, Boolean> partyOf = new HashMap<>();
        return ledger.entries(Optional.empty(), from, upper).stream()
                .filter(e -> partyOf.computeIfAbsent(e.agreement(),
                        a -> spos.find(new SpoReference(a)).map(s -> isParty(actor, s)).orElse(false)))
                .toList();
    }

    /** Committed against recorded, confirmed and disputed, per commitment line, from the ledger itself. */
    public List<LineProgress> progress(Actor actor, String agreement) {
        Spo spo = spos.find(SpoService.parse(agreement)).filter(s -> SpoVisibility.canSee(actor, s) && s.stage().isAgreement())
                .orElseThrow(() -> notFound(agreement));
        List<LedgerEntry> entries = ledger.entries(Optional.of(spo.reference().value()), 0, ledger.size());
        Map<Long, LedgerEntry> recorded = new LinkedHashMap<>();
        Map<Long, String> status = new HashMap<>();
        for (LedgerEntry e : entries) {
            switch (e.type()) {
                case CONTRIBUTION_RECORDED -> recorded.put(e.sequence(), e);
                case CONTRIBUTION_CONFIRMED -> status.put(Long.parseLong(e.payload().get("ref")), "CONFIRMED");
                case CONTRIBUTION_DISPUTED -> status.put(Long.parseLong(e.payload().get("ref")), "DISPUTED");
                case CONTRIBUTION_CORRECTED -> {
                    long ref = Long.parseLong(e.payload().get("ref"));
                    LedgerEntry original = recorded.get(ref);
                    if (original == null) {
                        break;
                    }
                    if ("REVERSAL".equals(e.payload().get("correction"))) {
                        recorded.remove(ref);
                    } else {
                        TreeMap<String, String> amended = new TreeMap<>(original.payload());
                        amended.put("quantity", e.payload().get("quantity"));
                        if (e.payload().containsKey("value")) {
                            amended.put("value", e.payload().get("value"));
                        }
                        recorded.put(ref, new LedgerEntry(original.sequence(), original.recordedAt(), original.type(),
                                original.agreement(), original.organisation(), original.actorCommitment(), amended,
                                original.leafHash()));
                    }
                }
                default -> throw new IllegalStateException("unknown entry type " + e.type());
            }
        }
        List<Commitment> lines = spo.content().map(SpoContent::commitments).orElse(List.of());
        Map<Integer, List<LedgerEntry>> byLine = new HashMap<>();
        for (LedgerEntry e : recorded.values()) {
            byLine.computeIfAbsent(lineOf(e, lines), k -> new ArrayList<>()).add(e);
        }
        List<LineProgress> progress = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Commitment c = lines.get(i);
            int lineNo = i + 1;
            BigDecimal[] q = {BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO};
            Money[] m = {Money.ZERO, Money.ZERO, Money.ZERO};
            for (LedgerEntry e : byLine.getOrDefault(lineNo, List.of())) {
                BigDecimal quantity = new BigDecimal(e.payload().get("quantity"));
                Money value = e.payload().containsKey("value") ? Money.of(e.payload().get("value")) : Money.ZERO;
                q[0] = q[0].add(quantity);
                m[0] = m[0].plus(value);
                String s = status.get(e.sequence());
                if ("CONFIRMED".equals(s)) {
                    q[1] = q[1].add(quantity);
                    m[1] = m[1].plus(value);
                } else if ("DISPUTED".equals(s)) {
                    q[2] = q[2].add(quantity);
                    m[2] = m[2].plus(value);
                }
            }
            progress.add(new LineProgress(lineNo, c.type(), c.measureCode(), c.quantity(),
                    c.value() == null ? Money.ZERO : c.value(), q[0], m[0], q[1], m[1], q[2], m[2]));
        }
        return progress;
    }

    /**
     * The commitment line a contribution counts toward: the line it names, or else the first line of its
     * type and measure — once, never toward several lines (the KPI roll-up counts it once too); 0 when
     * no line matches.
     */
    static int lineOf(LedgerEntry contribution, List<Commitment> lines) {
        String named = contribution.payload().get("commitmentLine");
        if (named != null) {
            return Integer.parseInt(named);
        }
        for (int i = 0; i < lines.size(); i++) {
            if (contribution.payload().get("contributionType").equals(lines.get(i).type().name())
                    && contribution.payload().get("measureCode").equals(lines.get(i).measureCode())) {
                return i + 1;
            }
        }
        return 0;
    }

    /** A tree head of the ledger as it stands, signed now (not stored). */
    public TreeHead currentTreeHead() {
        long size = ledger.size();
        return sign(size);
    }

    /** Signs and stores the tree head: the checkpoint the nightly job takes. */
    public TreeHead checkpoint(Actor actor) {
        actor.require(Role.OPERATOR, Role.ADMIN);
        TreeHead head = sign(ledger.size());
        ledger.saveTreeHead(head);
        return head;
    }

    public List<TreeHead> treeHeads() {
        return ledger.treeHeads();
    }

    /** An inclusion proof, for an auditor or a party of the entry's agreement (others: not found). */
    public List<String> inclusionProof(Actor actor, long sequence, long treeSize) {
        if (!actor.has(Role.AUDITOR)) {
            LedgerEntry entry = ledger.entry(sequence).orElse(null);
            boolean party = entry != null && spos.find(new SpoReference(entry.agreement())).map(s -> isParty(actor, s))
                    .orElse(false);
            if (!party) {
                throw DomainException.notFound("entry-not-found", "No ledger entry " + sequence + " is visible to you.");
            }
        }
        return inclusionProof(sequence, treeSize);
    }

    public List<String> inclusionProof(long sequence, long treeSize) {
        long size = ledger.size();
        if (treeSize < 1 || treeSize > size || sequence < 0 || sequence >= treeSize) {
            throw DomainException.invalid("invalid-proof-request", "Use 0 <= seq < treeSize <= " + size + ".");
        }
        return hex(Merkle.inclusionProof(sequence, treeSize, ledger.subtrees()));
    }

    public List<String> consistencyProof(long first, long second) {
        long size = ledger.size();
        if (first < 1 || second < first || second > size) {
            throw DomainException.invalid("invalid-proof-request", "Use 1 <= first <= second <= " + size + ".");
        }
        return hex(Merkle.consistencyProof(first, second, ledger.subtrees()));
    }

    /** The root of the tree of the first {@code size} entries; refused beyond the ledger's size. */
    public String root(long size) {
        long current = ledger.size();
        if (size < 0 || size > current) {
            throw DomainException.invalid("invalid-proof-request", "The ledger holds " + current
                    + " entries; a tree size is 0 to " + current + ".");
        }
        return HexFormat.of().formatHex(Merkle.root(size, ledger.subtrees()));
    }

    public List<PersonalData> personalData(long sequence) {
        return ledger.personalData(sequence);
    }

    /** Refuses an export the caller may not run, or a bad range, before anything is streamed. */
    public void checkExport(Actor actor, long from, long to) {
        actor.require(Role.AUDITOR);
        if (from < 0 || to < from) {
            throw DomainException.invalid("invalid-range", "Use 0 <= from <= to.");
        }
    }

    /** Entries read per page by {@link #export}: memory stays bounded whatever the ledger's size. */
    static final int EXPORT_PAGE = 10_000;

    /**
     * The auditor's export of entries {@code from <= sequence < to} (capped at the current size), with
     * the personal data still held, handed to {@code sink} in order, page by page.
     */
    public void export(Actor actor, long from, long to, java.util.function.Consumer<ExportLine> sink) {
        checkExport(actor, from, to);
        long upper = Math.min(to, ledger.size());
        for (long page = from; page < upper; page += EXPORT_PAGE) {
            long pageEnd = Math.min(upper, page + EXPORT_PAGE);
            Map<Long, List<PersonalData>> personal = new HashMap<>();
            for (PersonalData p : ledger.personalData(page, pageEnd)) {
                personal.computeIfAbsent(p.sequence(), s -> new java.util.ArrayList<>()).add(p);
            }
            for (LedgerEntry e : ledger.entries(Optional.empty(), page, pageEnd)) {
                sink.accept(new ExportLine(e, personal.getOrDefault(e.sequence(), List.of())));
            }
        }
    }

    /** Crypto-shredding on request: erases the salts and clear texts of an entry; hashes stay valid. */
    public int erasePersonalData(Actor actor, long sequence) {
        actor.require(Role.ADMIN);
        ledger.entry(sequence).orElseThrow(() -> DomainException.notFound("entry-not-found", "No ledger entry " + sequence + "."));
        return ledger.erasePersonalData(sequence);
    }

    public String publicKeyPem() {
        return signer.publicKeyPem();
    }

    public String keyId() {
        return signer.keyId();
    }

    public String algorithm() {
        return signer.algorithm();
    }

    public long size() {
        return ledger.size();
    }

    // ---------------------------------------------------------------- helpers

    private TreeHead sign(long size) {
        String root = root(size);
        Instant now = clock.instant();
        return new TreeHead(size, root, now, signer.keyId(), signer.algorithm(), signer.sign(TreeHead.message(size, root, now)));
    }

    private Spo contracted(Actor actor, String agreement) {
        Spo spo = spos.find(SpoService.parse(agreement)).filter(s -> SpoVisibility.canSee(actor, s))
                .orElseThrow(() -> notFound(agreement));
        if (spo.stage() != SpoStage.CONTRACTED) {
            throw DomainException.conflict("agreement-not-contracted", spo.reference() + " is " + spo.stage().describe()
                    + "; contributions are recorded only against a contracted agreement (stage 3).");
        }
        return spo;
    }

    private LedgerEntry recordedEntry(Actor actor, long sequence) {
        LedgerEntry entry = ledger.entry(sequence).orElseThrow(() -> DomainException.notFound("entry-not-found",
                "No ledger entry " + sequence + " is visible to you."));
        Spo spo = spos.find(new SpoReference(entry.agreement())).filter(s -> isParty(actor, s))
                .orElseThrow(() -> DomainException.notFound("entry-not-found", "No ledger entry " + sequence
                        + " is visible to you."));
        if (entry.type() != EntryType.CONTRIBUTION_RECORDED) {
            throw DomainException.conflict("not-a-contribution", "Entry " + sequence + " is a " + entry.type()
                    + "; only a recorded contribution is confirmed, disputed or corrected.");
        }
        return entry;
    }

    /** Entries of the same agreement after this one that refer to it. */
    private List<LedgerEntry> laterEntriesAbout(LedgerEntry recorded) {
        String ref = Long.toString(recorded.sequence());
        return ledger.entries(Optional.of(recorded.agreement()), recorded.sequence() + 1, ledger.size()).stream()
                .filter(e -> ref.equals(e.payload().get("ref"))).toList();
    }

    private static boolean isReversal(LedgerEntry entry) {
        return entry.type() == EntryType.CONTRIBUTION_CORRECTED && "REVERSAL".equals(entry.payload().get("correction"));
    }

    private static boolean isParty(Actor actor, Spo spo) {
        return actor.organisationId().map(org -> spo.supplier().value().equals(org)
                || spo.providers().stream().anyMatch(p -> p.value().equals(org))
                || (spo.stage().isSubmittedOrLater() && spo.buyer().map(b -> b.value().equals(org)).orElse(false)))
                .orElse(false);
    }

    private static void requireParty(Actor actor, String organisation, String message) {
        if (!actor.actsFor(organisation)) {
            throw DomainException.notPermitted("not-the-party", message);
        }
    }

    private static void requireStage(Spo spo, SpoStage... stages) {
        for (SpoStage stage : stages) {
            if (spo.stage() == stage) {
                return;
            }
        }
        throw DomainException.conflict("agreement-not-contracted", spo.reference() + " is " + spo.stage().describe() + ".");
    }

    private static String unitOf(ContributionRequest request) {
        return switch (request.type()) {
            case FINANCIAL -> "GBP";
            case VOLUNTEERING -> "hours";
            case IN_KIND -> request.unit() == null || request.unit().isBlank() ? "items" : request.unit().strip();
        };
    }

    private static DomainException notFound(String agreement) {
        return DomainException.notFound("agreement-not-found", "No agreement " + agreement + " is visible to you.");
    }

    private static List<String> hex(List<byte[]> hashes) {
        return hashes.stream().map(h -> HexFormat.of().formatHex(h)).toList();
    }
}
