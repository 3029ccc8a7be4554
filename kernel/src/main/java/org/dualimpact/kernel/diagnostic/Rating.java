package org.dualimpact.kernel.diagnostic;

/**
 * How a respondent rated a value code: a level of the framework, or <em>unscored</em> — a deliberate
 * "cannot or should not be scored here", which counts as answered but carries no level.
 */
public record Rating(int level) {

    /** The unscored rating (level 0 internally; never shown as a level). */
    public static final Rating UNSCORED = new Rating(0);

    public Rating {
        if (level < 0 || level > Level.MAX_LEVELS) {
            throw new IllegalArgumentException("a level is 1 to " + Level.MAX_LEVELS + ": " + level);
        }
    }

    public static Rating level(int level) {
        if (level < 1) {
            throw new IllegalArgumentException("a level is 1 or more: " + level);
        }
        return new Rating(level);
    }

    public boolean isUnscored() {
        return level == 0;
    }

    @Override
    public String toString() {
        return isUnscored() ? "unscored" : Integer.toString(level);
    }
}
