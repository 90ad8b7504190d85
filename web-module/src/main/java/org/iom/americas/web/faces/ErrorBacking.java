package org.iom.americas.web.faces;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The error page's reference: the reader sees a short id instead of a stack trace, and the log holds the failure
 * under the same id for the administrators.
 */
@Named
@RequestScoped
public class ErrorBacking {

    private static final Logger LOG = Logger.getLogger(ErrorBacking.class.getName());

    private String reference;

    /**
     * An expired or forged form is the browser's (or a forger's) mistake, not a server failure: 400, not the 500
     * the servlet container gives every exception page.
     */
    public void answerWith(int status) {
        FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(status);
    }

    public String getReference() {
        if (reference == null) {
            reference = UUID.randomUUID().toString().substring(0, 8);
            Object failure = FacesContext.getCurrentInstance().getExternalContext().getRequestMap()
                    .get("jakarta.servlet.error.exception");
            LOG.log(Level.SEVERE, "Incident " + reference,
                    failure instanceof Throwable throwable ? throwable : null);
        }
        return reference;
    }
}
