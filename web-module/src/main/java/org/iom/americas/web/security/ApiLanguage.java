package org.iom.americas.web.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Enumeration;
import java.util.Locale;
import org.iom.americas.kernel.reference.WorkingLanguage;

/** The caller's working language from {@code Accept-Language}, where JAX-RS is not yet involved. */
final class ApiLanguage {

    private ApiLanguage() {
    }

    static Locale of(HttpServletRequest request) {
        if (request.getHeader("Accept-Language") != null) {
            Enumeration<Locale> preferred = request.getLocales();
            while (preferred.hasMoreElements()) {
                String language = preferred.nextElement().getLanguage();
                if (language.equals("en") || language.equals("es") || language.equals("pt") || language.equals("fr")) {
                    return WorkingLanguage.of(Locale.forLanguageTag(language)).locale();
                }
            }
        }
        return Locale.ENGLISH;
    }
}
