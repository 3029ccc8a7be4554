package org.dualimpact.kernel.diagnostic;

import org.dualimpact.kernel.shared.Validation;

/**
 * One level of attainment of a framework: its number (1 is the lowest) and its name, e.g.
 * {@code 1 Minimum} … {@code 5 Innovator}.
 */
public record Level(int number, String name) {

    /** Most levels a framework may have. */
    public static final int MAX_LEVELS = 7;

    public Level {
        if (number < 1 || number > MAX_LEVELS) {
            throw new IllegalArgumentException("a level is numbered 1 to " + MAX_LEVELS + ": " + number);
        }
        name = Validation.requireText(name, "level name", 40);
    }

    /** {@code 3 Mature}. */
    public String label() {
        return number + " " + name;
    }
}
