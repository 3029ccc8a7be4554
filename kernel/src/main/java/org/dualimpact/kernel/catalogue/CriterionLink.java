package org.dualimpact.kernel.catalogue;

import org.dualimpact.kernel.shared.Validation;

/** A crosswalk link from a measure to an award criterion of a framework, by framework key ({@code ppn-06-20}) and criterion id ({@code MAC 2.2}). */
public record CriterionLink(String framework, String criterion) {

    public CriterionLink {
        if (framework == null || !framework.strip().matches("[a-z0-9][a-z0-9._-]{0,39}")) {
            throw new IllegalArgumentException("a crosswalk link names a framework key like ppn-06-20: " + framework);
        }
        framework = framework.strip();
        criterion = Validation.requireText(criterion, "the criterion id", 40);
    }

    /** {@code ppn-06-20:MAC 2.2}. */
    @Override
    public String toString() {
        return framework + ":" + criterion;
    }
}
