package org.dualimpact.kernel.rollup;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import java.util.Objects;

import org.dualimpact.kernel.ledger.EntryContent;
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
        Map<String, String> p = entry.payload();
        return switch (entry.type()) {
            case CONTRIBUTION_RECORDED -> new ContributionFact(entry.sequence(), entry.sequence(), FactKind.RECORDED,
                    entry.agreement(), p.get("territory"), date(p.get("deliveryDate")), p.get("measureCode"),
                    p.get("unit"), new BigDecimal(p.get("quantity")), p.containsKey("value") ? new BigDecimal(p.get("value")) : null);
            case CONTRIBUTION_CONFIRMED -> followUp(entry, FactKind.CONFIRMED, null, null);
            case CONTRIBUTION_DISPUTED -> followUp(entry, FactKind.DISPUTED, null, null);
            case CONTRIBUTION_CORRECTED -> "REVERSAL".equals(p.get("correction"))
                    ? followUp(entry, FactKind.REVERSED, null, null)
                    : followUp(entry, FactKind.AMENDED, new BigDecimal(p.get("quantity")),
                            p.containsKey("value") ? new BigDecimal(p.get("value")) : null);
        };
    }

    /**
     * An ISO date ({@code 2026-05-20}), read by hand in the usual case: the roll-up reads one per fact.
     * Anything else goes to {@link LocalDate#parse}, which accepts or refuses it as always.
     */
    public static LocalDate date(String text) {
        if (text != null && text.length() == 10 && text.charAt(4) == '-' && text.charAt(7) == '-') {
            int year = digits(text, 0, 4);
            int month = digits(text, 5, 7);
            int day = digits(text, 8, 10);
            if (year >= 0 && month >= 1 && month <= 12 && day >= 1 && day <= 28) {
                return LocalDate.of(year, month, day);
            }
        }
        return LocalDate.parse(text);
    }

    private static int digits(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    private static ContributionFact followUp(EntryContent entry, FactKind kind, BigDecimal quantity, BigDecimal value) {
        return new ContributionFact(entry.sequence(), Long.parseLong(entry.payload().get("ref")), kind, entry.agreement(),
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
