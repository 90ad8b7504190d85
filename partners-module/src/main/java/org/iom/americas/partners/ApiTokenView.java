package org.iom.americas.partners;

import java.io.Serializable;
import java.time.Instant;

/**
 * A personal API token. {@code token} is there only in the answer that issues it: it is never stored, so it can
 * never be shown again.
 */
public record ApiTokenView(long id, long accountId, String name, String token, Instant createdAt, Instant revokedAt)
        implements Serializable {
}
