package org.dualimpact.kernel.rollup;

import java.time.YearMonth;
import java.util.Comparator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A calendar quarter, written {@code 2026-Q1} (January to March 2026). */
public record Quarter(int year, int number) implements Comparable<Quarter> {

    private static final Pattern TEXT = Pattern.compile("(\\d{4})-Q([1-4])");
    private static final Comparator<Quarter> ORDER = Comparator.comparingInt(Quarter::year).thenComparingInt(Quarter::number);

    public Quarter {
        if (year < 1 || year > 9999) {
            throw new IllegalArgumentException("year out of range: " + year);
        }
        if (number < 1 || number > 4) {
            throw new IllegalArgumentException("a quarter is numbered 1 to 4, not " + number);
        }
    }

    public static Quarter of(YearMonth month) {
        return new Quarter(month.getYear(), (month.getMonthValue() + 2) / 3);
    }

    /** Reads {@code 2026-Q1}. */
    public static Quarter parse(String text) {
        Matcher m = TEXT.matcher(text.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("a quarter is written like 2026-Q1");
        }
        return new Quarter(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    }

    public YearMonth firstMonth() {
        return YearMonth.of(year, number * 3 - 2);
    }

    public YearMonth lastMonth() {
        return YearMonth.of(year, number * 3);
    }

    public Quarter previous() {
        return number == 1 ? new Quarter(year - 1, 4) : new Quarter(year, number - 1);
    }

    @Override
    public int compareTo(Quarter other) {
        return ORDER.compare(this, other);
    }

    @Override
    public String toString() {
        return year + "-Q" + number;
    }
}
