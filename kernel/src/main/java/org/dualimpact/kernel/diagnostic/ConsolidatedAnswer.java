package org.dualimpact.kernel.diagnostic;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The organisation's answer to one value code, consolidated from its respondents' answers by the
 * framework's rule: <strong>the weakest level of attainment, never an average</strong>.
 *
 * <ul>
 * <li>{@code LEVEL}: at least one respondent gave a level; the lowest level given is the answer.
 *     Respondents who chose <em>unscored</em> abstain: they neither raise nor lower it.</li>
 * <li>{@code UNSCORED}: everyone who rated it chose unscored.</li>
 * <li>{@code NOT_ANSWERED}: nobody has rated it (comments alone do not count).</li>
 * </ul>
 * {@link #differs()} is true when the respondents' ratings are not all the same (a level against
 * another level, or against unscored): the place for a conversation before submitting.
 */
public record ConsolidatedAnswer(ValueCode valueCode, int sectionNumber, Outcome outcome, int level, boolean differs,
        List<Answer> responses) {

    /** What the organisation's answer is. */
    public enum Outcome {
        LEVEL, UNSCORED, NOT_ANSWERED
    }

    public ConsolidatedAnswer {
        Objects.requireNonNull(valueCode, "valueCode");
        Objects.requireNonNull(outcome, "outcome");
        if ((outcome == Outcome.LEVEL) != (level >= 1)) {
            throw new IllegalArgumentException("only a LEVEL outcome carries a level");
        }
        responses = List.copyOf(responses);
    }

    /** Applies the weakest-level rule to the answers given to one value code. */
    public static ConsolidatedAnswer of(ValueCode valueCode, int sectionNumber, Collection<Answer> answers) {
        List<Answer> responses = answers.stream().filter(a -> a.valueCode().equals(valueCode.code())).toList();
        List<Rating> ratings = responses.stream().flatMap(a -> a.rating().stream()).toList();
        Optional<Integer> weakest = ratings.stream().filter(r -> !r.isUnscored()).map(Rating::level)
                .min(Integer::compare);
        boolean differs = ratings.stream().distinct().count() > 1;
        if (weakest.isPresent()) {
            return new ConsolidatedAnswer(valueCode, sectionNumber, Outcome.LEVEL, weakest.get(), differs, responses);
        }
        return new ConsolidatedAnswer(valueCode, sectionNumber, ratings.isEmpty() ? Outcome.NOT_ANSWERED
                : Outcome.UNSCORED, 0, differs, responses);
    }

    /** The consolidated answers of every value code of the framework, in framework order. */
    public static List<ConsolidatedAnswer> all(FrameworkDefinition framework, Collection<Answer> answers) {
        return framework.sections().stream().flatMap(s -> s.valueCodes().stream()
                .map(v -> of(v, s.number(), answers))).toList();
    }

    public boolean isScored() {
        return outcome == Outcome.LEVEL;
    }

    /** Answered: a level or unscored. */
    public boolean isAnswered() {
        return outcome != Outcome.NOT_ANSWERED;
    }

    public Optional<Integer> scoredLevel() {
        return isScored() ? Optional.of(level) : Optional.empty();
    }

    public String code() {
        return valueCode.code();
    }

    /** The comments respondents wrote, non-empty ones only. */
    public List<Answer> comments() {
        return responses.stream().filter(a -> !a.comment().isEmpty()).toList();
    }
}
