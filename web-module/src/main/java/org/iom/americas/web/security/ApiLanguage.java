package org.iom.americas.web.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.iom.americas.kernel.reference.WorkingLanguage;

/** The caller's working language from {@code Accept-Language}, where JAX-RS is not yet involved. */
final class ApiLanguage {

    private ApiLanguage() {
    }

    static Locale of(HttpServletRequest request) {
        return request.getHeader("Accept-Language") == null ? Locale.ENGLISH
                : WorkingLanguage.preferred(request.getLocales().asIterator()).map(WorkingLanguage::locale)
                        .orElse(Locale.ENGLISH);
    }
}
