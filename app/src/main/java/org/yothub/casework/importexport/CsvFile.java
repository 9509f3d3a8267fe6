package org.yothub.casework.importexport;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * One uploaded CSV file: strict UTF-8 (a leading byte order mark is allowed), a header row naming
 * columns of the format, then data rows. Header problems are reported on row 1.
 */
final class CsvFile {
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get();
    final String name;
    final Map<String, Integer> header;
    final List<CSVRecord> records;

    private CsvFile(String name, Map<String, Integer> header, List<CSVRecord> records) {
        this.name = name;
        this.header = header;
        this.records = records;
    }

    boolean has(String column) {
        return header.containsKey(column);
    }

    /** Parses the file, or returns null after reporting why it cannot be read. */
    static CsvFile parse(String name, byte[] bytes, ImportErrors errors) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            errors.add(name, null, null, "The file is not UTF-8 text; save it as CSV UTF-8");
            return null;
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<CSVRecord> all = new ArrayList<>();
        try (CSVParser parser = CSVParser.builder().setReader(new StringReader(text)).setFormat(FORMAT).get()) {
            for (CSVRecord r : parser) {
                all.add(r);
            }
        } catch (IOException | RuntimeException e) {
            errors.add(name, null, null, "The file is not valid CSV: " + e.getMessage());
            return null;
        }
        if (all.isEmpty()) {
            errors.add(name, 1, null, "The file is empty; the first row must name the columns");
            return null;
        }
        Map<String, Integer> header = header(name, all.get(0), errors);
        return header == null ? null : new CsvFile(name, header, all.subList(1, all.size()));
    }

    private static Map<String, Integer> header(String name, CSVRecord first, ImportErrors errors) {
        Map<String, Integer> header = new LinkedHashMap<>();
        Set<String> known = new HashSet<>(CaseLevelFormat.columns(name));
        boolean ok = true;
        for (int i = 0; i < first.size(); i++) {
            String col = first.get(i).trim().toLowerCase(java.util.Locale.ROOT);
            if (!known.contains(col)) {
                errors.add(name, 1, col, "Unknown column '" + col + "'; the columns are " + String.join(", ", CaseLevelFormat.columns(name)));
                ok = false;
            } else if (header.put(col, i) != null) {
                errors.add(name, 1, col, "The column appears twice");
                ok = false;
            }
        }
        for (String required : CaseLevelFormat.REQUIRED.get(name)) {
            if (!header.containsKey(required)) {
                errors.add(name, 1, required, "Missing column " + required);
                ok = false;
            }
        }
        return ok ? header : null;
    }
}
