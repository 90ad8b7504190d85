package org.iom.americas.projects;

import java.io.Serializable;
import java.time.Instant;

/**
 * A document in a project's workspace: who shared it (as the audit trail names organisations) and its SHA-256, so
 * a partner can check that the copy it holds is the same file.
 */
public record ProjectDocumentView(long id, long projectId, String fileName, String mediaType, long sizeBytes,
                                  String sha256, String uploaderOrganisation, Instant uploadedAt)
        implements Serializable {
}
