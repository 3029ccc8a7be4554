package org.dualimpact.kernel.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Executable;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

class MoneyTest {

    @Test
    void noDoubleAnywhereInTheType() {
        for (RecordComponent component : Money.class.getRecordComponents()) {
            assertEquals(BigDecimal.class, component.getType());
        }
        Stream.concat(Arrays.stream(Money.class.getConstructors()), Arrays.stream(Money.class.getMethods()))
                .map(Executable.class::cast)
                .flatMap(e -> Arrays.stream(e.getParameterTypes()))
                .forEach(type -> assertFalse(type == double.class || type == float.class || type == Double.class
                        || type == Float.class, "an amount is never taken as a binary floating point number"));
    }

    @Test
    void arithmeticIsExact() {
        assertEquals(Money.of("0.30"), Money.of("0.10").plus(Money.of("0.20")));
        Money sum = Money.ZERO;
        for (int i = 0; i < 1000; i++) {
            sum = sum.plus(Money.of("0.01"));
        }
        assertEquals(Money.of("10.00"), sum);
        assertEquals(1000, sum.pence());
    }

    @Test
    void anAmountHasTwoDecimalPlaces() {
        assertEquals(new BigDecimal("12.30"), Money.of("12.3").amount());
        assertEquals("12.30", Money.of("12.3").toString());
        assertEquals("1000.00", Money.of("1E+3").toString());
        assertEquals(Money.of("12.3"), Money.of("12.30"));
        assertEquals(Money.of("12.3"), new Money(new BigDecimal("12.3000")));
        assertEquals(0, Money.of("12.3").compareTo(Money.of("12.30")));
        assertTrue(Money.of("12.31").compareTo(Money.of("12.30")) > 0);
    }

    @Test
    void moreThanTwoDecimalPlacesAreRefusedNotRounded() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Money.of("12.345"));
        assertTrue(e.getMessage().contains("12.345"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new Money(new BigDecimal("12.345")));
        assertThrows(IllegalArgumentException.class, () -> Money.of("0.001"));
        assertThrows(IllegalArgumentException.class, () -> Money.of("-0.005"));
        assertThrows(IllegalArgumentException.class, () -> Money.of("12.3450"));
    }

    @Test
    void notANumberIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> Money.of("twelve"));
        assertThrows(IllegalArgumentException.class, () -> Money.of("£12.00"));
        assertThrows(IllegalArgumentException.class, () -> Money.of(""));
    }

    @Test
    void aBillionPoundsIsTheLimit() {
        assertEquals("1000000000.00", Money.of("1000000000").toString());
        assertEquals("-1000000000.00", Money.of("-1000000000").toString());
        assertThrows(IllegalArgumentException.class, () -> Money.of("1000000000.01"));
        assertThrows(IllegalArgumentException.class, () -> Money.of("-1000000000.01"));
        assertThrows(IllegalArgumentException.class, () -> Money.of("999999999.99").plus(Money.of("0.02")));
    }

    @Test
    void negativeAmountsAreAllowedButNotWhereAPositiveOneIsRequired() {
        Money correction = Money.of("-5.00");
        assertEquals("-5.00", correction.toString());
        assertFalse(correction.isPositive());
        assertEquals(Money.ZERO, correction.plus(Money.of("5")));

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> correction.requirePositive("value"));
        assertEquals("value must be more than £0.00", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Money.ZERO.requirePositive("value"));
        assertThrows(IllegalArgumentException.class, () -> correction.requireNotNegative("value"));

        Money one = Money.of("0.01");
        assertSame(one, one.requirePositive("value"));
        assertSame(Money.ZERO, Money.ZERO.requireNotNegative("value"));
        assertTrue(one.isPositive());
    }

    @Test
    void penceRoundTrip() {
        long[] samples = {0, 1, -1, 99, 100, 101, 123_456, -123_456, 150_000, 99_999_999_999L, 100_000_000_000L,
                -100_000_000_000L};
        for (long pence : samples) {
            Money money = Money.ofPence(pence);
            assertEquals(pence, money.pence());
            assertEquals(money, Money.of(money.toString()));
        }
        assertEquals("1234.56", Money.ofPence(123_456).toString());
        assertEquals("-0.01", Money.ofPence(-1).toString());
        assertEquals(150_000, Money.of("1500").pence());
        assertNotEquals(Money.ofPence(1), Money.ofPence(10));
        assertThrows(IllegalArgumentException.class, () -> Money.ofPence(100_000_000_001L));
    }
}
