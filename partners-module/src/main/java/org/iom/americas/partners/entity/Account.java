package org.iom.americas.partners.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.iom.americas.kernel.audit.Redacted;
import org.iom.americas.kernel.persistence.CooperationRecord;
import org.iom.americas.kernel.persistence.UtcInstantConverter;
import org.iom.americas.kernel.security.OrganisationKind;
import org.iom.americas.kernel.security.Role;

/**
 * A person who signs in, with one role and one organisation. Repeated failed sign-ins lock it for a while (see
 * {@code Authentication}); a new password or disabling it changes its security stamp, which ends its sessions and
 * cached credentials everywhere.
 */
@Entity
@Table(name = "account")
@NamedQuery(name = "Account.findByUsername", query = "SELECT a FROM Account a WHERE a.username = :username")
@NamedQuery(name = "Account.countByRole", query = "SELECT COUNT(a) FROM Account a WHERE a.role = :role")
@NamedQuery(name = "Account.listAfter",
        query = "SELECT a FROM Account a WHERE a.username > :after ORDER BY a.username")
@NamedQuery(name = "Account.findEnabledByRole",
        query = "SELECT a FROM Account a WHERE a.role = :role AND a.enabled = TRUE ORDER BY a.id")
@NamedQuery(name = "Account.findEnabledLiaisonsOf", query = "SELECT a FROM Account a WHERE a.government.id = :government "
        + "AND a.role = org.iom.americas.kernel.security.Role.LIAISON AND a.enabled = TRUE ORDER BY a.id")
public class Account extends CooperationRecord {

    private static final long serialVersionUID = 1L;

    @Column(name = "username", length = 64, nullable = false, updatable = false)
    private String username;

    @Column(name = "display_name", length = 150, nullable = false)
    private String displayName;

    @Column(name = "email", length = 254)
    private String email;

    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false, updatable = false)
    private Role role;

    @Enumerated(EnumType.STRING)
    @Column(name = "organisation_kind", nullable = false, updatable = false)
    private OrganisationKind organisationKind;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "government_id", updatable = false)
    private PartnerGovernment government;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "agency_id", updatable = false)
    private PartnerAgency agency;

    @Column(name = "preferred_language", length = 5)
    private String preferredLanguage;

    @Redacted
    @Column(name = "password_hash", length = 200, nullable = false)
    private String passwordHash;

    @Redacted
    @Column(name = "security_stamp", length = 36, nullable = false)
    private String securityStamp;

    @Column(name = "enabled", nullable = false)
    private boolean enabled = true;

    @Column(name = "failed_logins", nullable = false)
    private int failedLogins;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "locked_until")
    private Instant lockedUntil;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "last_login_at")
    private Instant lastLoginAt;

    protected Account() {
    }

    public Account(String username, String displayName, String email, Role role, PartnerGovernment government,
                   PartnerAgency agency, String preferredLanguage, String passwordHash) {
        this.username = username;
        this.displayName = displayName;
        this.email = email;
        this.role = role;
        this.government = government;
        this.agency = agency;
        this.organisationKind = government != null ? OrganisationKind.PARTNER_GOVERNMENT
                : agency != null ? OrganisationKind.PARTNER_AGENCY : OrganisationKind.IOM;
        this.preferredLanguage = preferredLanguage;
        this.passwordHash = passwordHash;
        this.securityStamp = UUID.randomUUID().toString();
    }

    public boolean isLockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    public void changePassword(String newHash) {
        passwordHash = newHash;
        failedLogins = 0;
        lockedUntil = null;
        securityStamp = UUID.randomUUID().toString();
    }

    public void disable() {
        enabled = false;
        securityStamp = UUID.randomUUID().toString();
    }

    public void enable() {
        enabled = true;
        failedLogins = 0;
        lockedUntil = null;
    }

    public Long organisationId() {
        return switch (organisationKind) {
            case PARTNER_GOVERNMENT -> government.id();
            case PARTNER_AGENCY -> agency.id();
            case IOM -> null;
        };
    }

    public String organisationName() {
        return switch (organisationKind) {
            case PARTNER_GOVERNMENT -> government.country().name(java.util.Locale.ENGLISH);
            case PARTNER_AGENCY -> agency.acronym();
            case IOM -> "IOM";
        };
    }

    public String country() {
        return government == null ? null : government.country().alpha2();
    }

    public String username() {
        return username;
    }

    public String displayName() {
        return displayName;
    }

    public String email() {
        return email;
    }

    public Role role() {
        return role;
    }

    public OrganisationKind organisationKind() {
        return organisationKind;
    }

    public String preferredLanguage() {
        return preferredLanguage;
    }

    public String passwordHash() {
        return passwordHash;
    }

    public String securityStamp() {
        return securityStamp;
    }

    public boolean enabled() {
        return enabled;
    }

    public Instant lockedUntil() {
        return lockedUntil;
    }

    public Instant lastLoginAt() {
        return lastLoginAt;
    }
}
