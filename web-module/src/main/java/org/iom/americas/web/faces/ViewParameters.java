package org.iom.americas.web.faces;

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
}
