package org.iom.americas.web.api;

import jakarta.ws.rs.core.HttpHeaders;
import java.util.Locale;
import org.iom.americas.kernel.reference.WorkingLanguage;

/** The working language the caller asked for with {@code Accept-Language}; English when none of the four fits. */
final class ApiLocale {

    private ApiLocale() {
    }

    static Locale of(HttpHeaders headers) {
        return headers == null ? Locale.ENGLISH : WorkingLanguage.preferred(headers.getAcceptableLanguages().iterator())
                .map(WorkingLanguage::locale).orElse(Locale.ENGLISH);
    }
}
