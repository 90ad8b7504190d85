package org.iom.americas.responses.entity;

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
import org.iom.americas.kernel.audit.LifecycleState;
import org.iom.americas.kernel.persistence.CooperationRecord;
import org.iom.americas.kernel.reference.AdminArea;
import org.iom.americas.responses.CrisisType;
import org.iom.americas.responses.ResponsePhase;

/**
 * The coordinated answer to a displacement crisis in one or more countries, including displacement by disasters
 * and climate change: where, since when, in which phase, led by which IOM coordinator.
 */
@Entity
@Table(name = "humanitarian_response")
@NamedQuery(name = "HumanitarianResponse.countOpenInCountry",
        query = "SELECT COUNT(DISTINCT r.id) FROM HumanitarianResponse r JOIN r.countries c "
                + "WHERE c = :country AND r.phase <> :closed")
public class HumanitarianResponse extends CooperationRecord {

    private static final long serialVersionUID = 1L;

    @Column(name = "name", length = 200, nullable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "crisis_type", nullable = false)
    private CrisisType crisisType;

    @LifecycleState
    @Enumerated(EnumType.STRING)
    @Column(name = "phase", nullable = false)
    private ResponsePhase phase = ResponsePhase.ALERT;

    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;

    @ElementCollection
    @CollectionTable(name = "humanitarian_response_country", joinColumns = @JoinColumn(name = "response_id"))
    @Column(name = "country", length = 2)
    private Set<String> countries = new TreeSet<>();

    @ElementCollection
    @CollectionTable(name = "humanitarian_response_location", joinColumns = @JoinColumn(name = "response_id"))
    private Set<AdminArea> locations = new TreeSet<>();

    @Column(name = "situation_summary", length = 4000)
    private String situationSummary;

    @Column(name = "lead_coordinator_account_id")
    private Long leadCoordinatorAccountId;

    protected HumanitarianResponse() {
    }

    public HumanitarianResponse(CrisisType crisisType) {
        this.crisisType = crisisType;
    }

    public void describe(String name, CrisisType crisisType, Set<String> countries, Set<AdminArea> locations,
                         LocalDate startDate, String situationSummary, Long leadCoordinatorAccountId) {
        this.name = name.strip();
        this.crisisType = crisisType;
        reconcile(this.countries, countries);
        reconcile(this.locations, locations);
        this.startDate = startDate;
        this.situationSummary = situationSummary == null || situationSummary.isBlank() ? null
                : situationSummary.strip();
        this.leadCoordinatorAccountId = leadCoordinatorAccountId;
    }

    public void moveTo(ResponsePhase next) {
        this.phase = next;
    }

    public CrisisType crisisType() {
        return crisisType;
    }

    public LocalDate startDate() {
        return startDate;
    }

    public List<String> countries() {
        return List.copyOf(new TreeSet<>(countries));
    }

    public List<AdminArea> locations() {
        return List.copyOf(new TreeSet<>(locations));
    }

    public String situationSummary() {
        return situationSummary;
    }

    public Long leadCoordinatorAccountId() {
        return leadCoordinatorAccountId;
    }

    public String name() {
        return name;
    }

    public ResponsePhase phase() {
        return phase;
    }
}
