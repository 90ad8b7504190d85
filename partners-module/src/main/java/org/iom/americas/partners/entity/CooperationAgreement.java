package org.iom.americas.partners.entity;

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
import java.util.Set;
import java.util.TreeSet;
import org.iom.americas.kernel.audit.LifecycleState;
import org.iom.americas.kernel.persistence.CooperationRecord;
import org.iom.americas.partners.AgreementStatus;
import org.iom.americas.partners.AgreementType;

/**
 * An agreement between IOM and one or more partner governments and/or agencies: what kind, which reference, over
 * which scope (IOM areas, Global Compact objectives, countries), its dates and where it stands.
 */
@Entity
@Table(name = "cooperation_agreement")
@NamedQuery(name = "CooperationAgreement.findByReference",
        query = "SELECT a FROM CooperationAgreement a WHERE a.referenceNumber = :reference")
@NamedQuery(name = "CooperationAgreement.findExpiringBy", query = "SELECT a FROM CooperationAgreement a "
        + "WHERE a.status IN :statuses AND a.expiresOn IS NOT NULL AND a.expiresOn <= :by ORDER BY a.expiresOn, a.id")
public class CooperationAgreement extends CooperationRecord {

    private static final long serialVersionUID = 1L;

    @Column(name = "reference_number", length = 60, nullable = false, unique = true)
    private String referenceNumber;

    @Enumerated(EnumType.STRING)
    @Column(name = "type", length = 40, nullable = false)
    private AgreementType type;

    @Column(name = "title", length = 300, nullable = false)
    private String title;

    @Column(name = "summary", length = 4000)
    private String summary;

    @LifecycleState
    @Enumerated(EnumType.STRING)
    @Column(name = "status", length = 20, nullable = false)
    private AgreementStatus status = AgreementStatus.DRAFT;

    @Column(name = "signed_on")
    private LocalDate signedOn;

    @Column(name = "effective_on")
    private LocalDate effectiveOn;

    @Column(name = "expires_on")
    private LocalDate expiresOn;

    @Column(name = "data_sharing_terms", length = 4000)
    private String dataSharingTerms;

    @ElementCollection
    @CollectionTable(name = "agreement_government", joinColumns = @JoinColumn(name = "agreement_id"))
    @Column(name = "government_id")
    private Set<Long> governmentIds = new TreeSet<>();

    @ElementCollection
    @CollectionTable(name = "agreement_agency", joinColumns = @JoinColumn(name = "agreement_id"))
    @Column(name = "agency_id")
    private Set<Long> agencyIds = new TreeSet<>();

    @ElementCollection
    @CollectionTable(name = "agreement_country", joinColumns = @JoinColumn(name = "agreement_id"))
    @Column(name = "country", length = 2)
    private Set<String> countries = new TreeSet<>();

    @ElementCollection
    @CollectionTable(name = "agreement_area", joinColumns = @JoinColumn(name = "agreement_id"))
    @Column(name = "iom_area")
    private Set<String> iomAreas = new TreeSet<>();

    @ElementCollection
    @CollectionTable(name = "agreement_objective", joinColumns = @JoinColumn(name = "agreement_id"))
    @Column(name = "objective")
    private Set<Integer> objectives = new TreeSet<>();

    @ElementCollection
    @CollectionTable(name = "agreement_request", joinColumns = @JoinColumn(name = "agreement_id"))
    @Column(name = "request_id")
    private Set<Long> requestIds = new TreeSet<>();

    protected CooperationAgreement() {
    }

    public CooperationAgreement(String referenceNumber) {
        this.referenceNumber = referenceNumber;
    }

    /** Changes what the agreement is; each collection keeps the rows that stay (no churn in the audit trail). */
    public void describe(String reference, AgreementType kind, String heading, String text, Set<Long> governments,
                         Set<Long> agencies, Set<String> inCountries, Set<String> areas, Set<Integer> compact,
                         LocalDate signed, LocalDate effective, LocalDate expires, String sharingTerms,
                         Set<Long> requests) {
        this.referenceNumber = reference.strip();
        this.type = kind;
        this.title = heading.strip();
        this.summary = text == null || text.isBlank() ? null : text.strip();
        reconcile(governmentIds, governments);
        reconcile(agencyIds, agencies);
        reconcile(countries, inCountries);
        reconcile(iomAreas, areas);
        reconcile(objectives, compact);
        reconcile(requestIds, requests);
        this.signedOn = signed;
        this.effectiveOn = effective;
        this.expiresOn = expires;
        this.dataSharingTerms = sharingTerms == null || sharingTerms.isBlank() ? null : sharingTerms.strip();
    }

    public void moveTo(AgreementStatus next) {
        this.status = next;
    }

    public void relateRequest(long requestId) {
        requestIds.add(requestId);
    }

    public boolean isParty(Long governmentId, Long agencyId) {
        return governmentId != null && governmentIds.contains(governmentId)
                || agencyId != null && agencyIds.contains(agencyId);
    }

    public String referenceNumber() {
        return referenceNumber;
    }

    public AgreementType type() {
        return type;
    }

    public String title() {
        return title;
    }

    public String summary() {
        return summary;
    }

    public AgreementStatus status() {
        return status;
    }

    public LocalDate signedOn() {
        return signedOn;
    }

    public LocalDate effectiveOn() {
        return effectiveOn;
    }

    public LocalDate expiresOn() {
        return expiresOn;
    }

    public String dataSharingTerms() {
        return dataSharingTerms;
    }

    public Set<Long> governmentIds() {
        return new TreeSet<>(governmentIds);
    }

    public Set<Long> agencyIds() {
        return new TreeSet<>(agencyIds);
    }

    public Set<String> countries() {
        return new TreeSet<>(countries);
    }

    public Set<String> iomAreas() {
        return new TreeSet<>(iomAreas);
    }

    public Set<Integer> objectives() {
        return new TreeSet<>(objectives);
    }

    public Set<Long> requestIds() {
        return new TreeSet<>(requestIds);
    }
}
