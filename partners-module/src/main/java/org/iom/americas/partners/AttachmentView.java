package org.iom.americas.partners;

import java.io.Serializable;
import java.time.Instant;

/** A file attached to a request; the SHA-256 lets anyone check that a copy is the same file. */
public record AttachmentView(long id, long requestId, String fileName, String mediaType, long sizeBytes,
                             String sha256, Instant uploadedAt) implements Serializable {
}
