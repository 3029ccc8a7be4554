package org.dualimpact.kernel.diagnostic;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * How many value codes sit at each level, and which: one count per level of the framework, then
 * unscored and not yet answered. Used for the whole assessment and for each section.
 */
public record Distribution(List<Bucket> levels, Bucket unscored, Bucket notAnswered) {

    /** One column of the distribution; {@code level} is absent for unscored and not answered. */
    public record Bucket(Optional<Level> level, String label, List<String> valueCodes) {
        public Bucket {
            valueCodes = List.copyOf(valueCodes);
        }

        public int count() {
            return valueCodes.size();
        }
    }

    public Distribution {
        levels = List.copyOf(levels);
    }

    public static Distribution of(FrameworkDefinition framework, Collection<ConsolidatedAnswer> answers) {
        List<Bucket> levels = new ArrayList<>();
        for (Level level : framework.levels()) {
            levels.add(new Bucket(Optional.of(level), level.label(), answers.stream()
                    .filter(a -> a.isScored() && a.level() == level.number()).map(ConsolidatedAnswer::code).toList()));
        }
        Bucket unscored = new Bucket(Optional.empty(), "Unscored", answers.stream()
                .filter(a -> a.outcome() == ConsolidatedAnswer.Outcome.UNSCORED).map(ConsolidatedAnswer::code).toList());
        Bucket notAnswered = new Bucket(Optional.empty(), "Not answered", answers.stream()
                .filter(a -> !a.isAnswered()).map(ConsolidatedAnswer::code).toList());
        return new Distribution(levels, unscored, notAnswered);
    }

    /** How many value codes sit at the level (1-based). */
    public int count(int level) {
        return levels.get(level - 1).count();
    }

    public int total() {
        return levels.stream().mapToInt(Bucket::count).sum() + unscored.count() + notAnswered.count();
    }

    /** The lowest level among scored answers. */
    public static Optional<Integer> weakest(Collection<ConsolidatedAnswer> answers) {
        return answers.stream().filter(ConsolidatedAnswer::isScored).map(ConsolidatedAnswer::level).min(Integer::compare);
    }

    /**
     * The median of the scored levels: the middle one, or halfway between the two middle ones
     * (e.g. 2.5); absent when nothing is scored. Unscored and unanswered value codes are left out.
     */
    public static Optional<BigDecimal> median(Collection<Integer> levels) {
        List<Integer> sorted = levels.stream().sorted().toList();
        if (sorted.isEmpty()) {
            return Optional.empty();
        }
        int n = sorted.size();
        BigDecimal median = n % 2 == 1 ? BigDecimal.valueOf(sorted.get(n / 2))
                : BigDecimal.valueOf(sorted.get(n / 2 - 1) + sorted.get(n / 2)).divide(BigDecimal.valueOf(2), 1,
                        RoundingMode.UNNECESSARY);
        return Optional.of(median.stripTrailingZeros().scale() < 0 ? median.setScale(0) : median.stripTrailingZeros());
    }
}
