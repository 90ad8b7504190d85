package org.iom.americas.web.faces;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.iom.americas.kernel.security.Roles;
import org.iom.americas.web.platform.SecurityAudit;

/**
 * The administrators' pages answer 403 to everyone else before they render; the boundaries refuse the operations
 * anyway, this only spares the reader a broken page.
 */
final class AdministratorsOnly {

    private AdministratorsOnly() {
    }

    static boolean admitted() {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        if (external.isUserInRole(Roles.ADMIN)) {
            return true;
        }
        jakarta.enterprise.inject.spi.CDI.current().select(SecurityAudit.class).get()
                .record("access.denied", "page=" + external.getRequestServletPath());
        try {
            external.responseSendError(403, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        faces.responseComplete();
        return false;
    }
}
