package org.dualimpact.kernel.rollup;

import java.util.List;
import java.util.function.Consumer;

/** Reads the stored roll-up. Rows are ordered by their key ({@link KpiKey} order). */
public interface KpiRepository {

    /** Rows matching the filter that the scope lets the reader see, {@code offset} rows skipped, at most {@code limit}. */
    List<KpiFigures> find(KpiFilter filter, KpiScope scope, int offset, int limit);

    /** How many rows {@link #find} would give without offset and limit. */
    long count(KpiFilter filter, KpiScope scope);

    /** Every row {@link #find} would give without offset and limit, read a page at a time. */
    default void each(KpiFilter filter, KpiScope scope, Consumer<KpiFigures> row) {
        for (int offset = 0;; offset += KpiService.MAX_LIMIT) {
            List<KpiFigures> page = find(filter, scope, offset, KpiService.MAX_LIMIT);
            page.forEach(row);
            if (page.size() < KpiService.MAX_LIMIT) {
                return;
            }
        }
    }

    /** SDG rows matching the filter (measure and provider ignored: SDG rows are per target), within the scope. */
    List<SdgFigures> findSdg(KpiFilter filter, KpiScope scope);

    /** The agreements counted in the slices matching the filter (measure and provider ignored). */
    List<AgreementParties> agreements(KpiFilter filter);
}
