package org.dualimpact.kernel.rollup;

import java.util.List;
import java.util.Objects;

/**
 * Everything the roll-up holds for one slice: its KPI rows, its SDG rows and the agreements counted in
 * it (the public summary counts agreements per group before naming anyone). Stored by replacing the
 * slice's previous rows as a whole.
 */
public record SliceFigures(Slice slice, List<KpiFigures> kpis, List<SdgFigures> sdgs, List<AgreementParties> agreements) {

    public SliceFigures {
        Objects.requireNonNull(slice, "slice");
        kpis = List.copyOf(kpis);
        sdgs = List.copyOf(sdgs);
        agreements = List.copyOf(agreements);
        for (KpiFigures row : kpis) {
            if (!row.key().slice().equals(slice)) {
                throw new IllegalArgumentException("row " + row.key() + " lies outside slice " + slice);
            }
        }
    }
}
