package org.iom.americas.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Locale;
import java.util.Set;
import org.eclipse.microprofile.config.ConfigProvider;
import org.iom.americas.kernel.security.CoordinationPrincipal;
import org.iom.americas.kernel.security.SecurityEvents;
import org.iom.americas.partners.Authentication;
import org.iom.americas.web.i18n.Messages;
import org.iom.americas.web.platform.DatabaseOutage;

/**
 * The application's one authentication mechanism, choosing by path. {@code /api} is stateless: HTTP Basic or a
 * personal API token ({@code Authorization: Bearer}) on every request (Basic is cheap after the first thanks to the
 * verified-credentials cache), no session, no cookie, so no CSRF surface; only its safe methods also accept a signed-in page session, for the pages' export links. The pages use a sign-in form and a session: on sign-in the session id changes (no fixation), the
 * session ends after 30 idle minutes or 8 hours in all, and on every request the account must still stand (not
 * disabled, password unchanged).
 */
@ApplicationScoped
public class CoordinationAuthentication implements HttpAuthenticationMechanism {

    static final String SESSION_PRINCIPAL = "coordination.principal";
    static final String SESSION_SIGNED_IN_AT = "coordination.signedInAt";
    static final Duration ABSOLUTE_SESSION_LIMIT = Duration.ofHours(8);
    /** 30 minutes without a request end a session; tests shorten it with coordination.session.idle-seconds. */
    static final int IDLE_SESSION_LIMIT_SECONDS = ConfigProvider.getConfig()
            .getOptionalValue("coordination.session.idle-seconds", Integer.class).orElse(30 * 60);
    static final String LOGIN_PAGE = "/login.xhtml";

    @Inject
    IdentityStoreHandler identityStores;

    @Inject
    Authentication authentication;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        SecurityHeaders.apply(request, response);
        String path = request.getRequestURI().substring(request.getContextPath().length());
        try {
            return path.equals("/api") || path.startsWith("/api/")
                    ? validateApiCall(request, response, context)
                    : validatePageRequest(request, context);
        } catch (RuntimeException failure) {
            if (!DatabaseOutage.causes(failure)) {
                throw failure;
            }
            // the accounts cannot be read: the caller is neither let in nor told its credentials are wrong
            return problem(request, response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, "unavailable");
        }
    }

    private AuthenticationStatus validateApiCall(HttpServletRequest request, HttpServletResponse response,
                                                 HttpMessageContext context) {
        String authorization = request.getHeader("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            UsernamePasswordCredential credential = basic(authorization.substring(6).strip());
            if (credential != null) {
                CredentialValidationResult result = identityStores.validate(credential);
                if (result.getStatus() == CredentialValidationResult.Status.VALID) {
                    return context.notifyContainerAboutLogin(result);
                }
            }
            return unauthorized(request, response);
        }
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            // a personal API token, for a partner's own system
            return authentication.verifyToken(authorization.substring(7).strip())
                    .map(principal -> context.notifyContainerAboutLogin(principal, Set.of(principal.role().name())))
                    .orElseGet(() -> unauthorized(request, response));
        }
        CoordinationPrincipal signedIn = "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod())
                ? sessionPrincipal(request) : null;
        if (signedIn != null) {
            // a page's own links (an export, a download) read the API in the signed-in session; only safe
            // methods, so a forged cross-site request can change nothing
            return context.notifyContainerAboutLogin(signedIn, Set.of(signedIn.role().name()));
        }
        return context.isProtected() ? unauthorized(request, response) : context.doNothing();
    }

    /** The principal of a session that still stands, or {@code null}; a session that no longer stands ends. */
    private CoordinationPrincipal sessionPrincipal(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(SESSION_PRINCIPAL) instanceof CoordinationPrincipal principal) {
            Instant signedInAt = (Instant) session.getAttribute(SESSION_SIGNED_IN_AT);
            if (signedInAt != null && signedInAt.plus(ABSOLUTE_SESSION_LIMIT).isAfter(Instant.now())
                    && authentication.isCurrent(principal)) {
                return principal;
            }
            SecurityEvents.record("session.ended", principal.getName(), "reason=expired-or-revoked");
            session.invalidate();
        }
        return null;
    }

    private AuthenticationStatus validatePageRequest(HttpServletRequest request, HttpMessageContext context) {
        Credential credential = context.getAuthParameters().getCredential();
        if (context.isAuthenticationRequest() && credential != null) {
            CredentialValidationResult result = identityStores.validate(credential);
            if (result.getStatus() != CredentialValidationResult.Status.VALID) {
                return AuthenticationStatus.SEND_FAILURE;
            }
            request.getSession(true);
            request.changeSessionId();
            HttpSession session = request.getSession();
            session.setMaxInactiveInterval(IDLE_SESSION_LIMIT_SECONDS);
            session.setAttribute(SESSION_PRINCIPAL, result.getCallerPrincipal());
            session.setAttribute(SESSION_SIGNED_IN_AT, Instant.now());
            return context.notifyContainerAboutLogin(result);
        }
        if (!context.isProtected()) {
            return context.doNothing();
        }
        CoordinationPrincipal principal = sessionPrincipal(request);
        if (principal != null) {
            return context.notifyContainerAboutLogin(principal, Set.of(principal.role().name()));
        }
        String target = request.getRequestURI().substring(request.getContextPath().length())
                + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
        return context.redirect(request.getContextPath() + LOGIN_PAGE + "?next="
                + URLEncoder.encode(target, StandardCharsets.UTF_8));
    }

    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(SESSION_PRINCIPAL) instanceof CoordinationPrincipal principal) {
            SecurityEvents.record("logout", principal.getName(), "");
            session.invalidate();
        }
        HttpAuthenticationMechanism.super.cleanSubject(request, response, context);
    }

    private static UsernamePasswordCredential basic(String encoded) {
        try {
            String decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon < 1 ? null : new UsernamePasswordCredential(decoded.substring(0, colon), decoded.substring(colon + 1));
        } catch (IllegalArgumentException notBase64) {
            return null;
        }
    }

    /** 401 with the challenge and a problem body, in the caller's language. */
    private static AuthenticationStatus unauthorized(HttpServletRequest request, HttpServletResponse response) {
        response.setHeader("WWW-Authenticate", "Basic realm=\"IOM Americas coordination\", charset=\"UTF-8\"");
        return problem(request, response, HttpServletResponse.SC_UNAUTHORIZED, "unauthorized");
    }

    /** A problem answer written here: the mechanism's answers never reach the JAX-RS exception mappers. */
    private static AuthenticationStatus problem(HttpServletRequest request, HttpServletResponse response, int status,
                                                String kind) {
        Locale locale = ApiLanguage.of(request);
        response.setStatus(status);
        if (status == HttpServletResponse.SC_SERVICE_UNAVAILABLE) {
            response.setHeader("Retry-After", "5");
        }
        response.setContentType("application/problem+json");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Content-Language", locale.toLanguageTag());
        try {
            response.getWriter().write("{\"type\":\"urn:iom-americas:problem:" + kind + "\",\"title\":"
                    + json(Messages.text(locale, "problem." + kind + ".title")) + ",\"status\":" + status
                    + ",\"detail\":" + json(Messages.text(locale, "problem." + kind + ".generic"))
                    + ",\"instance\":" + json(request.getRequestURI()) + "}");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    static String json(String text) {
        StringBuilder quoted = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> quoted.append("\\\"");
                case '\\' -> quoted.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        quoted.append(String.format("\\u%04x", (int) c));
                    } else {
                        quoted.append(c);
                    }
                }
            }
        }
        return quoted.append('"').toString();
    }
}
