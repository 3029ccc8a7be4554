package org.dualimpact.persistence.convert;

import jakarta.persistence.TypedQuery;

/**
 * Queries whose entities are only converted to domain objects, never changed: EclipseLink builds them
 * without registering them in the transaction's persistence context, so it neither copies each one
 * (with its collections) nor compares it again at commit. Only for reads that no write in the same
 * transaction precedes: such a read does not see the transaction's pending changes. (There is no
 * shared cache to answer from; see persistence.xml.)
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
