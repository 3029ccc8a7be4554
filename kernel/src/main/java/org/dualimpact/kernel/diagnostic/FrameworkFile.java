package org.dualimpact.kernel.diagnostic;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import org.dualimpact.kernel.shared.DomainException;
import org.dualimpact.kernel.shared.FieldError;
import org.dualimpact.kernel.shared.Json;
import org.dualimpact.kernel.shared.Validation;

/**
 * Reads a framework file: the documented JSON format of a diagnostic framework version.
 *
 * <pre>
 * {
 *   "framework": "Name of the framework",          required (or "name"), 1–200 characters
 *   "version": "2018",                               optional (string or whole number), default "1", ≤ 40
 *   "source": "where the text comes from",           optional, ≤ 500
 *   "description": "what it is for",                 optional, ≤ 4000
 *   "scoringRule": "how to score",                   optional text, ≤ 4000 (shown, not interpreted:
 *                                                    consolidation is always the weakest level)
 *   "levels": [{"level": 1, "name": "Minimum"}, …],  optional, 2–7 levels numbered 1, 2, 3 … in order;
 *                                                    default 1 Minimum, 2 Developing, 3 Mature,
 *                                                    4 Leader, 5 Innovator
 *   "sections": [{                                   required, 1–50
 *     "name": "Engaging leaders",                    required, unique, ≤ 200
 *     "summary": "…", "whatItIs": "…", "whyItMatters": "…",   optional, ≤ 4000 each
 *     "valueCodes": [{                               required, 1–100 per section, ≤ 500 in all
 *       "code": "EL1",                               optional, unique (ignoring case), 1–20 of
 *                                                    A–Z a–z 0–9 . - _; default "&lt;section&gt;.&lt;n&gt;" (e.g. "3.2")
 *       "name": "Ownership",                         required, unique in its section, ≤ 200
 *       "description": "…",                          optional, ≤ 2000
 *       "levels": [{"level": 1, "descriptor": "…"}, …]   required: every level exactly once, ≤ 4000 each
 *     }]
 *   }]
 * }
 * </pre>
 *
 * A member the format does not know is refused, never ignored. Every problem is reported at once,
 * each with its exact place ({@code sections[3].valueCodes[2].levels}: {@code missing level 4}).
 */
public final class FrameworkFile {

    /** Largest framework file accepted, in characters. */
    public static final int MAX_CHARS = 2_000_000;
    static final int MAX_SECTIONS = 50;
    static final int MAX_CODES_PER_SECTION = 100;
    static final int MAX_VALUE_CODES = 500;
    static final String DEFAULT_VERSION = "1";
    static final String DEFAULT_RESOURCE = "default-framework.json";

    private static final Set<String> ROOT_MEMBERS = Set.of("framework", "name", "version", "source", "description",
            "scoringRule", "levels", "sections");
    private static final Set<String> LEVEL_MEMBERS = Set.of("level", "name");
    private static final Set<String> SECTION_MEMBERS = Set.of("name", "summary", "whatItIs", "whyItMatters", "valueCodes");
    private static final Set<String> CODE_MEMBERS = Set.of("code", "name", "description", "levels");
    private static final Set<String> DESCRIPTOR_MEMBERS = Set.of("level", "descriptor");

    private final Validation validation = new Validation();

    private FrameworkFile() {
    }

    /**
     * The framework the text defines.
     *
     * @throws DomainException {@code malformed-json} (not JSON) or {@code invalid-framework} (every
     *         problem as a field error named by its place), both INVALID_INPUT
     */
    public static FrameworkDefinition parse(String text) {
        if (text != null && text.length() > MAX_CHARS) {
            throw new DomainException(DomainException.Kind.INVALID_INPUT, "framework-too-large", "A framework file is at most "
                    + MAX_CHARS + " characters.", List.of(new FieldError("body", "longer than " + MAX_CHARS + " characters")));
        }
        Object root;
        try {
            root = Json.parse(text);
        } catch (Json.MalformedException e) {
            throw new DomainException(DomainException.Kind.INVALID_INPUT, "malformed-json",
                    "The framework file is not well-formed JSON (" + e.getMessage() + ").",
                    List.of(new FieldError("body", e.getMessage())));
        }
        return new FrameworkFile().read(root);
    }

    /** The text of the framework the product ships (the project's own, loaded at start-up). */
    public static String bundledDefaultText() {
        try (InputStream in = FrameworkFile.class.getResourceAsStream(DEFAULT_RESOURCE)) {
            Objects.requireNonNull(in, "default framework missing from the kernel: " + DEFAULT_RESOURCE);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static FrameworkDefinition bundledDefault() {
        return parse(bundledDefaultText());
    }

    // ---------------------------------------------------------------- reading

    private FrameworkDefinition read(Object root) {
        if (!(root instanceof Map<?, ?>)) {
            validation.reject("body", "must be a JSON object");
            fail();
        }
        Map<String, Object> file = members(root);
        unknown(file, "", ROOT_MEMBERS);
        String name;
        if (file.containsKey("framework") && file.containsKey("name")) {
            validation.reject("name", "give the framework's name once, as \"framework\" or as \"name\"");
            name = null;
        } else {
            String key = file.containsKey("name") ? "name" : "framework";
            name = text(file, key, key, true, FrameworkDefinition.NAME_MAX);
        }
        String version = version(file);
        String source = text(file, "source", "source", false, FrameworkDefinition.SOURCE_MAX);
        String description = text(file, "description", "description", false, FrameworkDefinition.TEXT_MAX);
        String scoringRule = text(file, "scoringRule", "scoringRule", false, FrameworkDefinition.TEXT_MAX);
        List<Level> levels = levels(file);
        List<Section> sections = sections(file, levels.size());
        fail();
        try {
            return new FrameworkDefinition(name, version, source, description, scoringRule, levels, sections);
        } catch (IllegalArgumentException e) {
            validation.reject("body", e.getMessage());
            fail();
            throw e; // not reached
        }
    }

    private String version(Map<String, Object> file) {
        Object value = file.get("version");
        if (value == null) {
            return DEFAULT_VERSION;
        }
        if (value instanceof BigDecimal number && isWhole(number) && number.signum() >= 0) {
            return number.toBigIntegerExact().toString();
        }
        String text = text(file, "version", "version", true, FrameworkDefinition.VERSION_MAX);
        return text == null ? DEFAULT_VERSION : text;
    }

    private List<Level> levels(Map<String, Object> file) {
        if (!file.containsKey("levels")) {
            return FrameworkDefinition.DEFAULT_LEVELS;
        }
        List<Object> items = array(file.get("levels"), "levels");
        if (items == null) {
            return FrameworkDefinition.DEFAULT_LEVELS;
        }
        if (items.size() < 2 || items.size() > Level.MAX_LEVELS) {
            validation.reject("levels", "a framework has 2 to " + Level.MAX_LEVELS + " levels, not " + items.size());
            return FrameworkDefinition.DEFAULT_LEVELS;
        }
        List<Level> levels = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            String path = "levels[" + i + "]";
            Map<String, Object> item = object(items.get(i), path);
            if (item == null) {
                continue;
            }
            unknown(item, path, LEVEL_MEMBERS);
            Integer number = integer(item, "level", path + ".level");
            if (number != null && number != i + 1) {
                validation.reject(path + ".level", "expected level " + (i + 1) + ": levels are numbered 1, 2, 3 … in order");
            }
            String levelName = text(item, "name", path + ".name", true, 40);
            if (number != null && number == i + 1 && levelName != null) {
                levels.add(new Level(number, levelName));
            }
        }
        return levels.size() == items.size() ? levels : padded(items.size());
    }

    /** Placeholder levels so descriptors can still be checked when the level list itself has errors. */
    private static List<Level> padded(int count) {
        List<Level> levels = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            levels.add(new Level(i, "Level " + i));
        }
        return levels;
    }

    private List<Section> sections(Map<String, Object> file, int levelCount) {
        if (!file.containsKey("sections")) {
            validation.reject("sections", "is required: a framework has at least one section");
            return List.of();
        }
        List<Object> items = array(file.get("sections"), "sections");
        if (items == null) {
            return List.of();
        }
        if (items.isEmpty() || items.size() > MAX_SECTIONS) {
            validation.reject("sections", "a framework has 1 to " + MAX_SECTIONS + " sections, not " + items.size());
            return List.of();
        }
        Map<String, String> codesSeen = new HashMap<>();
        Map<String, String> sectionNames = new HashMap<>();
        List<Section> sections = new ArrayList<>();
        int total = 0;
        for (int i = 0; i < items.size(); i++) {
            String path = "sections[" + i + "]";
            Map<String, Object> item = object(items.get(i), path);
            if (item == null) {
                continue;
            }
            unknown(item, path, SECTION_MEMBERS);
            String name = text(item, "name", path + ".name", true, Section.NAME_MAX);
            if (name != null) {
                String first = sectionNames.putIfAbsent(name.toLowerCase(Locale.ROOT), path);
                if (first != null) {
                    validation.reject(path + ".name", "duplicated section name '" + name + "' (already used at " + first + ")");
                }
            }
            String summary = text(item, "summary", path + ".summary", false, Section.TEXT_MAX);
            String whatItIs = text(item, "whatItIs", path + ".whatItIs", false, Section.TEXT_MAX);
            String whyItMatters = text(item, "whyItMatters", path + ".whyItMatters", false, Section.TEXT_MAX);
            List<ValueCode> codes = valueCodes(item, path, i + 1, levelCount, codesSeen);
            total += codes.size();
            if (validation.ok()) {
                sections.add(new Section(i + 1, name, summary, whatItIs, whyItMatters, codes));
            }
        }
        if (total > MAX_VALUE_CODES) {
            validation.reject("sections", "a framework has at most " + MAX_VALUE_CODES + " value codes, not " + total);
        }
        return sections;
    }

    private List<ValueCode> valueCodes(Map<String, Object> section, String sectionPath, int sectionNumber, int levelCount,
            Map<String, String> codesSeen) {
        String listPath = sectionPath + ".valueCodes";
        if (!section.containsKey("valueCodes")) {
            validation.reject(listPath, "is required: a section has at least one value code");
            return List.of();
        }
        List<Object> items = array(section.get("valueCodes"), listPath);
        if (items == null) {
            return List.of();
        }
        if (items.isEmpty() || items.size() > MAX_CODES_PER_SECTION) {
            validation.reject(listPath, "a section has 1 to " + MAX_CODES_PER_SECTION + " value codes, not " + items.size());
            return List.of();
        }
        Map<String, String> names = new HashMap<>();
        List<ValueCode> codes = new ArrayList<>();
        for (int j = 0; j < items.size(); j++) {
            String path = listPath + "[" + j + "]";
            Map<String, Object> item = object(items.get(j), path);
            if (item == null) {
                continue;
            }
            unknown(item, path, CODE_MEMBERS);
            String code;
            if (item.containsKey("code")) {
                code = text(item, "code", path + ".code", true, 20);
                if (code != null && !ValueCode.isCode(code)) {
                    validation.reject(path + ".code", "a value code is 1 to 20 letters, digits, '.', '-' or '_' "
                            + "starting with a letter or digit: " + code);
                    code = null;
                }
            } else {
                code = sectionNumber + "." + (j + 1);
            }
            if (code != null) {
                String first = codesSeen.putIfAbsent(code.toLowerCase(Locale.ROOT), path);
                if (first != null) {
                    validation.reject(item.containsKey("code") ? path + ".code" : path, "duplicated code " + code
                            + " (already used at " + first + ")");
                }
            }
            String name = text(item, "name", path + ".name", true, ValueCode.NAME_MAX);
            if (name != null) {
                String first = names.putIfAbsent(name.toLowerCase(Locale.ROOT), path);
                if (first != null) {
                    validation.reject(path + ".name", "duplicated value code name '" + name + "' in this section (already used at "
                            + first + ")");
                }
            }
            String description = text(item, "description", path + ".description", false, ValueCode.DESCRIPTION_MAX);
            List<String> descriptors = descriptors(item, path, levelCount);
            if (validation.ok()) {
                codes.add(new ValueCode(code, name, description, descriptors));
            }
        }
        return codes;
    }

    private List<String> descriptors(Map<String, Object> valueCode, String codePath, int levelCount) {
        String listPath = codePath + ".levels";
        if (!valueCode.containsKey("levels")) {
            validation.reject(listPath, "is required: describe each of the levels 1 to " + levelCount);
            return List.of();
        }
        List<Object> items = array(valueCode.get("levels"), listPath);
        if (items == null) {
            return List.of();
        }
        String[] byLevel = new String[levelCount];
        Set<Integer> seen = new TreeSet<>();
        for (int k = 0; k < items.size(); k++) {
            String path = listPath + "[" + k + "]";
            Map<String, Object> item = object(items.get(k), path);
            if (item == null) {
                continue;
            }
            unknown(item, path, DESCRIPTOR_MEMBERS);
            Integer level = integer(item, "level", path + ".level");
            String descriptor = text(item, "descriptor", path + ".descriptor", true, ValueCode.DESCRIPTOR_MAX);
            if (level == null) {
                continue;
            }
            if (level < 1 || level > levelCount) {
                validation.reject(path + ".level", "level " + level + " is not one of the framework's levels 1 to " + levelCount);
            } else if (!seen.add(level)) {
                validation.reject(path + ".level", "level " + level + " is described twice");
            } else {
                byLevel[level - 1] = descriptor;
            }
        }
        for (int level = 1; level <= levelCount; level++) {
            if (!seen.contains(level)) {
                validation.reject(listPath, "missing level " + level);
            }
        }
        List<String> descriptors = new ArrayList<>();
        for (String d : byLevel) {
            descriptors.add(d == null ? "" : d);
        }
        return descriptors;
    }

    // ---------------------------------------------------------------- typed access with named errors

    private void fail() {
        validation.throwIfInvalid("invalid-framework",
                "The framework cannot be imported as given; every problem is listed with its place in the file.");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> members(Object value) {
        return (Map<String, Object>) value;
    }

    private Map<String, Object> object(Object value, String path) {
        if (value instanceof Map<?, ?>) {
            return members(value);
        }
        validation.reject(path, "must be a JSON object");
        return null;
    }

    @SuppressWarnings("unchecked")
    private List<Object> array(Object value, String path) {
        if (value instanceof List<?>) {
            return (List<Object>) value;
        }
        validation.reject(path, "must be a JSON array");
        return null;
    }

    private void unknown(Map<String, Object> object, String path, Set<String> known) {
        for (String member : object.keySet()) {
            if (!known.contains(member)) {
                validation.reject(path.isEmpty() ? member : path + "." + member, "unknown member (known: "
                        + new TreeSet<>(known) + ")");
            }
        }
    }

    private String text(Map<String, Object> object, String key, String path, boolean required, int max) {
        Object value = object.get(key);
        if (value == null || value == Json.NULL) {
            if (required) {
                validation.reject(path, "is required");
            }
            return null;
        }
        if (!(value instanceof String text)) {
            validation.reject(path, "must be a string");
            return null;
        }
        if (text.isBlank()) {
            if (required) {
                validation.reject(path, "must not be blank");
            }
            return null;
        }
        if (text.strip().length() > max) {
            validation.reject(path, "is longer than " + max + " characters");
            return null;
        }
        return text.strip();
    }

    private Integer integer(Map<String, Object> object, String key, String path) {
        Object value = object.get(key);
        if (value == null || value == Json.NULL) {
            validation.reject(path, "is required");
            return null;
        }
        if (!(value instanceof BigDecimal number) || !isWhole(number) || number.abs().compareTo(BigDecimal.valueOf(1000)) > 0) {
            validation.reject(path, "must be a whole number");
            return null;
        }
        return number.intValueExact();
    }

    private static boolean isWhole(BigDecimal number) {
        return number.signum() == 0 || number.stripTrailingZeros().scale() <= 0;
    }
}
