package org.dualimpact.kernel.organisation;

import java.util.regex.Pattern;

import org.dualimpact.kernel.shared.DomainException;

/**
 * An org-id style register identifier: {@code GB-<scheme>-<identifier>}.
 *
 * <p>Known schemes are checked in full: {@code GB-COH} (Companies House: eight characters, digits or
 * a two-letter prefix and six digits), {@code GB-CHC} (Charity Commission for England and Wales:
 * 6 to 8 digits), {@code GB-SC} (Scottish charity: {@code SC} and six digits), {@code GB-NIC}
 * (Northern Ireland charity: six digits). Public bodies use another scheme of 2 to 5 capitals, such
 * as {@code GB-PFA-E23000029} for the police of a force area (the project's own scheme) or an
 * official one ({@code GB-GOR-…}), with an identifier of 1 to 20 letters, digits or dashes.
 */
public record OrganisationId(String value) {

    private static final Pattern GENERAL = Pattern.compile("GB-([A-Z]{2,5})-([A-Za-z0-9][A-Za-z0-9-]{0,19})");
    private static final Pattern COMPANY = Pattern.compile("[0-9]{8}|[A-Z]{2}[0-9]{6}");
    private static final Pattern CHARITY_EW = Pattern.compile("[0-9]{6,8}");
    private static final Pattern CHARITY_SC = Pattern.compile("SC[0-9]{6}");
    private static final Pattern CHARITY_NI = Pattern.compile("[0-9]{6}");

    public OrganisationId {
        if (value == null) {
            throw new IllegalArgumentException("organisation identifier is required");
        }
        var general = GENERAL.matcher(value);
        if (!general.matches()) {
            throw new IllegalArgumentException(
                    "organisation identifier must look like GB-COH-01234567 or GB-CHC-1234567: " + value);
        }
        String scheme = general.group(1);
        String id = general.group(2);
        Pattern specific = switch (scheme) {
            case "COH" -> COMPANY;
            case "CHC" -> CHARITY_EW;
            case "SC" -> CHARITY_SC;
            case "NIC" -> CHARITY_NI;
            default -> null;
        };
        if (specific != null && !specific.matcher(id).matches()) {
            throw new IllegalArgumentException("'" + id + "' is not a valid GB-" + scheme + " number");
        }
    }

    /**
     * The organisation a request names; a malformed identifier names none and is refused as not found
     * ({@code organisation-not-found}), exactly as an unknown one.
     */
    public static OrganisationId fromRequest(String text) {
        if (!isValid(text)) {
            throw notFound(text);
        }
        return new OrganisationId(text);
    }

    /** The refusal of an identifier that names no registered organisation. */
    public static DomainException notFound(Object id) {
        return DomainException.notFound("organisation-not-found", "No organisation has the identifier " + id + ".");
    }

    public static boolean isValid(String value) {
        try {
            new OrganisationId(value);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
