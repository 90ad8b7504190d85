package org.iom.americas.partners.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import org.iom.americas.kernel.persistence.CooperationRecord;

/** The description of a file attached to a request; its bytes are kept apart ({@link AttachmentContent}). */
@Entity
@Table(name = "request_attachment")
@NamedQuery(name = "RequestAttachment.findByRequest",
        query = "SELECT a FROM RequestAttachment a WHERE a.requestId = :request ORDER BY a.id")
public class RequestAttachment extends CooperationRecord {

    private static final long serialVersionUID = 1L;

    @Column(name = "request_id", nullable = false, updatable = false)
    private long requestId;

    @Column(name = "file_name", length = 200, nullable = false, updatable = false)
    private String fileName;

    @Column(name = "media_type", length = 100, nullable = false, updatable = false)
    private String mediaType;

    @Column(name = "size_bytes", nullable = false, updatable = false)
    private long sizeBytes;

    @Column(name = "sha256", length = 64, nullable = false, updatable = false)
    private String sha256;

    @Column(name = "uploaded_by", nullable = false, updatable = false)
    private long uploadedBy;

    protected RequestAttachment() {
    }

    public RequestAttachment(long requestId, String fileName, String mediaType, long sizeBytes, String sha256,
                             long uploadedBy) {
        this.requestId = requestId;
        this.fileName = fileName;
        this.mediaType = mediaType;
        this.sizeBytes = sizeBytes;
        this.sha256 = sha256;
        this.uploadedBy = uploadedBy;
    }

    public long requestId() {
        return requestId;
    }

    public String fileName() {
        return fileName;
    }

    public String mediaType() {
        return mediaType;
    }

    public long sizeBytes() {
        return sizeBytes;
    }

    public String sha256() {
        return sha256;
    }

    public long uploadedBy() {
        return uploadedBy;
    }
}
