package org.iom.americas.kernel.security;

import jakarta.security.enterprise.CallerPrincipal;
import java.io.Serializable;

/**
 * The authenticated caller with the organisation it acts for. Kept in the HTTP session (so serializable) and
 * handed to the container at every request; boundaries read it through {@link Caller}.
 */
public class CoordinationPrincipal extends CallerPrincipal implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long accountId;
    private final Role role;
    private final OrganisationKind organisationKind;
    private final Long organisationId;
    private final String country;
    private final String securityStamp;

    public CoordinationPrincipal(String username, long accountId, Role role, OrganisationKind organisationKind,
                                 Long organisationId, String country, String securityStamp) {
        super(username);
        this.accountId = accountId;
        this.role = role;
        this.organisationKind = organisationKind;
        this.organisationId = organisationId;
        this.country = country;
        this.securityStamp = securityStamp;
    }

    public long accountId() {
        return accountId;
    }

    public Role role() {
        return role;
    }

    public OrganisationKind organisationKind() {
        return organisationKind;
    }

    /** The partner agency's or partner government's id; {@code null} for IOM. */
    public Long organisationId() {
        return organisationId;
    }

    /** The country of a liaison's government (ISO alpha-2); {@code null} for everyone else. */
    public String country() {
        return country;
    }

    public String securityStamp() {
        return securityStamp;
    }
}
