package org.iom.americas.web.api;

import jakarta.ws.rs.core.HttpHeaders;
import java.util.Locale;
import org.iom.americas.kernel.reference.WorkingLanguage;

/** The working language the caller asked for with {@code Accept-Language}; English when none of the four fits. */
final class ApiLocale {

    private ApiLocale() {
    }

    static Locale of(HttpHeaders headers) {
        if (headers != null) {
            for (Locale acceptable : headers.getAcceptableLanguages()) {
                String language = acceptable.getLanguage();
                if (language.equals("es") || language.equals("pt") || language.equals("fr") || language.equals("en")) {
                    return WorkingLanguage.of(acceptable).locale();
                }
            }
        }
        return Locale.ENGLISH;
    }
}
