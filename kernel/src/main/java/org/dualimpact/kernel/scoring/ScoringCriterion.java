package org.dualimpact.kernel.scoring;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

import org.dualimpact.kernel.framework.ValueFrameworkId;
import org.dualimpact.kernel.shared.Validation;

/**
 * A social value criterion of a tender, drawn from a framework edition, with its weight inside the
 * social value part (the weights of a tender's criteria sum to 100) and the measures whose
 * commitments count towards it in the quantitative method. Title and provisional flag are copied from
 * the framework when the tender is set up, so an evaluation reads from the tender alone.
 */
public record ScoringCriterion(ValueFrameworkId framework, String frameworkKey, String frameworkLabel, String criterionId,
        String title, boolean provisional, BigDecimal weight, List<String> measures) {

    public ScoringCriterion {
        Objects.requireNonNull(framework, "framework");
        frameworkKey = Validation.requireText(frameworkKey, "framework key", 40);
        frameworkLabel = Validation.requireText(frameworkLabel, "framework label", 400);
        criterionId = Validation.requireText(criterionId, "criterion id", 40);
        title = title == null ? "" : title;
        weight = Weights.percent(weight, "criterion");
        if (weight.signum() == 0) {
            throw new IllegalArgumentException("a criterion weighs more than 0 %");
        }
        measures = List.copyOf(measures);
    }
}
