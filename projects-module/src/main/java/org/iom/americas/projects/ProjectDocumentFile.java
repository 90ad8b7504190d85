package org.iom.americas.projects;

/** A project document with its bytes, for a download. */
public record ProjectDocumentFile(ProjectDocumentView document, byte[] content) {
}
