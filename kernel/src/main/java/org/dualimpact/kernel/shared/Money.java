package org.dualimpact.kernel.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * An exact amount of pounds sterling, to the penny. Never a {@code double}: the amount is a decimal
 * with at most two places ({@code 12.345} is refused, not rounded). May be negative (a correction);
 * callers that need a positive amount say so with {@link #requirePositive(String)}.
 */
public record Money(BigDecimal amount) implements Comparable<Money> {

    /** Upper bound of any single amount: a billion pounds. (Declared before ZERO: static order matters.) */
    static final BigDecimal MAX = new BigDecimal("1000000000.00");
    public static final Money ZERO = new Money(BigDecimal.ZERO);

    public Money {
        Objects.requireNonNull(amount, "amount");
        if (amount.stripTrailingZeros().scale() > 2) {
            throw new IllegalArgumentException("an amount in GBP has at most 2 decimal places: " + amount.toPlainString());
        }
        if (amount.abs().compareTo(MAX) > 0) {
            throw new IllegalArgumentException("an amount above £1,000,000,000 is not accepted");
        }
        amount = amount.setScale(2, RoundingMode.UNNECESSARY);
    }

    public static Money of(String amount) {
        try {
            return new Money(new BigDecimal(amount));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not an amount: " + amount);
        }
    }

    public static Money ofPence(long pence) {
        return new Money(BigDecimal.valueOf(pence, 2));
    }

    public long pence() {
        return amount.movePointRight(2).longValueExact();
    }

    public Money plus(Money other) {
        return new Money(amount.add(other.amount));
    }

    public boolean isPositive() {
        return amount.signum() > 0;
    }

    public Money requirePositive(String what) {
        if (!isPositive()) {
            throw new IllegalArgumentException(what + " must be more than £0.00");
        }
        return this;
    }

    public Money requireNotNegative(String what) {
        if (amount.signum() < 0) {
            throw new IllegalArgumentException(what + " must not be negative");
        }
        return this;
    }

    @Override
    public int compareTo(Money other) {
        return amount.compareTo(other.amount);
    }

    /** {@code 1234.50}: plain, two decimals, no currency sign; the form used in canonical content. */
    @Override
    public String toString() {
        return amount.toPlainString();
    }
}
