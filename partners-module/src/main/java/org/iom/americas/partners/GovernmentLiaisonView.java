package org.iom.americas.partners;

import java.io.Serializable;
import java.time.Instant;
import org.iom.americas.kernel.paging.ViewHash;

/** A government liaison as IOM and their own government's liaisons see them. */
public record GovernmentLiaisonView(long id, long governmentId, String governmentCountry, String fullName,
                                    String title, String institution, String email, String phone,
                                    String preferredLanguage, Long accountId, boolean active, long version,
                                    Instant createdAt, Instant updatedAt) implements Serializable {

    /** Identity and version: see {@link ViewHash}. */
    @Override
    public int hashCode() {
        return ViewHash.of(id, version);
    }
}
