package org.dualimpact.kernel.testing;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

import org.dualimpact.kernel.framework.ValueFramework;
import org.dualimpact.kernel.framework.ValueFrameworkId;
import org.dualimpact.kernel.framework.ValueFrameworkRepository;

/** In-memory fake of the social value framework port; "used by a tender" asks the scoring fake. */
public final class InMemoryValueFrameworkRepository implements ValueFrameworkRepository {

    private final Map<ValueFrameworkId, ValueFramework> frameworks = new LinkedHashMap<>();
    private Predicate<ValueFrameworkId> used = id -> false;

    public void usage(Predicate<ValueFrameworkId> usedByTender) {
        this.used = usedByTender;
    }

    @Override
    public Optional<ValueFramework> find(ValueFrameworkId id) {
        return Optional.ofNullable(frameworks.get(id));
    }

    @Override
    public Optional<ValueFramework> find(String key, String edition) {
        return frameworks.values().stream().filter(f -> f.definition().key().equals(key)
                && f.definition().edition().equals(edition)).findFirst();
    }

    @Override
    public List<ValueFramework> all() {
        return frameworks.values().stream().sorted(Comparator.comparing((ValueFramework f) -> f.definition().key())
                .thenComparing(f -> f.definition().edition())).toList();
    }

    @Override
    public void add(ValueFramework framework) {
        if (find(framework.definition().key(), framework.definition().edition()).isPresent()) {
            throw new IllegalStateException("unique (key, edition) violated");
        }
        frameworks.put(framework.id(), framework);
    }

    @Override
    public void replace(ValueFramework framework) {
        frameworks.put(framework.id(), framework);
    }

    @Override
    public boolean usedByTender(ValueFrameworkId id) {
        return used.test(id);
    }
}
