package org.iom.americas.partners;

/** An attachment with its bytes, for a download. */
public record AttachmentFile(AttachmentView attachment, byte[] content) {
}
