package org.iom.americas.kernel.security;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The security event log: sign-ins, failures, lock-outs, sign-outs, denials and account changes, one line each
 * on the {@code org.iom.americas.security} logger. Never a password, never a hash.
 */
public final class SecurityEvents {

    private static final Logger LOG = Logger.getLogger("org.iom.americas.security");

    private SecurityEvents() {
    }

    public static void record(String event, String username, String detail) {
        LOG.log(Level.INFO, "security-event={0} user={1} {2}",
                new Object[] {event, username == null ? "-" : username.replaceAll("[^A-Za-z0-9._@-]", "?"),
                        detail == null ? "" : detail});
    }
}
