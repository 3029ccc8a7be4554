package org.dualimpact.kernel.territory;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The territories and regions the product ships with, read from {@code regions.csv}
 * ({@code code,name,nation}) and {@code territories.csv} ({@code code,name,region_code,kind,abbrev}).
 *
 * <p>Both files are plain comma-separated UTF-8 with a header row and no quoting (no value contains
 * a comma). A malformed file is refused as a whole, naming the file and line.
 */
public record ReferenceData(List<Region> regions, List<Territory> territories) {

    static final String REGIONS_FILE = "regions.csv";
    static final String TERRITORIES_FILE = "territories.csv";

    public ReferenceData {
        regions = List.copyOf(regions);
        territories = List.copyOf(territories);
        Set<String> regionCodes = new HashSet<>();
        for (Region region : regions) {
            if (!regionCodes.add(region.code())) {
                throw new IllegalArgumentException("duplicate region " + region.code());
            }
        }
        Set<String> codes = new HashSet<>();
        Set<String> abbrevs = new HashSet<>();
        for (Territory territory : territories) {
            if (!codes.add(territory.code())) {
                throw new IllegalArgumentException("duplicate territory " + territory.code());
            }
            if (!abbrevs.add(territory.abbrev())) {
                throw new IllegalArgumentException("duplicate territory abbreviation " + territory.abbrev());
            }
            if (!regionCodes.contains(territory.regionCode())) {
                throw new IllegalArgumentException("territory " + territory.code()
                        + " names unknown region " + territory.regionCode());
            }
        }
    }

    /** The reference data bundled with the kernel. */
    public static ReferenceData bundled() {
        try (InputStream regions = open(REGIONS_FILE); InputStream territories = open(TERRITORIES_FILE)) {
            return parse(regions, territories);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static ReferenceData parse(InputStream regionsCsv, InputStream territoriesCsv) throws IOException {
        List<Region> regions = new ArrayList<>();
        for (Row row : rows(regionsCsv, REGIONS_FILE, "code,name,nation")) {
            regions.add(row.build(() -> new Region(row.cell(0), row.cell(1), row.cell(2))));
        }
        List<Territory> territories = new ArrayList<>();
        for (Row row : rows(territoriesCsv, TERRITORIES_FILE, "code,name,region_code,kind,abbrev")) {
            territories.add(row.build(() -> new Territory(row.cell(0), row.cell(1), row.cell(2),
                    TerritoryKind.fromFileName(row.cell(3)), row.cell(4))));
        }
        return new ReferenceData(regions, territories);
    }

    private static InputStream open(String file) {
        InputStream in = ReferenceData.class.getResourceAsStream(file);
        return Objects.requireNonNull(in, () -> "reference file missing from the kernel: " + file);
    }

    private static List<Row> rows(InputStream in, String file, String header) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String first = reader.readLine();
        if (first == null || !first.strip().equals(header)) {
            throw new IllegalArgumentException(file + " line 1: expected header '" + header + "'");
        }
        int columns = header.split(",").length;
        List<Row> rows = new ArrayList<>();
        int number = 1;
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            number++;
            if (line.isBlank()) {
                continue;
            }
            String[] cells = line.split(",", -1);
            if (cells.length != columns) {
                throw new IllegalArgumentException(file + " line " + number + ": expected " + columns
                        + " values, found " + cells.length);
            }
            rows.add(new Row(file, number, cells));
        }
        return rows;
    }

    private record Row(String file, int line, String[] cells) {
        String cell(int index) {
            return cells[index].strip();
        }

        <T> T build(java.util.function.Supplier<T> factory) {
            try {
                return factory.get();
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(file + " line " + line + ": " + e.getMessage(), e);
            }
        }
    }
}
