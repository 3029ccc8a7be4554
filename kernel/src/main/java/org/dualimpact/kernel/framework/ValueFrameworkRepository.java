package org.dualimpact.kernel.framework;

import java.util.List;
import java.util.Optional;

/** Where social value framework editions are kept. */
public interface ValueFrameworkRepository {

    Optional<ValueFramework> find(ValueFrameworkId id);

    /** The edition with exactly this key and edition label. */
    Optional<ValueFramework> find(String key, String edition);

    /** Every edition, by key then edition label. */
    List<ValueFramework> all();

    void add(ValueFramework framework);

    /** Replaces the stored content of an edition (the service has checked no tender uses it). */
    void replace(ValueFramework framework);

    /** True once a tender draws a social value criterion from the edition: it is frozen from then on. */
    boolean usedByTender(ValueFrameworkId id);
}
