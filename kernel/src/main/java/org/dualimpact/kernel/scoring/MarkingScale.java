package org.dualimpact.kernel.scoring;

import java.util.List;

/**
 * The marks an evaluator may give a criterion, in increasing order, 2 to 11 bands; the highest mark
 * is full marks. The default is 0 / 20 / 50 / 70 / 100.
 */
public record MarkingScale(List<ScaleBand> bands) {

    public static final MarkingScale DEFAULT = new MarkingScale(List.of(
            new ScaleBand(0, "Unacceptable: no response, or the response does not address the criterion."),
            new ScaleBand(20, "Poor: addresses the criterion in part, with little evidence or commitment."),
            new ScaleBand(50, "Satisfactory: meets the criterion, with some evidence and measurable commitments."),
            new ScaleBand(70, "Good: meets the criterion fully, with clear evidence and specific, measurable commitments."),
            new ScaleBand(100, "Excellent: exceeds the criterion, with strong evidence and specific, measurable, "
                    + "well-resourced commitments.")));

    public MarkingScale {
        bands = List.copyOf(bands);
        if (bands.size() < 2 || bands.size() > 11) {
            throw new IllegalArgumentException("a marking scale has 2 to 11 bands");
        }
        for (int i = 1; i < bands.size(); i++) {
            if (bands.get(i).mark() <= bands.get(i - 1).mark()) {
                throw new IllegalArgumentException("the marks of a scale increase strictly (0, 20, 50, 70, 100)");
            }
        }
    }

    /** Full marks. */
    public int max() {
        return bands.get(bands.size() - 1).mark();
    }

    public boolean allows(int mark) {
        return bands.stream().anyMatch(b -> b.mark() == mark);
    }

    public String marks() {
        return bands.stream().map(b -> Integer.toString(b.mark())).reduce((a, b) -> a + "/" + b).orElse("");
    }
}
