package org.iom.americas.partners;

import java.io.Serializable;
import java.time.Instant;
import org.iom.americas.kernel.paging.ViewHash;
import org.iom.americas.kernel.security.OrganisationKind;
import org.iom.americas.kernel.security.Role;

/** An account as administrators see it. Never carries the password or its hash. */
public record AccountView(
        long id,
        String username,
        String displayName,
        String email,
        Role role,
        OrganisationKind organisationKind,
        Long organisationId,
        String organisationName,
        String country,
        String preferredLanguage,
        boolean enabled,
        Instant lockedUntil,
        Instant lastLoginAt,
        long version,
        Instant createdAt) implements Serializable {

    /** Identity and version: see {@link ViewHash}. */
    @Override
    public int hashCode() {
        return ViewHash.of(id, version);
    }
}
