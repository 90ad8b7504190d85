package org.iom.americas.responses.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import org.iom.americas.kernel.persistence.CooperationRecord;

/** A partner agency engaged in a response, in one sector (IOM area). */
@Entity
@Table(name = "response_partner")
@NamedQuery(name = "ResponsePartner.findByResponse",
        query = "SELECT p FROM ResponsePartner p WHERE p.responseId = :response ORDER BY p.id")
public class ResponsePartner extends CooperationRecord {

    private static final long serialVersionUID = 1L;

    @Column(name = "response_id", nullable = false, updatable = false)
    private long responseId;

    @Column(name = "agency_id", nullable = false, updatable = false)
    private long agencyId;

    @Column(name = "iom_area", length = 32, nullable = false, updatable = false)
    private String iomArea;

    protected ResponsePartner() {
    }

    public ResponsePartner(long responseId, long agencyId, String iomArea) {
        this.responseId = responseId;
        this.agencyId = agencyId;
        this.iomArea = iomArea;
    }

    public long responseId() {
        return responseId;
    }

    public long agencyId() {
        return agencyId;
    }

    public String iomArea() {
        return iomArea;
    }
}
