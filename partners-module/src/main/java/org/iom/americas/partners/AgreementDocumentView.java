package org.iom.americas.partners;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The signed agreement or an amendment, as a PDF; its SHA-256 lets anyone check that a copy they hold is the same
 * file as the one on record.
 */
public record AgreementDocumentView(long id, long agreementId, AgreementDocumentKind kind, String description,
                                    LocalDate effectiveOn, String fileName, long sizeBytes, String sha256,
                                    Instant uploadedAt) implements Serializable {
}
