package org.dualimpact.kernel.rollup;

import java.util.List;
import java.util.Objects;

import org.dualimpact.kernel.shared.Actor;
import org.dualimpact.kernel.shared.DomainException;

/**
 * Reading the roll-up's rows and SDG rows, within what the reader may see ({@link KpiAccess}). SROI of
 * the rows: {@link KpiSroiService}; the public summary of an area: {@link PublicImpactService}.
 */
public final class KpiService {

    /** Most rows one read returns. */
    public static final int MAX_LIMIT = 10_000;

    private final KpiRepository kpis;
    private final KpiAccess access;

    public KpiService(KpiRepository kpis, KpiAccess access) {
        this.kpis = Objects.requireNonNull(kpis);
        this.access = Objects.requireNonNull(access);
    }

    /** One page of rows and how many there are in all. */
    public record Page(List<KpiFigures> rows, long total, int offset, int limit) {
    }

    public Page kpis(Actor actor, KpiFilter filter, int offset, int limit) {
        if (offset < 0) {
            throw DomainException.invalid("invalid-range", "offset must not be negative.");
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw DomainException.invalid("invalid-range", "limit must lie between 1 and " + MAX_LIMIT + ".");
        }
        KpiScope scope = access.permitted(actor, filter);
        return new Page(kpis.find(filter, scope, offset, limit), kpis.count(filter, scope), offset, limit);
    }

    /** SDG rows within the reader's scope, with the same refusals as {@link #kpis}. */
    public List<SdgFigures> sdgs(Actor actor, KpiFilter filter) {
        return kpis.findSdg(filter, access.permitted(actor, filter));
    }
}
