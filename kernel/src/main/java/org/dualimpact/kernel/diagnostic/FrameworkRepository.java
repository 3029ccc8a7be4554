package org.dualimpact.kernel.diagnostic;

import java.util.List;
import java.util.Optional;

/** Where framework versions are kept. A stored framework is never changed. */
public interface FrameworkRepository {

    Optional<Framework> find(FrameworkId id);

    /** The framework with exactly this name and version label. */
    Optional<Framework> find(String name, String version);

    /** Every framework version, by name then version. */
    List<Framework> all();

    /** Stores a new framework version; the caller has checked that its name and version are free. */
    void add(Framework framework);
}
