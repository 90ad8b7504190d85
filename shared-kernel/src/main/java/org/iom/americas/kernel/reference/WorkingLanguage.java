package org.iom.americas.kernel.reference;

import java.util.Iterator;
import java.util.Locale;
import java.util.Optional;

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

    /** The first of the reader's preferred locales (as Accept-Language lists them) that is a working language. */
    public static Optional<WorkingLanguage> preferred(Iterator<Locale> preferred) {
        while (preferred.hasNext()) {
            switch (preferred.next().getLanguage()) {
                case "en":
                    return Optional.of(EN);
                case "es":
                    return Optional.of(ES);
                case "pt":
                    return Optional.of(PT);
                case "fr":
                    return Optional.of(FR);
                default:
                    // not one of ours: try the next preference
            }
        }
        return Optional.empty();
    }

    public Locale locale() {
        return Locale.forLanguageTag(name().toLowerCase(Locale.ROOT));
    }
}
