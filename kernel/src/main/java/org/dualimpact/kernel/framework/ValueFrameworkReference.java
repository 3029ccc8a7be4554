package org.dualimpact.kernel.framework;

import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;

/**
 * How a person names a social value framework edition: by its identifier ({@code SVF-…}), or by the
 * framework's key ({@code ppn-06-20}), which names the key's edition imported (or replaced) last.
 */
public final class ValueFrameworkReference {

    private ValueFrameworkReference() {
    }

    /** The edition a reference names, if any. */
    public static Optional<ValueFramework> resolve(ValueFrameworkRepository frameworks, String reference) {
        if (reference == null || reference.isBlank()) {
            return Optional.empty();
        }
        String named = reference.strip();
        if (ValueFrameworkId.isValid(named)) {
            return frameworks.find(new ValueFrameworkId(named));
        }
        String key = named.toLowerCase(Locale.ROOT);
        return frameworks.all().stream().filter(f -> f.definition().key().equals(key))
                .max(Comparator.comparing(ValueFramework::importedAt));
    }

    /** What a reference may be, for a refusal: {@code an edition identifier (SVF-…) or a framework key (ppn-002, …)}. */
    public static String accepted(ValueFrameworkRepository frameworks) {
        TreeSet<String> keys = new TreeSet<>();
        frameworks.all().forEach(f -> keys.add(f.definition().key()));
        return "an edition identifier (SVF-…) or a framework key" + (keys.isEmpty() ? "" : " (" + String.join(", ", keys) + ")");
    }
}
