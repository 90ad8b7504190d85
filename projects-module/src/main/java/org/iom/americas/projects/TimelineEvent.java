package org.iom.americas.projects;

import java.io.Serializable;
import java.time.Instant;
import java.util.Map;

/**
 * One step in a project's life as its participants follow it: what changed (the project itself, a partner, the
 * funding, an indicator, a report, a document), when, by which organisation, and the fields with their new values.
 * Read from the audit trail, so the timeline and the record an auditor checks cannot disagree.
 */
public record TimelineEvent(long seq, Instant occurredAt, String action, String recordType, String recordId,
                            String organisation, Map<String, String> changes) implements Serializable {
}
