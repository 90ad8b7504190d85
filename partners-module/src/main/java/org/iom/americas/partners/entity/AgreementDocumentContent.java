package org.iom.americas.partners.entity;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.io.Serializable;

/** The bytes of an agreement's document, read only when someone downloads it. Never changed once written. */
@Entity
@Table(name = "agreement_document_content")
public class AgreementDocumentContent implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @Column(name = "document_id")
    private Long documentId;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "content", nullable = false, updatable = false)
    private byte[] content;

    protected AgreementDocumentContent() {
    }

    public AgreementDocumentContent(long documentId, byte[] content) {
        this.documentId = documentId;
        this.content = content.clone();
    }

    public byte[] content() {
        return content.clone();
    }
}
