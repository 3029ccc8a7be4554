package org.dualimpact.importing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The test files beside this class (the 2018 LGA diagnostic, PPN 02/26) and small framework texts. */
final class TestFiles {

    /** Every test file: each is read in a test. */
    static final List<String> ALL = List.of("nps-2018-diagnostic.json", "ppn-026.json");

    private TestFiles() {
    }

    static String text(String name) {
        try (InputStream in = TestFiles.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("test file missing: " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A small diagnostic framework: two sections, three value codes (A1, A2, B1), five default levels. */
    static String small(String name, String version) {
        return """
                {"framework": "%s", "version": "%s",
                 "sections": [
                   {"name": "Alpha", "valueCodes": [%s, %s]},
                   {"name": "Beta", "valueCodes": [%s]}]}
                """.formatted(name, version, code("A1"), code("A2"), code("B1"));
    }

    static String code(String code) {
        return """
                {"code": "%s", "name": "Question %s", "levels": [
                  {"level": 1, "descriptor": "one"}, {"level": 2, "descriptor": "two"},
                  {"level": 3, "descriptor": "three"}, {"level": 4, "descriptor": "four"},
                  {"level": 5, "descriptor": "five"}]}
                """.formatted(code, code);
    }
}
