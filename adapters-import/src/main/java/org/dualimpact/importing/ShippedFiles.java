package org.dualimpact.importing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;

import org.dualimpact.kernel.catalogue.CatalogueDefinition;
import org.dualimpact.kernel.diagnostic.FrameworkDefinition;
import org.dualimpact.kernel.framework.ValueFrameworkDefinition;
import org.dualimpact.kernel.territory.ReferenceData;

/**
 * The data files the product ships, beside this class, read through the same readers as an upload:
 * the Social Value Model editions (PPN 06/20, PPN 002; sources in {@code SOURCES.md}), the project's
 * default diagnostic framework, the illustrative measures catalogue, and the territories and regions
 * ({@code regions.csv}, {@code territories.csv}; sources in {@code SOURCES-territories.md}). Start-up
 * installs them.
 */
public final class ShippedFiles {

    /** The social value framework editions the product ships. */
    public static final List<String> VALUE_FRAMEWORKS = List.of("ppn-06-20.json", "ppn-002.json");
    public static final String DIAGNOSTIC_FRAMEWORK = "default-framework.json";
    public static final String ILLUSTRATIVE_CATALOGUE = "illustrative-catalogue.json";

    private ShippedFiles() {
    }

    public static List<ValueFrameworkDefinition> valueFrameworks() {
        return VALUE_FRAMEWORKS.stream().map(file -> JsonValueFrameworkReader.read(text(file))).toList();
    }

    public static FrameworkDefinition diagnosticFramework() {
        return JsonDiagnosticFrameworkReader.read(text(DIAGNOSTIC_FRAMEWORK));
    }

    public static CatalogueDefinition illustrativeCatalogue() {
        return JsonCatalogueReader.read(text(ILLUSTRATIVE_CATALOGUE));
    }

    public static ReferenceData referenceData() {
        return CsvReferenceDataReader.read(text(CsvReferenceDataReader.REGIONS_FILE),
                text(CsvReferenceDataReader.TERRITORIES_FILE));
    }

    /** The text of a shipped file. */
    public static String text(String file) {
        try (InputStream stream = ShippedFiles.class.getResourceAsStream(file)) {
            Objects.requireNonNull(stream, "shipped file missing from the import adapter: " + file);
            return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
