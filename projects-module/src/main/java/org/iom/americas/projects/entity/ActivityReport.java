package org.iom.americas.projects.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.iom.americas.kernel.persistence.CooperationRecord;

/**
 * What one partner agency did in a project ("who does what, where, when, for whom"): the activity, its IOM area,
 * the place, the period, what it achieved against an indicator, and the people reached, broken down by sex and age
 * group and by population type. Neither breakdown may add up to more than the people reached.
 */
@Entity
@Table(name = "activity_report")
@NamedQuery(name = "ActivityReport.findByProject",
        query = "SELECT r FROM ActivityReport r WHERE r.projectId = :project ORDER BY r.id")
@NamedQuery(name = "ActivityReport.achievedByIndicator", query = "SELECT r.indicatorId, SUM(r.achieved) "
        + "FROM ActivityReport r WHERE r.projectId = :project AND r.indicatorId IS NOT NULL GROUP BY r.indicatorId")
public class ActivityReport extends CooperationRecord {

    private static final long serialVersionUID = 1L;

    @Column(name = "project_id", nullable = false, updatable = false)
    private long projectId;

    @Column(name = "agency_id", nullable = false, updatable = false)
    private long agencyId;

    @Column(name = "indicator_id")
    private Long indicatorId;

    @Column(name = "iom_area", length = 32, nullable = false)
    private String iomArea;

    @Column(name = "activity", length = 500, nullable = false)
    private String activity;

    @Column(name = "country", length = 2, nullable = false)
    private String country;

    @Column(name = "admin1", length = 150)
    private String admin1;

    @Column(name = "period_start", nullable = false)
    private LocalDate periodStart;

    @Column(name = "period_end", nullable = false)
    private LocalDate periodEnd;

    @Column(name = "achieved", precision = 19, scale = 2)
    private BigDecimal achieved;

    @Column(name = "reached_total", nullable = false)
    private int reachedTotal;

    @Column(name = "female_children", nullable = false)
    private int femaleChildren;

    @Column(name = "female_adults", nullable = false)
    private int femaleAdults;

    @Column(name = "female_elderly", nullable = false)
    private int femaleElderly;

    @Column(name = "male_children", nullable = false)
    private int maleChildren;

    @Column(name = "male_adults", nullable = false)
    private int maleAdults;

    @Column(name = "male_elderly", nullable = false)
    private int maleElderly;

    @Column(name = "migrants", nullable = false)
    private int migrants;

    @Column(name = "refugees", nullable = false)
    private int refugees;

    @Column(name = "internally_displaced", nullable = false)
    private int internallyDisplaced;

    @Column(name = "host_community", nullable = false)
    private int hostCommunity;

    @Column(name = "returnees", nullable = false)
    private int returnees;

    protected ActivityReport() {
    }

    public ActivityReport(long projectId, long agencyId) {
        this.projectId = projectId;
        this.agencyId = agencyId;
    }

    /** What was done, where and when, and what it achieved. */
    public void describe(Long indicatorId, String iomArea, String activity, String country, String admin1,
                         LocalDate periodStart, LocalDate periodEnd, BigDecimal achieved) {
        this.indicatorId = indicatorId;
        this.iomArea = iomArea;
        this.activity = activity.strip();
        this.country = country;
        this.admin1 = admin1 == null || admin1.isBlank() ? null : admin1.strip();
        this.periodStart = periodStart;
        this.periodEnd = periodEnd;
        this.achieved = achieved;
    }

    /** Whom it reached; the caller has checked that neither breakdown exceeds the total. */
    public void reached(int total, int[] sexAndAge, int[] populations) {
        this.reachedTotal = total;
        this.femaleChildren = sexAndAge[0];
        this.femaleAdults = sexAndAge[1];
        this.femaleElderly = sexAndAge[2];
        this.maleChildren = sexAndAge[3];
        this.maleAdults = sexAndAge[4];
        this.maleElderly = sexAndAge[5];
        this.migrants = populations[0];
        this.refugees = populations[1];
        this.internallyDisplaced = populations[2];
        this.hostCommunity = populations[3];
        this.returnees = populations[4];
    }

    public long projectId() {
        return projectId;
    }

    public long agencyId() {
        return agencyId;
    }

    public Long indicatorId() {
        return indicatorId;
    }

    public String iomArea() {
        return iomArea;
    }

    public String activity() {
        return activity;
    }

    public String country() {
        return country;
    }

    public String admin1() {
        return admin1;
    }

    public LocalDate periodStart() {
        return periodStart;
    }

    public LocalDate periodEnd() {
        return periodEnd;
    }

    public BigDecimal achieved() {
        return achieved;
    }

    public int reachedTotal() {
        return reachedTotal;
    }

    /** Female children, adults and elderly, then male children, adults and elderly. */
    public int[] sexAndAge() {
        return new int[] {femaleChildren, femaleAdults, femaleElderly, maleChildren, maleAdults, maleElderly};
    }

    /** Migrants, refugees, internally displaced, host community, returnees. */
    public int[] populations() {
        return new int[] {migrants, refugees, internallyDisplaced, hostCommunity, returnees};
    }
}
