package org.iom.americas.web.platform;

import jakarta.json.JsonObject;
import java.time.Instant;

/** One audit entry as administrators and auditors read it: who did what to which record, from what to what. */
public record AuditEntryView(long seq, Instant occurredAt, String actor, Long actorAccountId, String actorOrganisation,
                             String action, String recordType, String recordId, JsonObject changes,
                             String previousHash, String entryHash) {
}
