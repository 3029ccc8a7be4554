package org.dualimpact.kernel.diagnostic;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.dualimpact.kernel.shared.Validation;


/** The level an organisation aims to reach on a value code, and by when. */
public record Target(String valueCode, int level, LocalDate by, String setBy, Instant setAt) {

    public Target {
        Objects.requireNonNull(valueCode, "valueCode");
        if (level < 1 || level > Level.MAX_LEVELS) {
            throw new IllegalArgumentException("a target level is 1 to " + Level.MAX_LEVELS);
        }
        Validation.requirePlausibleDate(by, "date");
        Objects.requireNonNull(setBy, "setBy");
        Objects.requireNonNull(setAt, "setAt");
    }
}
