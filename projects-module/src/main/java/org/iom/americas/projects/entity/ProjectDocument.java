package org.iom.americas.projects.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import org.iom.americas.kernel.document.CheckedFile;
import org.iom.americas.kernel.document.DocumentRecord;

/** A file shared in a project's workspace; its bytes are kept apart ({@link ProjectDocumentContent}). */
@Entity
@Table(name = "project_document")
@NamedQuery(name = "ProjectDocument.findByProject",
        query = "SELECT d FROM ProjectDocument d WHERE d.projectId = :project ORDER BY d.id")
public class ProjectDocument extends DocumentRecord {

    private static final long serialVersionUID = 1L;

    @Column(name = "project_id", nullable = false, updatable = false)
    private long projectId;

    /** As the audit trail names organisations: {@code IOM} or {@code PARTNER_AGENCY:12}. */
    @Column(name = "uploader_organisation", length = 120, nullable = false, updatable = false)
    private String uploaderOrganisation;

    protected ProjectDocument() {
    }

    public ProjectDocument(long projectId, CheckedFile file, long uploadedBy, String uploaderOrganisation) {
        super(file, uploadedBy);
        this.projectId = projectId;
        this.uploaderOrganisation = uploaderOrganisation;
    }

    public long projectId() {
        return projectId;
    }

    public String uploaderOrganisation() {
        return uploaderOrganisation;
    }
}
