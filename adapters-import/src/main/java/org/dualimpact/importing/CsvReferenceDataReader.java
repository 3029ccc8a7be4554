package org.dualimpact.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.dualimpact.importing.CsvCatalogueReader.Row;
import org.dualimpact.kernel.shared.Validation;
import org.dualimpact.kernel.territory.ReferenceData;
import org.dualimpact.kernel.territory.Region;
import org.dualimpact.kernel.territory.Territory;
import org.dualimpact.kernel.territory.TerritoryKind;

/**
 * Reads the reference data files, {@code regions.csv} ({@code code,name,nation}) and
 * {@code territories.csv} ({@code code,name,region_code,kind,abbrev}), into the kernel's
 * {@link ReferenceData}. Both are CSV as {@link CsvCatalogueReader} reads it (Apache Commons CSV, UTF-8),
 * with exactly that header row; blank lines are skipped and values are trimmed.
 *
 * <p>A malformed file is refused as a whole with an {@link IllegalArgumentException} naming the file
 * and line ({@code territories.csv line 3: ...}). The kernel's records keep the rules: each row's
 * codes and names in {@link Region} and {@link Territory}, unique codes and every territory in a known
 * region in {@link ReferenceData}.
 */
public final class CsvReferenceDataReader {

    public static final String REGIONS_FILE = "regions.csv";
    public static final String TERRITORIES_FILE = "territories.csv";
    private static final List<String> REGION_COLUMNS = List.of("code", "name", "nation");
    private static final List<String> TERRITORY_COLUMNS = List.of("code", "name", "region_code", "kind", "abbrev");

    private CsvReferenceDataReader() {
    }

    public static ReferenceData read(String regionsCsv, String territoriesCsv) {
        List<Region> regions = rows(regionsCsv, REGIONS_FILE, REGION_COLUMNS,
                cells -> new Region(cells.get(0), cells.get(1), cells.get(2)));
        List<Territory> territories = rows(territoriesCsv, TERRITORIES_FILE, TERRITORY_COLUMNS,
                cells -> new Territory(cells.get(0), cells.get(1), cells.get(2), TerritoryKind.fromFileName(cells.get(3)),
                        cells.get(4)));
        return new ReferenceData(regions, territories);
    }

    /** The rows after the header, each built by {@code build}; the first problem is thrown with its file and line. */
    private static <T> List<T> rows(String text, String file, List<String> header, Function<List<String>, T> build) {
        Validation syntax = new Validation();
        List<Row> rows = CsvCatalogueReader.rows(text, syntax);
        if (!syntax.ok()) {
            throw new IllegalArgumentException(file + " " + syntax.errors().get(0).message());
        }
        if (rows.isEmpty() || !cells(rows.get(0)).equals(header)) {
            throw new IllegalArgumentException(file + " line 1: expected header '" + String.join(",", header) + "'");
        }
        List<T> built = new ArrayList<>();
        for (Row row : rows.subList(1, rows.size())) {
            String at = file + " line " + row.line() + ": ";
            List<String> cells = cells(row);
            if (cells.size() != header.size()) {
                throw new IllegalArgumentException(at + "expected " + header.size() + " values, found " + cells.size());
            }
            for (String cell : cells) {
                String problem = ImportedText.problem(cell);
                if (problem != null) {
                    throw new IllegalArgumentException(at + "a value " + problem);
                }
            }
            try {
                built.add(build.apply(cells));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(at + e.getMessage(), e);
            }
        }
        return built;
    }

    private static List<String> cells(Row row) {
        return row.fields().stream().map(String::strip).toList();
    }
}
