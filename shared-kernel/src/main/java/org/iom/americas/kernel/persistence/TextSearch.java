package org.iom.americas.kernel.persistence;

import java.util.Locale;

/**
 * What every "contains" search matches: the typed text in lower case, anywhere in the value, with LIKE's wildcards
 * taken literally, so a "%" typed by a user is only a percent sign. The escape character is not a backslash,
 * which MySQL would also read as an escape inside the SQL literal.
 */
public final class TextSearch {

    /** For JPQL ({@code LIKE :q ESCAPE '!'}) and criteria queries alike. */
    public static final char ESCAPE = '!';

    private TextSearch() {
    }

    public static String containing(String text) {
        String literal = text.strip().toLowerCase(Locale.ROOT).replace("!", "!!").replace("%", "!%")
                .replace("_", "!_");
        return "%" + literal + "%";
    }
}
