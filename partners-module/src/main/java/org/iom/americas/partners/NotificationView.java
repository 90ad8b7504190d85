package org.iom.americas.partners;

import java.io.Serializable;
import java.time.Instant;

/** One message in the reader's inbox. */
public record NotificationView(long id, String kind, Long requestId, Long agreementId, String subject, String body,
                               Instant createdAt,
                               Instant readAt) implements Serializable {
}
