package org.dualimpact.kernel.diagnostic;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** In-memory fake of the framework port, for kernel tests. */
public final class InMemoryFrameworkRepository implements FrameworkRepository {

    private final Map<FrameworkId, Framework> frameworks = new LinkedHashMap<>();

    @Override
    public Optional<Framework> find(FrameworkId id) {
        return Optional.ofNullable(frameworks.get(id));
    }

    @Override
    public Optional<Framework> find(String name, String version) {
        return frameworks.values().stream().filter(f -> f.name().equals(name) && f.version().equals(version)).findFirst();
    }

    @Override
    public List<Framework> all() {
        return frameworks.values().stream().sorted(Comparator.comparing(Framework::name).thenComparing(Framework::version))
                .toList();
    }

    @Override
    public void add(Framework framework) {
        if (find(framework.name(), framework.version()).isPresent() || frameworks.putIfAbsent(framework.id(), framework) != null) {
            throw new IllegalStateException("duplicate " + framework.title());
        }
    }
}
