package io.facescribe.dataset;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Labels carried through to the records (for example CelebA's {@code attributes.csv}): a CSV with a header
 * whose first column names the image — by its file name or by its name in the data set — and whose other
 * columns are copied as strings into the record's {@code labels}.
 */
public final class Labels implements java.io.Serializable {

    private static final Labels NONE = new Labels(Map.of());

    private final Map<String, Map<String, String>> byKey;

    private Labels(Map<String, Map<String, String>> byKey) {
        this.byKey = byKey;
    }

    public static Labels none() {
        return NONE;
    }

    public static Labels read(Path csv) {
        Map<String, Map<String, String>> byKey = new HashMap<>();
        try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8);
             CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                     .setIgnoreSurroundingSpaces(true).build().parse(in)) {
            List<String> header = parser.getHeaderNames();
            if (header.size() < 2) {
                throw new IllegalArgumentException("labels file " + csv + " needs a header with a name column and label columns");
            }
            for (CSVRecord row : parser) {
                Map<String, String> values = new LinkedHashMap<>();
                for (int i = 1; i < header.size() && i < row.size(); i++) {
                    values.put(header.get(i), row.get(i));
                }
                byKey.put(row.get(0).replace("\uFEFF", ""), Collections.unmodifiableMap(values));
            }
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read labels file " + csv + ": " + e.getMessage(), e);
        }
        return new Labels(Map.copyOf(byKey));
    }

    /** The labels of an item (looked up by its name, then by its file name), or null. */
    public Map<String, String> of(DatasetItem item) {
        Map<String, String> v = byKey.get(item.name());
        return v != null ? v : byKey.get(item.fileName());
    }

    public int size() {
        return byKey.size();
    }
}
