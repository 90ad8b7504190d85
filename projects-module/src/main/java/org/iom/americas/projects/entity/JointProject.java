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
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;
import org.iom.americas.kernel.audit.LifecycleState;
import org.iom.americas.kernel.persistence.CooperationRecord;
import org.iom.americas.kernel.reference.AdminArea;
import org.iom.americas.projects.ProjectStatus;

/**
 * Work that partner agencies carry out together, identified by a human-readable code such as PA-2026-014: what,
 * where (countries and their admin-1 areas), in which IOM areas and for which Global Compact objectives, when, and
 * led by whom. The request it answers and the response it belongs to are other modules' records, held by id.
 */
@Entity
@Table(name = "joint_project")
@NamedQuery(name = "JointProject.lastCodeLike",
        query = "SELECT MAX(p.code) FROM JointProject p WHERE p.code LIKE :prefix")
@NamedQuery(name = "JointProject.findByResponse",
        query = "SELECT p FROM JointProject p WHERE p.humanitarianResponseId = :response ORDER BY p.id")
@NamedQuery(name = "JointProject.findByCode", query = "SELECT p FROM JointProject p WHERE p.code = :code")
@NamedQuery(name = "JointProject.findByLeadTitleAndStart", query = "SELECT p FROM JointProject p "
        + "WHERE p.leadAgencyId = :lead AND p.title = :title AND p.startDate = :start ORDER BY p.id")
@NamedQuery(name = "JointProject.findByAgreement",
        query = "SELECT p FROM JointProject p WHERE p.agreementId = :agreement ORDER BY p.id")
@NamedQuery(name = "JointProject.findByOriginRequest",
        query = "SELECT p FROM JointProject p WHERE p.originRequestId = :request")
@NamedQuery(name = "JointProject.findOverlapCandidates", query = "SELECT DISTINCT p FROM JointProject p "
        + "JOIN p.countries c JOIN p.iomAreas a WHERE p.id <> :project AND p.status IN :statuses "
        + "AND c IN :countries AND a IN :areas ORDER BY p.id")
@NamedQuery(name = "JointProject.countRunningInCountry",
        query = "SELECT COUNT(DISTINCT p.id) FROM JointProject p JOIN p.countries c "
                + "WHERE c = :country AND p.status IN :statuses")
public class JointProject extends CooperationRecord {

    private static final long serialVersionUID = 1L;

    @Column(name = "code", length = 20, nullable = false, unique = true)
    private String code;

    @Column(name = "title", length = 300, nullable = false)
    private String title;

    @Column(name = "summary", length = 4000)
    private String summary;

    @LifecycleState
    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private ProjectStatus status = ProjectStatus.PIPELINE;

    @Column(name = "start_date")
    private LocalDate startDate;

    @Column(name = "end_date")
    private LocalDate endDate;

    // read for a whole page of projects in one query per collection (IN on the page's ids), not one per project
    @ElementCollection
    @BatchFetch(value = BatchFetchType.IN, size = 256)
    @CollectionTable(name = "joint_project_country", joinColumns = @JoinColumn(name = "project_id"))
    @Column(name = "country", length = 2)
    private Set<String> countries = new TreeSet<>();

    @ElementCollection
    @BatchFetch(value = BatchFetchType.IN, size = 256)
    @CollectionTable(name = "joint_project_location", joinColumns = @JoinColumn(name = "project_id"))
    private Set<AdminArea> locations = new TreeSet<>();

    @ElementCollection
    @BatchFetch(value = BatchFetchType.IN, size = 256)
    @CollectionTable(name = "joint_project_area", joinColumns = @JoinColumn(name = "project_id"))
    @Column(name = "iom_area")
    private Set<String> iomAreas = new TreeSet<>();

    @ElementCollection
    @BatchFetch(value = BatchFetchType.IN, size = 256)
    @CollectionTable(name = "joint_project_objective", joinColumns = @JoinColumn(name = "project_id"))
    @Column(name = "objective")
    private Set<Integer> objectives = new TreeSet<>();

    @Column(name = "lead_agency_id")
    private Long leadAgencyId;

    @Column(name = "origin_request_id", updatable = false)
    private Long originRequestId;

    @Column(name = "humanitarian_response_id")
    private Long humanitarianResponseId;

    @Column(name = "agreement_id")
    private Long agreementId;

    protected JointProject() {
    }

    public JointProject(String code, Long originRequestId) {
        this.code = code;
        this.originRequestId = originRequestId;
    }

    /** Replaces what the project is; only what differs changes, so the audit trail shows what was added. */
    public void plan(String title, String summary, Set<String> countries, Set<AdminArea> locations,
                     Set<String> iomAreas, Set<Integer> objectives, LocalDate startDate, LocalDate endDate,
                     Long leadAgencyId, Long humanitarianResponseId) {
        this.title = title.strip();
        this.summary = summary == null || summary.isBlank() ? null : summary.strip();
        reconcile(this.countries, countries);
        reconcile(this.locations, locations);
        reconcile(this.iomAreas, iomAreas);
        reconcile(this.objectives, objectives);
        this.startDate = startDate;
        this.endDate = endDate;
        this.leadAgencyId = leadAgencyId;
        this.humanitarianResponseId = humanitarianResponseId;
    }


    public void carriedOutUnder(Long agreement) {
        this.agreementId = agreement;
    }

    public Long agreementId() {
        return agreementId;
    }

    public void moveTo(ProjectStatus next) {
        this.status = next;
    }

    /** Whether this project and a period overlap; an open end runs on. */
    public boolean overlaps(LocalDate start, LocalDate end) {
        return (startDate == null || end == null || !startDate.isAfter(end))
                && (endDate == null || start == null || !endDate.isBefore(start));
    }

    public String summary() {
        return summary;
    }

    public LocalDate startDate() {
        return startDate;
    }

    public LocalDate endDate() {
        return endDate;
    }

    public List<String> countries() {
        return List.copyOf(new TreeSet<>(countries));
    }

    public List<AdminArea> locations() {
        return List.copyOf(new TreeSet<>(locations));
    }

    public List<String> iomAreas() {
        return List.copyOf(new TreeSet<>(iomAreas));
    }

    public List<Integer> objectives() {
        return List.copyOf(new TreeSet<>(objectives));
    }

    public Long leadAgencyId() {
        return leadAgencyId;
    }

    public Long originRequestId() {
        return originRequestId;
    }

    public Long humanitarianResponseId() {
        return humanitarianResponseId;
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
