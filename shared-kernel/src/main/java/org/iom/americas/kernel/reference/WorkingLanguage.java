package org.iom.americas.kernel.reference;

import java.util.Locale;

/** The four languages people work in here. Any other locale falls back to English. */
public enum WorkingLanguage {
    EN, ES, PT, FR;

    public static WorkingLanguage of(Locale locale) {
        if (locale == null) {
            return EN;
        }
        return switch (locale.getLanguage()) {
            case "es" -> ES;
            case "pt" -> PT;
            case "fr" -> FR;
            default -> EN;
        };
    }

    public Locale locale() {
        return Locale.forLanguageTag(name().toLowerCase(Locale.ROOT));
    }
}
