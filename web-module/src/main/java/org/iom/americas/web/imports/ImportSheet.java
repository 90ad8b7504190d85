package org.iom.americas.web.imports;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.iom.americas.kernel.error.InvalidInputException;
import org.iom.americas.kernel.error.RefusedContentException;

/**
 * Reads a file into rows: CSV (UTF-8, with or without a byte-order mark; comma or semicolon) or XLSX (its first
 * sheet). The first row names the columns; a second row of HXL hashtags, where there is one, names them instead.
 * Unknown columns are ignored; a missing required column refuses the whole file, naming it.
 */
public final class ImportSheet {

    /** Enough for the region's imports; a larger file should be split. */
    public static final int MAX_ROWS = 20_000;

    private static final byte[] ZIP = {'P', 'K', 3, 4};

    private ImportSheet() {
    }

    public static List<ImportRow> read(ImportKind kind, String fileName, byte[] content) {
        List<List<String>> table = isXlsx(content) ? xlsx(content) : csv(content);
        if (table.isEmpty()) {
            throw new InvalidInputException("file", "validation.import.empty");
        }
        List<String> header = table.get(0);
        int first = 1;
        List<String> names = header;
        if (table.size() > 1 && isHashtagRow(table.get(1))) {
            names = table.get(1);
            first = 2;
        }
        Map<Integer, ImportKind.Column> byIndex = new HashMap<>();
        Map<String, String> where = new HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            int index = i;
            kind.columnNamedBy(names.get(i)).ifPresent(column -> {
                if (!byIndex.containsValue(column)) {
                    byIndex.put(index, column);
                    where.put(column.key(), letter(index) + " (" + (header.size() > index
                            && !header.get(index).isBlank() ? header.get(index).strip() : column.key()) + ")");
                }
            });
        }
        for (ImportKind.Column column : kind.columns()) {
            if (column.required() && !byIndex.containsValue(column)) {
                throw new InvalidInputException("file", "validation.import.columnMissing", column.key(),
                        column.hashtag());
            }
        }
        if (table.size() - first > MAX_ROWS) {
            throw new RefusedContentException(RefusedContentException.Reason.TOO_LARGE, "file",
                    "validation.import.tooManyRows", MAX_ROWS);
        }
        List<ImportRow> rows = new ArrayList<>();
        for (int r = first; r < table.size(); r++) {
            List<String> cells = table.get(r);
            if (cells.stream().allMatch(c -> c == null || c.isBlank())) {
                continue;
            }
            Map<String, String> values = new LinkedHashMap<>();
            byIndex.forEach((index, column) -> values.put(column.key(), index < cells.size() ? cells.get(index) : null));
            rows.add(new ImportRow(r + 1, values, Map.copyOf(where)));
        }
        return rows;
    }

    private static boolean isHashtagRow(List<String> row) {
        return row.stream().anyMatch(c -> c != null && c.strip().startsWith("#"))
                && row.stream().allMatch(c -> c == null || c.isBlank() || c.strip().startsWith("#"));
    }

    private static boolean isXlsx(byte[] content) {
        return content.length >= 4 && java.util.Arrays.equals(content, 0, 4, ZIP, 0, 4);
    }

    private static List<List<String>> csv(byte[] content) {
        String text = new String(content, StandardCharsets.UTF_8);
        if (text.indexOf('\uFFFD') >= 0) {
            throw new RefusedContentException(RefusedContentException.Reason.UNSUPPORTED_TYPE, "file",
                    "validation.import.notUtf8");
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        String firstLine = text.lines().findFirst().orElse("");
        char delimiter = firstLine.chars().filter(c -> c == ';').count() > firstLine.chars().filter(c -> c == ',')
                .count() ? ';' : ',';
        List<List<String>> table = new ArrayList<>();
        try (Reader reader = new java.io.StringReader(text)) {
            for (CSVRecord record : CSVFormat.RFC4180.builder().setDelimiter(delimiter).get().parse(reader)) {
                table.add(record.toList());
            }
        } catch (IOException | java.io.UncheckedIOException | IllegalStateException malformed) {
            throw new InvalidInputException("file", "validation.import.malformed", String.valueOf(
                    malformed.getMessage()).replaceAll("[\\r\\n]+", " "));
        }
        return table;
    }

    private static List<List<String>> xlsx(byte[] content) {
        DataFormatter formatter = new DataFormatter(java.util.Locale.ROOT);
        List<List<String>> table = new ArrayList<>();
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
            Sheet sheet = workbook.getSheetAt(0);
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < row.getLastCellNum(); c++) {
                    cells.add(text(row.getCell(c), formatter));
                }
                while (table.size() < row.getRowNum()) {
                    table.add(List.of());
                }
                table.add(cells);
                if (table.size() > MAX_ROWS + 2) {
                    break;
                }
            }
        } catch (IOException | RuntimeException unreadable) {
            throw new RefusedContentException(RefusedContentException.Reason.UNSUPPORTED_TYPE, "file",
                    "validation.import.unreadable");
        }
        return table;
    }

    /** A cell as text: dates as ISO dates, numbers without grouping, formulas never evaluated (their text is kept). */
    private static String text(Cell cell, DataFormatter formatter) {
        if (cell == null) {
            return null;
        }
        return switch (cell.getCellType()) {
            case NUMERIC -> DateUtil.isCellDateFormatted(cell)
                    ? cell.getLocalDateTimeCellValue().toLocalDate().toString()
                    : new java.math.BigDecimal(Double.toString(cell.getNumericCellValue())).stripTrailingZeros()
                    .toPlainString();
            case FORMULA -> "=" + cell.getCellFormula();
            default -> formatter.formatCellValue(cell);
        };
    }

    private static String letter(int index) {
        StringBuilder letters = new StringBuilder();
        for (int i = index + 1; i > 0; i = (i - 1) / 26) {
            letters.insert(0, (char) ('A' + (i - 1) % 26));
        }
        return letters.toString();
    }
}
