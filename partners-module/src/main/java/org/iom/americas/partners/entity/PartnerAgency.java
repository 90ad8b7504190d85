package org.iom.americas.partners.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import org.iom.americas.kernel.persistence.CooperationRecord;
import org.iom.americas.partners.AgencyType;

/** A UN agency, NGO or other organisation that works with IOM, known by a unique acronym. */
@Entity
@Table(name = "partner_agency")
@NamedQuery(name = "PartnerAgency.findByAcronym", query = "SELECT a FROM PartnerAgency a WHERE a.acronym = :acronym")
@NamedQuery(name = "PartnerAgency.findAll", query = "SELECT a FROM PartnerAgency a ORDER BY a.name, a.id")
public class PartnerAgency extends CooperationRecord {

    private static final long serialVersionUID = 1L;

    @Column(name = "name", length = 200, nullable = false)
    private String name;

    @Column(name = "acronym", length = 30, nullable = false)
    private String acronym;

    @Enumerated(EnumType.STRING)
    @Column(name = "agency_type", nullable = false)
    private AgencyType type;

    @Column(name = "active", nullable = false)
    private boolean active = true;

    protected PartnerAgency() {
    }

    public PartnerAgency(String name, String acronym, AgencyType type) {
        this.name = name.strip();
        this.acronym = acronym.strip();
        this.type = type;
    }

    public String name() {
        return name;
    }

    public String acronym() {
        return acronym;
    }

    public AgencyType type() {
        return type;
    }

    public boolean active() {
        return active;
    }
}
