package org.dualimpact.kernel.diagnostic;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.dualimpact.kernel.shared.Validation;

/**
 * The content of a framework version as a file defines it: name and version label (together they
 * identify it), optional source, description and scoring-rule texts, the levels (numbered 1..n,
 * 2 ≤ n ≤ {@value Level#MAX_LEVELS}) and the sections with their value codes.
 *
 * <p>Invariants: value codes are unique in the framework (ignoring case); section names are unique;
 * every value code describes every level and no other. The file's reader (import adapter) checks the same rules
 * first so that a file's mistakes are reported with their place; this constructor is the last guard.
 */
public record FrameworkDefinition(String name, String version, String source, String description, String scoringRule,
        List<Level> levels, List<Section> sections) {

    public static final int NAME_MAX = 200;
    public static final int VERSION_MAX = 40;
    public static final int SOURCE_MAX = 500;
    public static final int TEXT_MAX = 4000;

    /** The levels of a framework file that names none. */
    public static final List<Level> DEFAULT_LEVELS = List.of(new Level(1, "Minimum"), new Level(2, "Developing"),
            new Level(3, "Mature"), new Level(4, "Leader"), new Level(5, "Innovator"));

    public FrameworkDefinition {
        name = Validation.requireText(name, "framework name", NAME_MAX);
        version = Validation.requireText(version, "framework version", VERSION_MAX);
        source = Validation.optionalText(source, "source", SOURCE_MAX);
        description = Validation.optionalText(description, "description", TEXT_MAX);
        scoringRule = Validation.optionalText(scoringRule, "scoring rule", TEXT_MAX);
        levels = List.copyOf(levels);
        if (levels.size() < 2 || levels.size() > Level.MAX_LEVELS) {
            throw new IllegalArgumentException("a framework has 2 to " + Level.MAX_LEVELS + " levels");
        }
        for (int i = 0; i < levels.size(); i++) {
            if (levels.get(i).number() != i + 1) {
                throw new IllegalArgumentException("levels are numbered 1, 2, 3 … in order");
            }
        }
        sections = List.copyOf(sections);
        if (sections.isEmpty()) {
            throw new IllegalArgumentException("a framework has at least one section");
        }
        Set<String> codes = new HashSet<>();
        Set<String> names = new HashSet<>();
        for (int i = 0; i < sections.size(); i++) {
            Section section = sections.get(i);
            if (section.number() != i + 1) {
                throw new IllegalArgumentException("sections are numbered 1, 2, 3 … in order");
            }
            if (!names.add(section.name().toLowerCase(Locale.ROOT))) {
                throw new IllegalArgumentException("duplicated section name " + section.name());
            }
            for (ValueCode code : section.valueCodes()) {
                if (!codes.add(code.code().toLowerCase(Locale.ROOT))) {
                    throw new IllegalArgumentException("duplicated value code " + code.code());
                }
                if (code.descriptors().size() != levels.size()) {
                    throw new IllegalArgumentException("value code " + code.code() + " describes "
                            + code.descriptors().size() + " levels; the framework has " + levels.size());
                }
            }
        }
    }

    /** Every value code, in section order. */
    public List<ValueCode> valueCodes() {
        List<ValueCode> all = new ArrayList<>();
        sections.forEach(s -> all.addAll(s.valueCodes()));
        return all;
    }

    public Optional<ValueCode> valueCode(String code) {
        return sections.stream().flatMap(s -> s.valueCodes().stream()).filter(v -> v.code().equals(code)).findFirst();
    }

    public Section sectionOf(String code) {
        return sections.stream().filter(s -> s.valueCodes().stream().anyMatch(v -> v.code().equals(code)))
                .findFirst().orElseThrow(() -> new IllegalArgumentException("no value code " + code));
    }

    /** The highest level: an answer at it marks a potential case study. */
    public int topLevel() {
        return levels.size();
    }

    public boolean hasLevel(int number) {
        return number >= 1 && number <= levels.size();
    }

    public Level level(int number) {
        return levels.get(number - 1);
    }

    public int valueCodeCount() {
        return sections.stream().mapToInt(s -> s.valueCodes().size()).sum();
    }
}
