package org.iom.americas.projects.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import org.iom.americas.kernel.persistence.CooperationRecord;
import org.iom.americas.projects.ParticipantRole;

/** An agency or a government taking part in a joint project, in one role. */
@Entity
@Table(name = "project_participant")
@NamedQuery(name = "ProjectParticipant.findByProjects",
        query = "SELECT p FROM ProjectParticipant p WHERE p.projectId IN :projects ORDER BY p.id")
@NamedQuery(name = "ProjectParticipant.findByProject",
        query = "SELECT p FROM ProjectParticipant p WHERE p.projectId = :project ORDER BY p.id")
public class ProjectParticipant extends CooperationRecord {

    private static final long serialVersionUID = 1L;

    @Column(name = "project_id", nullable = false, updatable = false)
    private long projectId;

    @Column(name = "agency_id", updatable = false)
    private Long agencyId;

    @Column(name = "government_id", updatable = false)
    private Long governmentId;

    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false, updatable = false)
    private ParticipantRole role;

    protected ProjectParticipant() {
    }

    public ProjectParticipant(long projectId, Long agencyId, Long governmentId, ParticipantRole role) {
        this.projectId = projectId;
        this.agencyId = agencyId;
        this.governmentId = governmentId;
        this.role = role;
    }

    public long projectId() {
        return projectId;
    }

    public Long agencyId() {
        return agencyId;
    }

    public Long governmentId() {
        return governmentId;
    }

    public ParticipantRole role() {
        return role;
    }
}
