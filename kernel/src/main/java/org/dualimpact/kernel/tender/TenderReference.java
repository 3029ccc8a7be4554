package org.dualimpact.kernel.tender;

/** A tender's reference: {@code TND-<territory abbrev>-<year>-<4+ digits>}, e.g. {@code TND-TVP-2026-0001}. */
public record TenderReference(String value) {

    public TenderReference {
        if (value == null || !value.matches("TND-[A-Z]{2,5}-[0-9]{4}-[0-9]{4,9}")) {
            throw new IllegalArgumentException("not a tender reference (TND-TVP-2026-0001): " + value);
        }
    }

    public static TenderReference of(String abbrev, int year, long sequence) {
        return new TenderReference(String.format("TND-%s-%04d-%04d", abbrev, year, sequence));
    }

    public static boolean isValid(String value) {
        return value != null && value.matches("TND-[A-Z]{2,5}-[0-9]{4}-[0-9]{4,9}");
    }

    @Override
    public String toString() {
        return value;
    }
}
