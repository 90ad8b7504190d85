package org.iom.americas.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;

/**
 * The headers every answer carries. The content security policy allows nothing but this application's own
 * scripts, styles and forms (no inline script: the pages need none), and no framing. Pages and API answers are
 * personal, so nothing but the static resources may be cached: those whose address names their version (a webjar's
 * version, or the content fingerprint {@code AssetBacking} adds) for a year, unchanged; other resources as the
 * Faces resource handler decides (a week, revalidated by date).
 */
@WebFilter(filterName = "SecurityHeaders", urlPatterns = "/*")
public class SecurityHeaders extends HttpFilter {

    private static final long serialVersionUID = 1L;

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'none'";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        apply(request, response);
        chain.doFilter(request, versioned(request) ? new KeptForAYear(response) : response);
    }

    /** Also called by the authentication mechanism, whose own answers (401, redirects) never reach the filters. */
    static void apply(HttpServletRequest request, HttpServletResponse response) {
        response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=()");
        response.setHeader("Cross-Origin-Opener-Policy", "same-origin");
        if (versioned(request)) {
            response.setHeader("Cache-Control", KeptForAYear.CACHE_CONTROL);
        } else if (!request.getRequestURI().contains("/jakarta.faces.resource/")) {
            response.setHeader("Cache-Control", "no-store");
        }
    }

    /** A webjar's file (its address names the version) or one of ours with its content fingerprint. */
    private static boolean versioned(HttpServletRequest request) {
        String uri = request.getRequestURI();
        return uri.contains("/webjars/")
                || uri.contains("/jakarta.faces.resource/") && request.getParameter("h") != null;
    }

    /**
     * Keeps the year-long caching of a versioned file: the Faces resource handler would otherwise replace it with
     * its own week and an expiry date.
     */
    static final class KeptForAYear extends HttpServletResponseWrapper {

        static final String CACHE_CONTROL = "public, max-age=31536000, immutable";

        KeptForAYear(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void setHeader(String name, String value) {
            if (!decidesCaching(name)) {
                super.setHeader(name, value);
            }
        }

        @Override
        public void addHeader(String name, String value) {
            if (!decidesCaching(name)) {
                super.addHeader(name, value);
            }
        }

        @Override
        public void setDateHeader(String name, long date) {
            if (!decidesCaching(name)) {
                super.setDateHeader(name, date);
            }
        }

        @Override
        public void addDateHeader(String name, long date) {
            if (!decidesCaching(name)) {
                super.addDateHeader(name, date);
            }
        }

        private static boolean decidesCaching(String name) {
            return "Cache-Control".equalsIgnoreCase(name) || "Expires".equalsIgnoreCase(name)
                    || "Pragma".equalsIgnoreCase(name);
        }
    }
}
