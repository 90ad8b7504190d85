package org.iom.americas.kernel.security;

import jakarta.security.enterprise.SecurityContext;

/**
 * The caller of a boundary, for the object-level checks that roles alone cannot make ("is this record of the
 * caller's organisation?").
 */
public record Caller(String username, long accountId, Role role, OrganisationKind organisationKind,
                     Long organisationId, String country) {

    /** The name of the principal the application's own work runs as ({@code @RunAs}); no username can be it. */
    public static final String SYSTEM_PRINCIPAL = "system@coordination";

    private static final Caller SYSTEM = new Caller(SYSTEM_PRINCIPAL, 0, Role.ADMIN, OrganisationKind.IOM, null, null);

    /**
     * The caller of the current call: the signed-in account, or the application itself when it runs its own work
     * (start-up, scheduled jobs) under {@code @RunAs}, which the container has already checked against
     * {@code @RolesAllowed}.
     */
    public static Caller of(SecurityContext security) {
        return security.getPrincipalsByType(CoordinationPrincipal.class).stream().findFirst()
                .map(p -> new Caller(p.getName(), p.accountId(), p.role(), p.organisationKind(), p.organisationId(),
                        p.country()))
                .orElse(SYSTEM);
    }

    public boolean isSystem() {
        return this == SYSTEM;
    }

    public boolean isIom() {
        return organisationKind == OrganisationKind.IOM;
    }

    public boolean isGovernment(long governmentId) {
        return organisationKind == OrganisationKind.PARTNER_GOVERNMENT && organisationId != null
                && organisationId == governmentId;
    }

    public boolean isAgency(long agencyId) {
        return organisationKind == OrganisationKind.PARTNER_AGENCY && organisationId != null
                && organisationId == agencyId;
    }
}
