package org.iom.americas.web.platform;

import jakarta.ejb.EJB;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.iom.americas.kernel.audit.AuditChain;

/**
 * The pages' (and the sign-in's) counterpart of the API's sealed answers: a request that wrote audit entries seals
 * them before its answer (a redirect after a form, most often) is finished, so the next page finds them on the chain.
 */
@WebFilter(filterName = "SealedPages", urlPatterns = "/*")
public class SealedPages extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @EJB
    transient AuditSealer sealer;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        try {
            chain.doFilter(request, response);
        } finally {
            if (AuditChain.appendedSinceAsked()) {
                sealer.sealCommitted();
            }
        }
    }
}
