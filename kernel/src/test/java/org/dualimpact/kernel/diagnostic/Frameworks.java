package org.dualimpact.kernel.diagnostic;

import java.util.ArrayList;
import java.util.List;

/** Framework definitions for the diagnostic's tests, built as the import adapter would hand them over. */
final class Frameworks {

    /** The number of value codes in each of the 11 sections of the 2018 LGA framework. */
    static final List<Integer> NPS_2018_SECTIONS = List.of(3, 4, 3, 3, 6, 6, 5, 10, 7, 8, 4);

    private Frameworks() {
    }

    /** A small framework: two sections, three value codes (A1, A2 in Alpha; B1 in Beta), five default levels. */
    static FrameworkDefinition small(String name, String version) {
        return new FrameworkDefinition(name, version, null, null, null, FrameworkDefinition.DEFAULT_LEVELS, List.of(
                new Section(1, "Alpha", null, null, null, List.of(code("A1"), code("A2"))),
                new Section(2, "Beta", null, null, null, List.of(code("B1")))));
    }

    /** The shape of the 2018 LGA framework: 11 sections, 59 value codes named by position (1.1 … 11.4). */
    static FrameworkDefinition nps2018Shape() {
        List<Section> sections = new ArrayList<>();
        for (int s = 1; s <= NPS_2018_SECTIONS.size(); s++) {
            List<ValueCode> codes = new ArrayList<>();
            for (int n = 1; n <= NPS_2018_SECTIONS.get(s - 1); n++) {
                codes.add(code(s + "." + n));
            }
            sections.add(new Section(s, "Section " + s, null, null, null, codes));
        }
        return new FrameworkDefinition("LGA National Procurement Strategy 2018 diagnostic", "1", null, null, null,
                FrameworkDefinition.DEFAULT_LEVELS, sections);
    }

    static ValueCode code(String code) {
        return new ValueCode(code, "Question " + code, null, List.of("one", "two", "three", "four", "five"));
    }
}
