package org.dualimpact.kernel.rollup;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;

import org.dualimpact.kernel.ledger.CanonicalPayload;
import org.dualimpact.kernel.ledger.ContributionConfirmed;
import org.dualimpact.kernel.ledger.ContributionCorrected;
import org.dualimpact.kernel.ledger.ContributionDisputed;
import org.dualimpact.kernel.ledger.ContributionRecorded;
import org.dualimpact.kernel.ledger.ContributionState;
import org.dualimpact.kernel.ledger.EntryContent;
import org.dualimpact.kernel.ledger.EntryPayload;
import org.dualimpact.kernel.ledger.LedgerEntry;

/**
 * One ledger entry as the roll-up reads it: which contribution it concerns ({@code contribution}, the
 * sequence number of the recorded entry; its own for a recording), what it does, and the dimensions of
 * that contribution — agreement, territory, delivery date, measure and unit. A follow-up entry
 * (confirmation, dispute, correction) carries no dimensions of its own in the ledger: it takes those of
 * the contribution it refers to ({@link #about}). Quantity and value are those recorded, or those an
 * amendment sets (value {@code null}: the amendment keeps the recorded value).
 *
 * <p>Ledger entries never change, so neither does a fact: a stored fact is valid forever.
 */
public record ContributionFact(long sequence, long contribution, FactKind kind, String agreement, String territory,
        LocalDate deliveryDate, String measure, String unit, BigDecimal quantity, BigDecimal value) {

    public ContributionFact {
        if (sequence < 0 || contribution < 0 || contribution > sequence) {
            throw new IllegalArgumentException("a fact concerns its own or an earlier entry: " + sequence + " -> " + contribution);
        }
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(agreement, "agreement");
        if (kind == FactKind.RECORDED) {
            if (contribution != sequence) {
                throw new IllegalArgumentException("a recording concerns itself");
            }
            Objects.requireNonNull(territory, "territory");
            Objects.requireNonNull(deliveryDate, "deliveryDate");
            Objects.requireNonNull(measure, "measure");
            Objects.requireNonNull(unit, "unit");
            Objects.requireNonNull(quantity, "quantity");
        }
        if (kind == FactKind.AMENDED) {
            Objects.requireNonNull(quantity, "an amendment sets a quantity");
        }
        if (territory != null) {
            territory = Slice.territoryOf(territory);
        }
    }

    /** Reads a ledger entry. A follow-up has no dimensions yet: see {@link #about}. */
    public static ContributionFact of(LedgerEntry entry) {
        return of(entry.content());
    }

    /** Reads what a ledger entry says. A follow-up has no dimensions yet: see {@link #about}. */
    public static ContributionFact of(EntryContent entry) {
        EntryPayload payload = entry.payload();
        if (payload instanceof ContributionRecorded r) {
            return new ContributionFact(entry.sequence(), entry.sequence(), FactKind.RECORDED, entry.agreement(), r.territory(),
                    r.deliveryDate(), r.measureCode(), r.unit(), r.quantity(), r.value());
        }
        if (payload instanceof ContributionCorrected c) {
            return c.isReversal() ? followUp(entry, c, FactKind.REVERSED, null, null)
                    : followUp(entry, c, FactKind.AMENDED, c.quantity(), c.value());
        }
        EntryPayload.FollowUp f = (EntryPayload.FollowUp) payload;
        return followUp(entry, f, f instanceof ContributionConfirmed ? FactKind.CONFIRMED : FactKind.DISPUTED, null, null);
    }

    /** An ISO date ({@code 2026-05-20}), as the ledger reads it ({@link CanonicalPayload#date}). */
    public static LocalDate date(String text) {
        return CanonicalPayload.date(text);
    }

    private static ContributionFact followUp(EntryContent entry, EntryPayload.FollowUp followUp, FactKind kind,
            BigDecimal quantity, BigDecimal value) {
        return new ContributionFact(entry.sequence(), followUp.contribution(), kind, entry.agreement(),
                null, null, null, null, quantity, value);
    }

    /** This follow-up with the dimensions of the recorded contribution it refers to. */
    public ContributionFact about(ContributionFact recorded) {
        if (recorded.kind != FactKind.RECORDED || recorded.sequence != contribution) {
            throw new IllegalArgumentException("fact " + sequence + " concerns " + contribution + ", not " + recorded.sequence);
        }
        return new ContributionFact(sequence, contribution, kind, recorded.agreement, recorded.territory,
                recorded.deliveryDate, recorded.measure, recorded.unit, quantity, value);
    }

    /** This follow-up as the ledger's follow-up payload, for the one fold ({@link ContributionState#then}). */
    public EntryPayload.FollowUp followUp() {
        return switch (kind) {
            case CONFIRMED -> new ContributionConfirmed(contribution);
            case DISPUTED -> new ContributionDisputed(contribution, null);
            case REVERSED -> ContributionCorrected.reversal(contribution);
            case AMENDED -> ContributionCorrected.amendment(contribution, quantity, value);
            case RECORDED -> throw new IllegalStateException("a recording is no follow-up: " + sequence);
        };
    }

    /** True once territory and delivery date are known (always for a recording; for a follow-up after {@link #about}). */
    public boolean placed() {
        return territory != null && deliveryDate != null;
    }

    public YearMonth month() {
        return YearMonth.from(deliveryDate);
    }

    public Slice slice() {
        return new Slice(territory, month());
    }
}
