package org.iom.americas.web.faces;

import java.util.function.Function;
import org.iom.americas.kernel.error.InvalidInputException;
import org.iom.americas.kernel.paging.Page;
import org.iom.americas.kernel.paging.PageRequest;

/** Reading the query parameters of a page: a bad one is ignored rather than breaking the page. */
final class ViewParameters {

    private ViewParameters() {
    }

    static <E extends Enum<E>> E enumOrNull(Class<E> type, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }

    /** A code typed or linked (a country, an area): upper case, or {@code null} when blank. */
    static String code(String value) {
        return value == null || value.isBlank() ? null : value.strip().toUpperCase(java.util.Locale.ROOT);
    }

    /** A date (ISO, as the date inputs send it), or {@code null} when blank or not a date. */
    static java.time.LocalDate dateOrNull(String value) {
        try {
            return value == null || value.isBlank() ? null : java.time.LocalDate.parse(value.strip());
        } catch (java.time.format.DateTimeParseException notADate) {
            return null;
        }
    }

    /** A record's id, or {@code null} when blank or not a number. */
    static Long idOrNull(String value) {
        try {
            return value == null || value.isBlank() ? null : Long.valueOf(value.strip());
        } catch (NumberFormatException notAnId) {
            return null;
        }
    }

    /**
     * The page a cursor points at; a stale or forged cursor gives the first page instead of a broken one, and
     * {@code forgetCursor} lets the page drop it.
     */
    static <T> Page<T> pageAt(String cursor, int size, Function<PageRequest, Page<T>> read, Runnable forgetCursor) {
        try {
            return read.apply(new PageRequest(size, cursor));
        } catch (InvalidInputException staleOrForgedCursor) {
            forgetCursor.run();
            return read.apply(PageRequest.first(size));
        }
    }

    /**
     * The query of a list's export link ({@code &name=value...}, API names first, values as the page read them),
     * so the CSV or XLSX holds what the page shows, filtered the same way, as many rows as the API gives at once.
     */
    static String exportQuery(String... namesAndValues) {
        StringBuilder query = new StringBuilder("&limit=" + org.iom.americas.kernel.paging.PageRequest.MAX_LIMIT);
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            String value = namesAndValues[i + 1];
            if (value != null && !value.isBlank()) {
                query.append('&').append(namesAndValues[i]).append('=')
                        .append(java.net.URLEncoder.encode(value.strip(), java.nio.charset.StandardCharsets.UTF_8));
            }
        }
        return query.toString();
    }
}
