package org.dualimpact.persistence.convert;

import jakarta.persistence.TypedQuery;

/**
 * Queries whose entities are only converted to domain objects, never changed: EclipseLink answers
 * them with the entities of its shared cache as they are, instead of copying each one (with its
 * collections) into the transaction's persistence context and comparing it again at commit. Only for
 * reads that no write in the same transaction precedes: such a read sees the cache, which a write
 * reaches at commit.
 */
public final class ReadOnly {

    /** EclipseLink's query hint {@code QueryHints.READ_ONLY}. */
    static final String HINT = "eclipselink.read-only";

    private ReadOnly() {
    }

    public static <T> TypedQuery<T> query(TypedQuery<T> query) {
        return query.setHint(HINT, Boolean.TRUE);
    }
}
