package org.iom.americas.kernel.audit;

import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import java.util.Set;

/** Where there is no container (a plain unit test), the application itself is the actor. */
final class NoSecurityContext implements SecurityContext {

    @Override
    public Principal getCallerPrincipal() {
        return null;
    }

    @Override
    public <T extends Principal> Set<T> getPrincipalsByType(Class<T> type) {
        return Set.of();
    }

    @Override
    public boolean isCallerInRole(String role) {
        return false;
    }

    @Override
    public boolean hasAccessToWebResource(String resource, String... methods) {
        return false;
    }

    @Override
    public AuthenticationStatus authenticate(HttpServletRequest request, HttpServletResponse response,
                                             AuthenticationParameters parameters) {
        return AuthenticationStatus.NOT_DONE;
    }
}
