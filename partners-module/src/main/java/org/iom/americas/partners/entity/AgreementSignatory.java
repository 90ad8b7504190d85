package org.iom.americas.partners.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.iom.americas.kernel.persistence.CooperationRecord;

/** Someone who signed an agreement for one of its parties. */
@Entity
@Table(name = "agreement_signatory")
@NamedQuery(name = "AgreementSignatory.findByAgreement",
        query = "SELECT s FROM AgreementSignatory s WHERE s.agreementId = :agreement ORDER BY s.signedOn, s.id")
public class AgreementSignatory extends CooperationRecord {

    private static final long serialVersionUID = 1L;

    @Column(name = "agreement_id", nullable = false, updatable = false)
    private long agreementId;

    @Column(name = "name", length = 200, nullable = false)
    private String name;

    @Column(name = "title", length = 200, nullable = false)
    private String title;

    @Column(name = "organisation", length = 300, nullable = false)
    private String organisation;

    @Column(name = "signed_on", nullable = false)
    private LocalDate signedOn;

    protected AgreementSignatory() {
    }

    public AgreementSignatory(long agreementId, String name, String title, String organisation, LocalDate signedOn) {
        this.agreementId = agreementId;
        this.name = name.strip();
        this.title = title.strip();
        this.organisation = organisation.strip();
        this.signedOn = signedOn;
    }

    public String name() {
        return name;
    }

    public String title() {
        return title;
    }

    public String organisation() {
        return organisation;
    }

    public LocalDate signedOn() {
        return signedOn;
    }
}
