package org.dualimpact.persistence.diagnostic;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import org.dualimpact.kernel.diagnostic.Target;

/** The target level and date of one value code of an assessment. */
@Entity
@Table(name = "ASSESSMENT_TARGET")
@IdClass(AssessmentTargetEntity.Key.class)
public class AssessmentTargetEntity {

    @Id
    @Column(name = "ASSESSMENT_ID", length = 40)
    String assessment;

    @Id
    @Column(name = "VALUE_CODE", length = 20)
    String valueCode;

    @Column(name = "LEVEL_NO", nullable = false)
    int level;

    @Column(name = "TARGET_DATE", nullable = false)
    LocalDate by;

    @Column(name = "SET_BY", nullable = false, length = 200)
    String setBy;

    @Column(name = "SET_AT", nullable = false)
    Instant setAt;

    /** The composite key: assessment, value code. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        String assessment;
        String valueCode;

        public Key() {
        }

        Key(String assessment, String valueCode) {
            this.assessment = assessment;
            this.valueCode = valueCode;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.assessment.equals(assessment) && k.valueCode.equals(valueCode);
        }

        @Override
        public int hashCode() {
            return Objects.hash(assessment, valueCode);
        }
    }

    protected AssessmentTargetEntity() {
    }

    AssessmentTargetEntity(String assessment, Target target) {
        this.assessment = assessment;
        valueCode = target.valueCode();
        copy(target);
    }

    Key key() {
        return new Key(assessment, valueCode);
    }

    void copy(Target target) {
        level = target.level();
        by = target.by();
        setBy = target.setBy();
        setAt = target.setAt();
    }

    Target toDomain() {
        return new Target(valueCode, level, by, setBy, setAt);
    }
}
