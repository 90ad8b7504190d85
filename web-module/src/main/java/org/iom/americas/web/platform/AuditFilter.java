package org.iom.americas.web.platform;

import java.time.Instant;

/** Which audit entries to list; any criterion may be {@code null}. */
public record AuditFilter(String recordType, String recordId, String actor, String organisation, String action,
                          Instant from, Instant to) {
}
