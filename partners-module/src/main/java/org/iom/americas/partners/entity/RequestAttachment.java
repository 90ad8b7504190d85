package org.iom.americas.partners.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import org.iom.americas.kernel.document.CheckedFile;
import org.iom.americas.kernel.document.DocumentRecord;

/** The description of a file attached to a request; its bytes are kept apart ({@link AttachmentContent}). */
@Entity
@Table(name = "request_attachment")
@NamedQuery(name = "RequestAttachment.findByRequest",
        query = "SELECT a FROM RequestAttachment a WHERE a.requestId = :request ORDER BY a.id")
public class RequestAttachment extends DocumentRecord {

    private static final long serialVersionUID = 1L;

    @Column(name = "request_id", nullable = false, updatable = false)
    private long requestId;

    protected RequestAttachment() {
    }

    public RequestAttachment(long requestId, CheckedFile file, long uploadedBy) {
        super(file, uploadedBy);
        this.requestId = requestId;
    }

    public long requestId() {
        return requestId;
    }
}
