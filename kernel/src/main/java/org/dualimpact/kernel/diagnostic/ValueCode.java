package org.dualimpact.kernel.diagnostic;

import java.util.List;
import java.util.regex.Pattern;

import org.dualimpact.kernel.shared.Validation;

/**
 * One question of a framework: a value code with its name, what it measures, and a descriptor of
 * what attainment looks like at each level ({@code descriptors.get(0)} describes level 1).
 *
 * <p>The code identifies it within its framework (and in URLs): 1 to 20 letters, digits, dots,
 * dashes or underscores, starting with a letter or digit.
 */
public record ValueCode(String code, String name, String description, List<String> descriptors) {

    static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,19}");
    public static final int NAME_MAX = 200;
    public static final int DESCRIPTION_MAX = 2000;
    public static final int DESCRIPTOR_MAX = 4000;

    public ValueCode {
        if (code == null || !CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("a value code is 1 to 20 letters, digits, '.', '-' or '_': " + code);
        }
        name = Validation.requireText(name, "value code name", NAME_MAX);
        description = Validation.optionalText(description, "value code description", DESCRIPTION_MAX);
        descriptors = List.copyOf(descriptors);
        if (descriptors.size() < 2) {
            throw new IllegalArgumentException("a value code describes at least two levels");
        }
        for (String descriptor : descriptors) {
            Validation.requireText(descriptor, "level descriptor", DESCRIPTOR_MAX);
        }
        descriptors = descriptors.stream().map(String::strip).toList();
    }

    /** What attainment looks like at the level (1-based). */
    public String descriptor(int level) {
        return descriptors.get(level - 1);
    }

    public static boolean isCode(String value) {
        return value != null && CODE.matcher(value).matches();
    }
}
