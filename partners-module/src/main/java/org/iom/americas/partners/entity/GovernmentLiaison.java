package org.iom.americas.partners.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import org.iom.americas.kernel.audit.LifecycleState;
import org.iom.americas.kernel.persistence.CooperationRecord;

/**
 * A person who speaks for one partner government to IOM; may sign in through the LIAISON account linked to them.
 * Personal data: read by IOM and by the same government's liaisons only.
 */
@Entity
@Table(name = "government_liaison")
@NamedQuery(name = "GovernmentLiaison.findByAccount",
        query = "SELECT l FROM GovernmentLiaison l WHERE l.accountId = :account")
@NamedQuery(name = "GovernmentLiaison.findByEmail",
        query = "SELECT l FROM GovernmentLiaison l WHERE l.governmentId = :government AND l.email = :email")
@NamedQuery(name = "GovernmentLiaison.listAfter", query = "SELECT l FROM GovernmentLiaison l WHERE "
        + "(:government IS NULL OR l.governmentId = :government) AND l.id > :after ORDER BY l.id")
public class GovernmentLiaison extends CooperationRecord {

    private static final long serialVersionUID = 1L;

    @Column(name = "government_id", nullable = false, updatable = false)
    private long governmentId;

    @Column(name = "full_name", length = 150, nullable = false)
    private String fullName;

    @Column(name = "title", length = 150)
    private String title;

    @Column(name = "institution", length = 200)
    private String institution;

    @Column(name = "email", length = 254, nullable = false)
    private String email;

    @Column(name = "phone", length = 40)
    private String phone;

    @Column(name = "preferred_language", length = 5, nullable = false)
    private String preferredLanguage;

    @Column(name = "account_id")
    private Long accountId;

    @LifecycleState
    @Column(name = "active", nullable = false)
    private boolean active = true;

    protected GovernmentLiaison() {
    }

    public GovernmentLiaison(long governmentId) {
        this.governmentId = governmentId;
    }

    public void describe(String fullName, String title, String institution, String email, String phone,
                         String preferredLanguage, Long accountId, boolean active) {
        this.fullName = fullName.strip();
        this.title = blankToNull(title);
        this.institution = blankToNull(institution);
        this.email = email.strip().toLowerCase(java.util.Locale.ROOT);
        this.phone = blankToNull(phone);
        this.preferredLanguage = preferredLanguage;
        this.accountId = accountId;
        this.active = active;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public long governmentId() {
        return governmentId;
    }

    public String fullName() {
        return fullName;
    }

    public String title() {
        return title;
    }

    public String institution() {
        return institution;
    }

    public String email() {
        return email;
    }

    public String phone() {
        return phone;
    }

    public String preferredLanguage() {
        return preferredLanguage;
    }

    public Long accountId() {
        return accountId;
    }

    public boolean active() {
        return active;
    }
}
