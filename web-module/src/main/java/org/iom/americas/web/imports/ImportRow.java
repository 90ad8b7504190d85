package org.iom.americas.web.imports;

import java.io.Serializable;
import java.util.Map;

/**
 * One row of a file: its number as a spreadsheet shows it (the header is row 1), and its cells by column key;
 * {@code columns} gives each key's letter and header, so a problem can point at the cell.
 */
public record ImportRow(int number, Map<String, String> cells, Map<String, String> columns) implements Serializable {

    /** The cell's text, stripped, or {@code null} when empty. */
    public String get(String key) {
        String value = cells.get(key);
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** Where a column is, for a reader: "C (type)". */
    public String where(String key) {
        return columns.getOrDefault(key, key);
    }
}
