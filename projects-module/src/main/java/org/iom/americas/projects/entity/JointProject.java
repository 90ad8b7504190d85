package org.iom.americas.projects.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.iom.americas.kernel.persistence.CooperationRecord;
import org.iom.americas.projects.ProjectStatus;

/** Work that partner agencies carry out together, identified by a human-readable code such as PA-2026-014. */
@Entity
@Table(name = "joint_project")
@NamedQuery(name = "JointProject.countRunningInCountry",
        query = "SELECT COUNT(DISTINCT p.id) FROM JointProject p JOIN p.countries c "
                + "WHERE c = :country AND p.status IN :statuses")
public class JointProject extends CooperationRecord {

    private static final long serialVersionUID = 1L;

    @Column(name = "code", length = 20, nullable = false, unique = true)
    private String code;

    @Column(name = "title", length = 300, nullable = false)
    private String title;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private ProjectStatus status;

    @Column(name = "start_date")
    private LocalDate startDate;

    @Column(name = "end_date")
    private LocalDate endDate;

    @ElementCollection
    @CollectionTable(name = "joint_project_country", joinColumns = @JoinColumn(name = "project_id"))
    @Column(name = "country", length = 2)
    private Set<String> countries = new HashSet<>();

    protected JointProject() {
    }

    public String code() {
        return code;
    }

    public String title() {
        return title;
    }

    public ProjectStatus status() {
        return status;
    }
}
