package org.iom.americas.partners;

import java.io.Serializable;
import java.time.Instant;

/** One message of a request's conversation. {@code side} is {@code IOM} or {@code PARTNER_GOVERNMENT}. */
public record RequestMessageView(long id, long requestId, String author, String side, String body, Instant postedAt)
        implements Serializable {
}
