package org.iom.americas.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.iom.americas.web.i18n.Messages;

/**
 * Bounds what a request may send to the API before anything reads it: a JSON or form body at most 2 MB, a file
 * (an attachment, a document, an import) at most 26 MB. A declared length over the bound is refused at once (413);
 * a body sent in chunks is cut off when it passes the bound, and the reader sees {@link TooLarge}.
 */
@WebFilter(filterName = "RequestLimits", urlPatterns = "/api/*")
public class RequestLimits extends HttpFilter {

    private static final long serialVersionUID = 1L;

    public static final long MAX_STRUCTURED_BYTES = 2L * 1024 * 1024;
    public static final long MAX_FILE_BYTES = 26L * 1024 * 1024;

    /** What a reader of the body meets when the body passes its bound. */
    public static final class TooLarge extends IOException {
        private static final long serialVersionUID = 1L;

        TooLarge(long limit) {
            super("the request body is larger than " + limit + " bytes");
        }
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        long limit = isFileUpload(request) ? MAX_FILE_BYTES : MAX_STRUCTURED_BYTES;
        if (request.getContentLengthLong() > limit) {
            Locale locale = org.iom.americas.web.security.ApiLanguage.of(request);
            response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
            response.setContentType("application/problem+json");
            response.setCharacterEncoding("UTF-8");
            response.setHeader("Connection", "close");
            response.getWriter().write("{\"type\":\"urn:iom-americas:problem:tooLarge\",\"title\":"
                    + CoordinationAuthentication.json(Messages.text(locale, "problem.tooLarge.title"))
                    + ",\"status\":413,\"detail\":"
                    + CoordinationAuthentication.json(Messages.text(locale, "problem.tooLarge.generic"))
                    + ",\"instance\":" + CoordinationAuthentication.json(request.getRequestURI()) + "}");
            return;
        }
        try {
            chain.doFilter(new Bounded(request, limit), response);
        } finally {
            endAbandonedTransaction();
        }
    }

    /**
     * An idempotent request runs in a transaction of its own, which its answer ends; should anything escape that
     * answer, the transaction must not stay on this thread for the next request.
     */
    private static void endAbandonedTransaction() {
        try {
            jakarta.transaction.UserTransaction transaction = (jakarta.transaction.UserTransaction)
                    new javax.naming.InitialContext().lookup("java:comp/UserTransaction");
            if (transaction.getStatus() != jakarta.transaction.Status.STATUS_NO_TRANSACTION) {
                java.util.logging.Logger.getLogger(RequestLimits.class.getName())
                        .warning("a transaction outlived its request; rolled back");
                transaction.rollback();
            }
        } catch (javax.naming.NamingException | jakarta.transaction.SystemException | IllegalStateException none) {
            // nothing to end
        }
    }

    /** Files travel as the bodies of these endpoints; everything else is JSON or a form. */
    private static boolean isFileUpload(HttpServletRequest request) {
        String path = request.getRequestURI();
        return path.endsWith("/attachments") || path.endsWith("/documents") || path.contains("/api/imports/");
    }

    private static final class Bounded extends HttpServletRequestWrapper {

        private final long limit;
        private ServletInputStream bounded;

        Bounded(HttpServletRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (bounded == null) {
                ServletInputStream in = super.getInputStream();
                bounded = new ServletInputStream() {
                    private long read;

                    @Override
                    public int read() throws IOException {
                        int b = in.read();
                        if (b >= 0 && ++read > limit) {
                            throw new TooLarge(limit);
                        }
                        return b;
                    }

                    @Override
                    public int read(byte[] buffer, int offset, int length) throws IOException {
                        int n = in.read(buffer, offset, length);
                        if (n > 0 && (read += n) > limit) {
                            throw new TooLarge(limit);
                        }
                        return n;
                    }

                    @Override
                    public boolean isFinished() {
                        return in.isFinished();
                    }

                    @Override
                    public boolean isReady() {
                        return in.isReady();
                    }

                    @Override
                    public void setReadListener(ReadListener listener) {
                        in.setReadListener(listener);
                    }
                };
            }
            return bounded;
        }
    }
}
