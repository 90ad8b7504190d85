package org.iom.americas.web.api;

/**
 * One CSV cell as RFC 4180 wants it, and safe to open in a spreadsheet: a text that a spreadsheet would run as a
 * formula (starting with =, +, -, @, a tab or a carriage return) is prefixed with an apostrophe, so it shows as the
 * text it is.
 */
final class CsvCells {

    private CsvCells() {
    }

    static String cell(Object value) {
        if (value == null) {
            return "";
        }
        String text = neutralised(value.toString());
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")
                || text.startsWith("'")) {
            text = "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }

    /** The text, prefixed with an apostrophe when a spreadsheet would run it as a formula. */
    static String neutralised(String text) {
        return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }

    static String row(Object... values) {
        StringBuilder row = new StringBuilder();
        for (int i = 0; i < values.length; i++) {
            row.append(i == 0 ? "" : ",").append(cell(values[i]));
        }
        return row.append("\r\n").toString();
    }
}
