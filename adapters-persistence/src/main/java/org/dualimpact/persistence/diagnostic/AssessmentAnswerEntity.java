package org.dualimpact.persistence.diagnostic;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import org.dualimpact.kernel.diagnostic.Answer;
import org.dualimpact.kernel.diagnostic.Rating;

/** One respondent's answer to one value code. {@code RATING}: a level number, {@code UNSCORED} or {@code NONE}. */
@Entity
@Table(name = "ASSESSMENT_ANSWER")
@IdClass(AssessmentAnswerEntity.Key.class)
public class AssessmentAnswerEntity {

    static final String UNSCORED = "UNSCORED";
    static final String NONE = "NONE";

    @Id
    @Column(name = "ASSESSMENT_ID", length = 40)
    String assessment;

    @Id
    @Column(name = "VALUE_CODE", length = 20)
    String valueCode;

    @Id
    @Column(name = "RESPONDENT", length = 200)
    String respondent;

    @Column(name = "RATING", nullable = false, length = 10)
    String rating;

    @Column(name = "COMMENT_TEXT", nullable = false, length = 4000)
    String comment;

    @Column(name = "ANSWERED_AT", nullable = false)
    Instant at;

    /** The composite key: assessment, value code, respondent. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        String assessment;
        String valueCode;
        String respondent;

        public Key() {
        }

        Key(String assessment, String valueCode, String respondent) {
            this.assessment = assessment;
            this.valueCode = valueCode;
            this.respondent = respondent;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.assessment.equals(assessment) && k.valueCode.equals(valueCode)
                    && k.respondent.equals(respondent);
        }

        @Override
        public int hashCode() {
            return Objects.hash(assessment, valueCode, respondent);
        }
    }

    protected AssessmentAnswerEntity() {
    }

    AssessmentAnswerEntity(String assessment, Answer answer) {
        this.assessment = assessment;
        valueCode = answer.valueCode();
        respondent = answer.respondent();
        copy(answer);
    }

    Key key() {
        return new Key(assessment, valueCode, respondent);
    }

    /** Copies the changeable fields; @return whether anything differed. */
    boolean copy(Answer answer) {
        String newRating = answer.rating().map(r -> r.isUnscored() ? UNSCORED : Integer.toString(r.level())).orElse(NONE);
        boolean changed = !newRating.equals(rating) || !answer.comment().equals(comment) || !answer.at().equals(at);
        rating = newRating;
        comment = answer.comment();
        at = answer.at();
        return changed;
    }

    Answer toDomain() {
        Optional<Rating> parsed = switch (rating) {
            case NONE -> Optional.empty();
            case UNSCORED -> Optional.of(Rating.UNSCORED);
            default -> Optional.of(Rating.level(Integer.parseInt(rating)));
        };
        return new Answer(valueCode, respondent, parsed, comment, at);
    }
}
