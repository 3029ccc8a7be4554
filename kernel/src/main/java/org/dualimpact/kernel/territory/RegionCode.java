package org.dualimpact.kernel.territory;

import org.dualimpact.kernel.shared.DomainException;

/** A region's (or nation's) code as a request names it: an ONS GSS code such as {@code E12000008}. */
public record RegionCode(String value) {

    public RegionCode {
        Codes.requireGss(value, "region code");
    }

    /** The region a request names; a malformed code names none and is refused as not found ({@code region-not-found}). */
    public static RegionCode fromRequest(String text) {
        if (text == null || !Codes.GSS.matcher(text).matches()) {
            throw notFound(text);
        }
        return new RegionCode(text);
    }

    /** The refusal of a code that names no region. */
    public static DomainException notFound(Object code) {
        return DomainException.notFound("region-not-found", "No region has the code " + code + ".");
    }

    @Override
    public String toString() {
        return value;
    }
}
