package org.dualimpact.kernel.ledger;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import org.dualimpact.kernel.shared.Actor;
import org.dualimpact.kernel.shared.DomainException;
import org.dualimpact.kernel.shared.Money;
import org.dualimpact.kernel.shared.Role;
import org.dualimpact.kernel.shared.Validation;
import org.dualimpact.kernel.spo.Commitment;
import org.dualimpact.kernel.spo.ContributionType;
import org.dualimpact.kernel.spo.Spo;
import org.dualimpact.kernel.spo.SpoContent;
import org.dualimpact.kernel.spo.SpoReference;
import org.dualimpact.kernel.spo.SpoRepository;
import org.dualimpact.kernel.spo.SpoStage;
import org.dualimpact.kernel.spo.SpoVisibility;
import org.dualimpact.kernel.territory.TerritoryRepository;

/**
 * The supplier records a contribution it delivered. Rules: only against an agreement in stage 3
 * ({@code CONTRACTED}), by its supplier; once delivered (not in the future, not before the contract
 * started); toward a measure the agreement commits to, and a commitment line of the same type if one is
 * named; in a known territory (the agreement's by default). The description is personal data: committed,
 * not stored, in the entry.
 */
public final class RecordContribution {

    private final SpoRepository spos;
    private final TerritoryRepository territories;
    private final Clock clock;
    private final LedgerRules rules;

    /** A contribution as the supplier records it. */
    public record Request(ContributionType type, BigDecimal quantity, String unit, BigDecimal value,
            String measureCode, String territory, LocalDate deliveryDate, Integer commitmentLine, String description,
            String evidenceHash, String evidenceName) {
    }

    public RecordContribution(ContributionLedger ledger, SpoRepository spos, TerritoryRepository territories, Clock clock,
            EntryWriter writer) {
        this.spos = Objects.requireNonNull(spos);
        this.territories = Objects.requireNonNull(territories);
        this.clock = Objects.requireNonNull(clock);
        this.rules = new LedgerRules(ledger, spos, writer);
    }

    public LedgerEntry record(Actor actor, SpoReference agreement, Request request) {
        actor.require(Role.SUPPLIER);
        Spo spo = contracted(actor, agreement);
        LedgerRules.requireParty(actor, spo.supplier().value(), "Only the supplier of " + spo.reference()
                + " records contributions.");
        SpoContent content = spo.content().orElseThrow();
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

        boolean evidence = request.evidenceHash() != null;
        ContributionRecorded payload = new ContributionRecorded(request.type(), quantity.stripTrailingZeros(),
                unitOf(request), value == null ? null : value.amount(), request.measureCode(),
                request.territory() == null ? content.territory() : request.territory(), request.deliveryDate(), line,
                request.evidenceHash(), evidence ? (request.evidenceName() == null ? "" : request.evidenceName().strip()) : null,
                null);
        Map<String, String> personal = new LinkedHashMap<>();
        if (request.description() != null && !request.description().isBlank()) {
            personal.put("description", request.description().strip());
        }
        return rules.append(payload, spo, actor, personal);
    }

    private Spo contracted(Actor actor, SpoReference agreement) {
        Spo spo = spos.find(agreement).filter(s -> SpoVisibility.canSee(actor, s))
                .orElseThrow(() -> LedgerRules.notFound(agreement));
        if (spo.stage() != SpoStage.CONTRACTED) {
            throw DomainException.conflict("agreement-not-contracted", spo.reference() + " is " + spo.stage().describe()
                    + "; contributions are recorded only against a contracted agreement (stage 3).");
        }
        return spo;
    }

    private static String unitOf(Request request) {
        return switch (request.type()) {
            case FINANCIAL -> "GBP";
            case VOLUNTEERING -> "hours";
            case IN_KIND -> request.unit() == null || request.unit().isBlank() ? "items" : request.unit().strip();
        };
    }
}
