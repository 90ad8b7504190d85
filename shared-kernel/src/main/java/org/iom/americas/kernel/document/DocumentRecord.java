package org.iom.americas.kernel.document;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import org.iom.americas.kernel.persistence.CooperationRecord;

/**
 * The description of a file a record carries, as every module keeps it: the safe name, the type found in its
 * content, its size and SHA-256, and who uploaded it. Written once; each module keeps the bytes in a table of its
 * own, read only on download.
 */
@MappedSuperclass
public abstract class DocumentRecord extends CooperationRecord {

    private static final long serialVersionUID = 1L;

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

    protected DocumentRecord() {
    }

    protected DocumentRecord(CheckedFile file, long uploadedBy) {
        this.fileName = file.name();
        this.mediaType = file.mediaType();
        this.sizeBytes = file.content().length;
        this.sha256 = file.sha256();
        this.uploadedBy = uploadedBy;
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
