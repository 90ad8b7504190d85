package org.iom.americas.partners;

/** An agreement's document with its bytes, for a download. */
public record AgreementDocumentFile(AgreementDocumentView document, byte[] content) {
}
