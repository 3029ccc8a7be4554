package org.dualimpact.kernel.territory;

import org.dualimpact.kernel.shared.DomainException;

/** A territory's code as a request names it: an ONS GSS code, or one with a project suffix ({@code N92000002-PSNI}). */
public record TerritoryCode(String value) {

    public TerritoryCode {
        Codes.requireTerritoryCode(value);
    }

    /** The territory a request names; a malformed code names none and is refused as not found ({@code territory-not-found}). */
    public static TerritoryCode fromRequest(String text) {
        if (!Codes.isTerritoryCode(text)) {
            throw notFound(text);
        }
        return new TerritoryCode(text);
    }

    /** The refusal of a code that names no territory. */
    public static DomainException notFound(Object code) {
        return DomainException.notFound("territory-not-found", "No territory has the code " + code + ".");
    }

    @Override
    public String toString() {
        return value;
    }
}
