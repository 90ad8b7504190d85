package org.iom.americas.projects.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import org.iom.americas.kernel.persistence.CooperationRecord;

/** What one donor has committed to a project and disbursed so far, in the donor's currency. */
@Entity
@Table(name = "project_funding")
@NamedQuery(name = "ProjectFunding.findByProjects",
        query = "SELECT f FROM ProjectFunding f WHERE f.projectId IN :projects ORDER BY f.id")
@NamedQuery(name = "ProjectFunding.findByProject",
        query = "SELECT f FROM ProjectFunding f WHERE f.projectId = :project ORDER BY f.id")
public class ProjectFunding extends CooperationRecord {

    private static final long serialVersionUID = 1L;

    @Column(name = "project_id", nullable = false, updatable = false)
    private long projectId;

    @Column(name = "donor_agency_id", nullable = false, updatable = false)
    private long donorAgencyId;

    @Column(name = "currency", length = 3, nullable = false, updatable = false)
    private String currency;

    @Column(name = "committed_amount", precision = 19, scale = 2, nullable = false)
    private BigDecimal committed;

    @Column(name = "disbursed_amount", precision = 19, scale = 2, nullable = false)
    private BigDecimal disbursed;

    protected ProjectFunding() {
    }

    public ProjectFunding(long projectId, long donorAgencyId, String currency) {
        this.projectId = projectId;
        this.donorAgencyId = donorAgencyId;
        this.currency = currency;
    }

    public void amounts(BigDecimal committed, BigDecimal disbursed) {
        this.committed = committed;
        this.disbursed = disbursed;
    }

    public long projectId() {
        return projectId;
    }

    public long donorAgencyId() {
        return donorAgencyId;
    }

    public String currency() {
        return currency;
    }

    public BigDecimal committed() {
        return committed;
    }

    public BigDecimal disbursed() {
        return disbursed;
    }
}
