package org.iom.americas.partners.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.util.Set;
import java.util.TreeSet;
import org.iom.americas.kernel.audit.LifecycleState;
import org.iom.americas.kernel.persistence.CooperationRecord;
import org.iom.americas.kernel.reference.Country;
import org.iom.americas.partners.MembershipStatus;

/** The government of one country or territory that IOM cooperates with. There is at most one per country. */
@Entity
@Table(name = "partner_government")
@NamedQuery(name = "PartnerGovernment.findByCountry",
        query = "SELECT g FROM PartnerGovernment g WHERE g.country.alpha2 = :country")
@NamedQuery(name = "PartnerGovernment.count", query = "SELECT COUNT(g) FROM PartnerGovernment g")
public class PartnerGovernment extends CooperationRecord {

    private static final long serialVersionUID = 1L;

    @ManyToOne(optional = false, fetch = FetchType.EAGER)
    @JoinColumn(name = "country", nullable = false, updatable = false)
    private Country country;

    @Enumerated(EnumType.STRING)
    @Column(name = "membership_status", nullable = false)
    @LifecycleState
    private MembershipStatus membershipStatus;

    @Column(name = "country_office", length = 150)
    private String countryOffice;

    @Column(name = "notes", length = 4000)
    private String notes;

    @ElementCollection
    @CollectionTable(name = "government_institution", joinColumns = @JoinColumn(name = "government_id"))
    @Column(name = "name")
    private Set<String> institutions = new TreeSet<>();

    protected PartnerGovernment() {
    }

    public PartnerGovernment(Country country, MembershipStatus membershipStatus, String countryOffice, String notes) {
        this.country = country;
        revise(membershipStatus, countryOffice, notes);
    }

    public final void revise(MembershipStatus membershipStatus, String countryOffice, String notes) {
        this.membershipStatus = membershipStatus;
        this.countryOffice = blankToNull(countryOffice);
        this.notes = blankToNull(notes);
    }

    /** Its ministries and institutions; only what differs changes, so the audit trail shows what was added. */
    public void institutions(java.util.Collection<String> names) {
        Set<String> wanted = new TreeSet<>();
        names.forEach(name -> wanted.add(name.strip()));
        reconcile(institutions, wanted);
    }

    public java.util.List<String> institutions() {
        return java.util.List.copyOf(new TreeSet<>(institutions));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public Country country() {
        return country;
    }

    public MembershipStatus membershipStatus() {
        return membershipStatus;
    }

    public String countryOffice() {
        return countryOffice;
    }

    public String notes() {
        return notes;
    }
}
