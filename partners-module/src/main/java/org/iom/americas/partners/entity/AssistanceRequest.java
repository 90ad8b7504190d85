package org.iom.americas.partners.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;
import org.iom.americas.kernel.audit.LifecycleState;
import org.iom.americas.kernel.persistence.CooperationRecord;
import org.iom.americas.kernel.persistence.UtcInstantConverter;
import org.iom.americas.partners.RequestStatus;
import org.iom.americas.partners.RequestType;
import org.iom.americas.partners.Urgency;

/**
 * What a partner government asks of IOM, from its draft to IOM's decision. The service-level due dates are fixed
 * when the request is submitted, so a later change of the targets never moves a promise already made.
 */
@Entity
@Table(name = "assistance_request")
public class AssistanceRequest extends CooperationRecord {

    private static final long serialVersionUID = 1L;

    @Column(name = "government_id", nullable = false, updatable = false)
    private long governmentId;

    @Column(name = "author_account_id", nullable = false, updatable = false)
    private long authorAccountId;

    @Enumerated(EnumType.STRING)
    @Column(name = "request_type", nullable = false)
    private RequestType type;

    @Column(name = "title", length = 200, nullable = false)
    private String title;

    @Column(name = "description", nullable = false)
    private String description;

    @Column(name = "country", length = 2, nullable = false)
    private String country;

    @ElementCollection
    @CollectionTable(name = "assistance_request_location", joinColumns = @JoinColumn(name = "request_id"))
    @Column(name = "name")
    private Set<String> locations = new TreeSet<>();

    @ElementCollection
    @CollectionTable(name = "assistance_request_area", joinColumns = @JoinColumn(name = "request_id"))
    @Column(name = "iom_area")
    private Set<String> iomAreas = new TreeSet<>();

    @ElementCollection
    @CollectionTable(name = "assistance_request_objective", joinColumns = @JoinColumn(name = "request_id"))
    @Column(name = "objective")
    private Set<Integer> objectives = new TreeSet<>();

    @Enumerated(EnumType.STRING)
    @Column(name = "urgency", nullable = false)
    private Urgency urgency;

    @Column(name = "requested_start")
    private LocalDate requestedStart;

    @Column(name = "budget_amount", precision = 19, scale = 2)
    private BigDecimal budgetAmount;

    @Column(name = "budget_currency", length = 3)
    private String budgetCurrency;

    @LifecycleState
    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private RequestStatus status = RequestStatus.DRAFT;

    @Column(name = "decline_reason", length = 2000)
    private String declineReason;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "first_response_due")
    private Instant firstResponseDue;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "first_responded_at")
    private Instant firstRespondedAt;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "decision_due")
    private Instant decisionDue;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "joint_project_id")
    private Long jointProjectId;

    protected AssistanceRequest() {
    }

    public AssistanceRequest(long governmentId, long authorAccountId) {
        this.governmentId = governmentId;
        this.authorAccountId = authorAccountId;
    }

    /** Replaces what the government asks; the caller has checked that the request may still be edited. */
    public void describe(RequestType type, String title, String description, String country, Set<String> locations,
                         Set<String> iomAreas, Set<Integer> objectives, Urgency urgency, LocalDate requestedStart,
                         BigDecimal budgetAmount, String budgetCurrency) {
        this.type = type;
        this.title = title.strip();
        this.description = description.strip();
        this.country = country;
        reconcile(this.locations, locations);
        reconcile(this.iomAreas, iomAreas);
        reconcile(this.objectives, objectives);
        this.urgency = urgency;
        this.requestedStart = requestedStart;
        this.budgetAmount = budgetAmount;
        this.budgetCurrency = budgetAmount == null ? null : budgetCurrency;
    }


    public void moveTo(RequestStatus next) {
        this.status = next;
    }

    public void submitted(Instant at, Instant firstResponseDue, Instant decisionDue) {
        this.submittedAt = at;
        this.firstResponseDue = firstResponseDue;
        this.decisionDue = decisionDue;
    }

    public void respondedAt(Instant at) {
        if (firstRespondedAt == null) {
            firstRespondedAt = at;
        }
    }

    public void decided(Instant at, String declineReason) {
        this.decidedAt = at;
        this.declineReason = declineReason;
    }

    public void answeredBy(long jointProjectId) {
        this.jointProjectId = jointProjectId;
    }

    public long governmentId() {
        return governmentId;
    }

    public long authorAccountId() {
        return authorAccountId;
    }

    public RequestType type() {
        return type;
    }

    public String title() {
        return title;
    }

    public String description() {
        return description;
    }

    public String country() {
        return country;
    }

    public Set<String> locations() {
        return Set.copyOf(locations);
    }

    public Set<String> iomAreas() {
        return Set.copyOf(iomAreas);
    }

    public Set<Integer> objectives() {
        return Set.copyOf(objectives);
    }

    public Urgency urgency() {
        return urgency;
    }

    public LocalDate requestedStart() {
        return requestedStart;
    }

    public BigDecimal budgetAmount() {
        return budgetAmount;
    }

    public String budgetCurrency() {
        return budgetCurrency;
    }

    public RequestStatus status() {
        return status;
    }

    public String declineReason() {
        return declineReason;
    }

    public Instant submittedAt() {
        return submittedAt;
    }

    public Instant firstResponseDue() {
        return firstResponseDue;
    }

    public Instant firstRespondedAt() {
        return firstRespondedAt;
    }

    public Instant decisionDue() {
        return decisionDue;
    }

    public Instant decidedAt() {
        return decidedAt;
    }

    public Long jointProjectId() {
        return jointProjectId;
    }
}
