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
import java.util.HashSet;
import java.util.Set;
import org.iom.americas.kernel.persistence.CooperationRecord;
import org.iom.americas.responses.CrisisType;
import org.iom.americas.responses.ResponsePhase;

/** The coordinated answer to a displacement crisis in one or more countries. */
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

    @Enumerated(EnumType.STRING)
    @Column(name = "phase", nullable = false)
    private ResponsePhase phase;

    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;

    @ElementCollection
    @CollectionTable(name = "humanitarian_response_country", joinColumns = @JoinColumn(name = "response_id"))
    @Column(name = "country", length = 2)
    private Set<String> countries = new HashSet<>();

    protected HumanitarianResponse() {
    }

    public String name() {
        return name;
    }

    public ResponsePhase phase() {
        return phase;
    }
}
