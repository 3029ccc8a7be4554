package org.dualimpact.importing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.dualimpact.kernel.diagnostic.FrameworkDefinition;
import org.dualimpact.kernel.diagnostic.Level;
import org.dualimpact.kernel.diagnostic.Section;
import org.dualimpact.kernel.diagnostic.ValueCode;
import org.dualimpact.kernel.shared.DomainException;
import org.dualimpact.kernel.shared.FieldError;
import org.dualimpact.kernel.shared.Validation;

/**
 * Reads a diagnostic framework file: the documented JSON format of a framework version.
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
 * A member the format does not know is refused, never ignored; so is a control character in any
 * text. Every problem is reported at once, each with its exact place
 * ({@code sections[3].valueCodes[2].levels}: {@code missing level 4}). The kernel's
 * {@link FrameworkDefinition} guards the same rules last.
 */
public final class JsonDiagnosticFrameworkReader {

    /** Largest framework file accepted, in characters. */
    public static final int MAX_CHARS = 2_000_000;
    static final int MAX_SECTIONS = 50;
    static final int MAX_CODES_PER_SECTION = 100;
    static final int MAX_VALUE_CODES = 500;
    static final String DEFAULT_VERSION = "1";

    private static final Set<String> ROOT_MEMBERS = Set.of("framework", "name", "version", "source", "description",
            "scoringRule", "levels", "sections");
    private static final Set<String> LEVEL_MEMBERS = Set.of("level", "name");
    private static final Set<String> SECTION_MEMBERS = Set.of("name", "summary", "whatItIs", "whyItMatters", "valueCodes");
    private static final Set<String> CODE_MEMBERS = Set.of("code", "name", "description", "levels");
    private static final Set<String> DESCRIPTOR_MEMBERS = Set.of("level", "descriptor");

    private final Validation validation = new Validation();
    private final JsonFields in;

    private JsonDiagnosticFrameworkReader(JsonDocument document) {
        this.in = new JsonFields(validation, document, false);
    }

    /**
     * The framework the text defines.
     *
     * @throws DomainException {@code framework-too-large}, {@code malformed-json} (not JSON) or
     *         {@code invalid-framework} (every problem as a field error named by its place), all INVALID_INPUT
     */
    public static FrameworkDefinition read(String text) {
        if (text != null && text.length() > MAX_CHARS) {
            throw tooLarge();
        }
        JsonDocument document = JsonDocument.read(text, "framework");
        return new JsonDiagnosticFrameworkReader(document).definition(document.root());
    }

    /** The refusal of a file longer than {@link #MAX_CHARS}. */
    public static DomainException tooLarge() {
        return new DomainException(DomainException.Kind.INVALID_INPUT, "framework-too-large", "A framework file is at most "
                + MAX_CHARS + " characters.", List.of(new FieldError("body", "longer than " + MAX_CHARS + " characters")));
    }

    private FrameworkDefinition definition(JsonValue root) {
        JsonObject file = in.object(root, null, "body");
        fail();
        in.unknown(file, "", ROOT_MEMBERS);
        String name;
        if (file.containsKey("framework") && file.containsKey("name")) {
            validation.reject("name", "give the framework's name once, as \"framework\" or as \"name\"");
            name = null;
        } else {
            String key = file.containsKey("name") ? "name" : "framework";
            name = in.text(file, key, key, true, FrameworkDefinition.NAME_MAX);
        }
        String version = version(file);
        String source = in.text(file, "source", "source", false, FrameworkDefinition.SOURCE_MAX);
        String description = in.text(file, "description", "description", false, FrameworkDefinition.TEXT_MAX);
        String scoringRule = in.text(file, "scoringRule", "scoringRule", false, FrameworkDefinition.TEXT_MAX);
        List<Level> levels = levels(file);
        List<Section> sections = sections(file, levels.size());
        fail();
        FrameworkDefinition definition = in.build(file, "body", () -> new FrameworkDefinition(name, version, source,
                description, scoringRule, levels, sections));
        fail();
        return definition;
    }

    private String version(JsonObject file) {
        if (!file.containsKey("version")) {
            return DEFAULT_VERSION;
        }
        if (file.get("version") instanceof JsonNumber number && JsonFields.isWhole(number.bigDecimalValue())
                && number.bigDecimalValue().signum() >= 0) {
            return number.bigDecimalValue().toBigIntegerExact().toString();
        }
        String text = in.text(file, "version", "version", true, FrameworkDefinition.VERSION_MAX);
        return text == null ? DEFAULT_VERSION : text;
    }

    private List<Level> levels(JsonObject file) {
        if (!file.containsKey("levels")) {
            return FrameworkDefinition.DEFAULT_LEVELS;
        }
        JsonArray items = in.array(file.get("levels"), file, "levels");
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
            JsonObject item = in.object(items.get(i), items, path);
            if (item == null) {
                continue;
            }
            in.unknown(item, path, LEVEL_MEMBERS);
            Integer number = level(item, path + ".level");
            if (number != null && number != i + 1) {
                validation.reject(path + ".level", "expected level " + (i + 1) + ": levels are numbered 1, 2, 3 … in order");
            }
            String levelName = in.text(item, "name", path + ".name", true, 40);
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

    private List<Section> sections(JsonObject file, int levelCount) {
        if (!file.containsKey("sections")) {
            validation.reject("sections", "is required: a framework has at least one section");
            return List.of();
        }
        JsonArray items = in.array(file.get("sections"), file, "sections");
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
            JsonObject item = in.object(items.get(i), items, path);
            if (item == null) {
                continue;
            }
            in.unknown(item, path, SECTION_MEMBERS);
            String name = in.text(item, "name", path + ".name", true, Section.NAME_MAX);
            if (name != null) {
                String first = sectionNames.putIfAbsent(name.toLowerCase(Locale.ROOT), path);
                if (first != null) {
                    validation.reject(path + ".name", "duplicated section name '" + name + "' (already used at " + first + ")");
                }
            }
            String summary = in.text(item, "summary", path + ".summary", false, Section.TEXT_MAX);
            String whatItIs = in.text(item, "whatItIs", path + ".whatItIs", false, Section.TEXT_MAX);
            String whyItMatters = in.text(item, "whyItMatters", path + ".whyItMatters", false, Section.TEXT_MAX);
            List<ValueCode> codes = valueCodes(item, path, i + 1, levelCount, codesSeen);
            total += codes.size();
            if (validation.ok()) {
                int number = i + 1;
                Section section = in.build(item, path, () -> new Section(number, name, summary, whatItIs, whyItMatters, codes));
                if (section != null) {
                    sections.add(section);
                }
            }
        }
        if (total > MAX_VALUE_CODES) {
            validation.reject("sections", "a framework has at most " + MAX_VALUE_CODES + " value codes, not " + total);
        }
        return sections;
    }

    private List<ValueCode> valueCodes(JsonObject section, String sectionPath, int sectionNumber, int levelCount,
            Map<String, String> codesSeen) {
        String listPath = sectionPath + ".valueCodes";
        if (!section.containsKey("valueCodes")) {
            validation.reject(listPath, "is required: a section has at least one value code");
            return List.of();
        }
        JsonArray items = in.array(section.get("valueCodes"), section, listPath);
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
            JsonObject item = in.object(items.get(j), items, path);
            if (item == null) {
                continue;
            }
            in.unknown(item, path, CODE_MEMBERS);
            String code = code(item, path, sectionNumber + "." + (j + 1));
            if (code != null) {
                String first = codesSeen.putIfAbsent(code.toLowerCase(Locale.ROOT), path);
                if (first != null) {
                    validation.reject(item.containsKey("code") ? path + ".code" : path, "duplicated code " + code
                            + " (already used at " + first + ")");
                }
            }
            String name = in.text(item, "name", path + ".name", true, ValueCode.NAME_MAX);
            if (name != null) {
                String first = names.putIfAbsent(name.toLowerCase(Locale.ROOT), path);
                if (first != null) {
                    validation.reject(path + ".name", "duplicated value code name '" + name + "' in this section (already used at "
                            + first + ")");
                }
            }
            String description = in.text(item, "description", path + ".description", false, ValueCode.DESCRIPTION_MAX);
            List<String> descriptors = descriptors(item, path, levelCount);
            if (validation.ok()) {
                ValueCode valueCode = in.build(item, path, () -> new ValueCode(code, name, description, descriptors));
                if (valueCode != null) {
                    codes.add(valueCode);
                }
            }
        }
        return codes;
    }

    /** The code the file gives, or the one derived from the position ({@code 3.2}) when it gives none. */
    private String code(JsonObject item, String path, String derived) {
        if (!item.containsKey("code")) {
            return derived;
        }
        String code = in.text(item, "code", path + ".code", true, 20);
        if (code != null && !ValueCode.isCode(code)) {
            validation.reject(path + ".code", "a value code is 1 to 20 letters, digits, '.', '-' or '_' "
                    + "starting with a letter or digit: " + code);
            return null;
        }
        return code;
    }

    private List<String> descriptors(JsonObject valueCode, String codePath, int levelCount) {
        String listPath = codePath + ".levels";
        if (!valueCode.containsKey("levels")) {
            validation.reject(listPath, "is required: describe each of the levels 1 to " + levelCount);
            return List.of();
        }
        JsonArray items = in.array(valueCode.get("levels"), valueCode, listPath);
        if (items == null) {
            return List.of();
        }
        String[] byLevel = new String[levelCount];
        Set<Integer> seen = new TreeSet<>();
        for (int k = 0; k < items.size(); k++) {
            String path = listPath + "[" + k + "]";
            JsonObject item = in.object(items.get(k), items, path);
            if (item == null) {
                continue;
            }
            in.unknown(item, path, DESCRIPTOR_MEMBERS);
            Integer level = level(item, path + ".level");
            String descriptor = in.text(item, "descriptor", path + ".descriptor", true, ValueCode.DESCRIPTOR_MAX);
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

    /** A level number: required, a whole number (its range is checked by the caller). */
    private Integer level(JsonObject object, String path) {
        if (!JsonFields.present(object, "level")) {
            validation.reject(path, "is required");
            return null;
        }
        if (!(object.get("level") instanceof JsonNumber number) || !JsonFields.isWhole(number.bigDecimalValue())
                || number.bigDecimalValue().abs().compareTo(BigDecimal.valueOf(1000)) > 0) {
            validation.reject(path, "must be a whole number");
            return null;
        }
        return number.intValueExact();
    }

    private void fail() {
        validation.throwIfInvalid("invalid-framework",
                "The framework cannot be imported as given; every problem is listed with its place in the file.");
    }
}
