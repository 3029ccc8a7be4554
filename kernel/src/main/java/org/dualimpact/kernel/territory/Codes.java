package org.dualimpact.kernel.territory;

import java.util.regex.Pattern;

/** Validation of the codes and names used by territories and regions. */
final class Codes {

    /** An ONS GSS code: a letter, two digits naming the entity type, six digits. */
    static final Pattern GSS = Pattern.compile("[EWSN][0-9]{8}");
    /** A GSS code, or a GSS code with a project suffix where ONS has no code ({@code N92000002-PSNI}). */
    static final Pattern TERRITORY = Pattern.compile("[EWSN][0-9]{8}(-[A-Z]{2,5})?");

    private Codes() {
    }

    static String requireGss(String value, String what) {
        if (value == null || !GSS.matcher(value).matches()) {
            throw new IllegalArgumentException(what + " must be an ONS GSS code like E12000008: " + value);
        }
        return value;
    }

    static String requireTerritoryCode(String value) {
        if (value == null || !TERRITORY.matcher(value).matches()) {
            throw new IllegalArgumentException("territory code must be an ONS GSS code like E23000029: " + value);
        }
        return value;
    }

    static boolean isTerritoryCode(String value) {
        return value != null && TERRITORY.matcher(value).matches();
    }

    static String requireText(String value, String what, int maxLength) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(what + " is required");
        }
        String trimmed = value.strip();
        if (trimmed.length() > maxLength) {
            throw new IllegalArgumentException(what + " is longer than " + maxLength + " characters");
        }
        return trimmed;
    }
}
