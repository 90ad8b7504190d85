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
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;
import org.iom.americas.kernel.audit.LifecycleState;
import org.iom.americas.kernel.persistence.CooperationRecord;
import org.iom.americas.partners.AgencyType;

/**
 * A UN agency, NGO or other organisation that works with IOM, known by a unique acronym: where it works, in which
 * of IOM's areas, and whom to contact. An agency that stops working with IOM is made inactive, never deleted.
 */
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

    @LifecycleState
    @Column(name = "active", nullable = false)
    private boolean active = true;

    @Column(name = "website", length = 300)
    private String website;

    @Column(name = "contact_name", length = 150)
    private String contactName;

    @Column(name = "contact_email", length = 254)
    private String contactEmail;

    // the agency lists (choices on every form and filter) read these for all agencies at once, in batches
    @ElementCollection
    @BatchFetch(value = BatchFetchType.IN, size = 1000)
    @CollectionTable(name = "partner_agency_country", joinColumns = @JoinColumn(name = "agency_id"))
    @Column(name = "country")
    private Set<String> countries = new TreeSet<>();

    @ElementCollection
    @BatchFetch(value = BatchFetchType.IN, size = 1000)
    @CollectionTable(name = "partner_agency_area", joinColumns = @JoinColumn(name = "agency_id"))
    @Column(name = "iom_area")
    private Set<String> iomAreas = new TreeSet<>();

    protected PartnerAgency() {
    }

    public PartnerAgency(String name, String acronym, AgencyType type) {
        this.name = name.strip();
        this.acronym = acronym.strip();
        this.type = type;
    }

    /** Everything but the acronym, which names the agency for good. */
    public void describe(String name, AgencyType type, boolean active, String website, String contactName,
                         String contactEmail, Set<String> countries, Set<String> iomAreas) {
        this.name = name.strip();
        this.type = type;
        this.active = active;
        this.website = blankToNull(website);
        this.contactName = blankToNull(contactName);
        this.contactEmail = blankToNull(contactEmail);
        reconcile(this.countries, countries);
        reconcile(this.iomAreas, iomAreas);
    }


    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public String website() {
        return website;
    }

    public String contactName() {
        return contactName;
    }

    public String contactEmail() {
        return contactEmail;
    }

    public List<String> countries() {
        return List.copyOf(new TreeSet<>(countries));
    }

    public List<String> iomAreas() {
        return List.copyOf(new TreeSet<>(iomAreas));
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
