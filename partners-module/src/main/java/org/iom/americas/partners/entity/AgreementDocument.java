package org.iom.americas.partners.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.iom.americas.kernel.document.CheckedFile;
import org.iom.americas.kernel.document.DocumentRecord;
import org.iom.americas.partners.AgreementDocumentKind;

/** The signed agreement or an amendment, as a PDF; its bytes are kept apart ({@link AgreementDocumentContent}). */
@Entity
@Table(name = "agreement_document")
@NamedQuery(name = "AgreementDocument.findByAgreement",
        query = "SELECT d FROM AgreementDocument d WHERE d.agreementId = :agreement ORDER BY d.id")
public class AgreementDocument extends DocumentRecord {

    private static final long serialVersionUID = 1L;

    @Column(name = "agreement_id", nullable = false, updatable = false)
    private long agreementId;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", length = 20, nullable = false, updatable = false)
    private AgreementDocumentKind kind;

    @Column(name = "description", length = 300, updatable = false)
    private String description;

    @Column(name = "effective_on", updatable = false)
    private LocalDate effectiveOn;

    protected AgreementDocument() {
    }

    public AgreementDocument(long agreementId, AgreementDocumentKind kind, String description, LocalDate effectiveOn,
                             CheckedFile file, long uploadedBy) {
        super(file, uploadedBy);
        this.agreementId = agreementId;
        this.kind = kind;
        this.description = description == null || description.isBlank() ? null : description.strip();
        this.effectiveOn = effectiveOn;
    }

    public long agreementId() {
        return agreementId;
    }

    public AgreementDocumentKind kind() {
        return kind;
    }

    public String description() {
        return description;
    }

    public LocalDate effectiveOn() {
        return effectiveOn;
    }
}
