package org.dualimpact.persistence.convert;

import jakarta.persistence.TypedQuery;

/**
 * EclipseLink's batch reading for a query that returns many entities: each named collection of all of
 * them is read in one more query ({@code … where ID in (…)}) instead of one query per entity and
 * collection. Spotlight's page of ten provisions takes four queries instead of thirty-one. Only with
 * {@link ReadOnly}: EclipseLink 4.0.9 cannot compare an embeddable read in a batch for changes at commit
 * (a {@code DescriptorException} on {@code NeedRow.skills}, seen under the console benchmark).
 */
public final class BatchReads {

    /** EclipseLink's query hints {@code QueryHints.BATCH} (one per collection) and {@code QueryHints.BATCH_TYPE}. */
    static final String BATCH = "eclipselink.batch";
    static final String TYPE = "eclipselink.batch.type";

    private BatchReads() {
    }

    /** The query, reading the collections of the entities named by {@code alias} in batches. */
    public static <T> TypedQuery<T> of(TypedQuery<T> query, String alias, String... collections) {
        query.setHint(TYPE, "IN");
        for (String collection : collections) {
            query.setHint(BATCH, alias + "." + collection);
        }
        return query;
    }
}
