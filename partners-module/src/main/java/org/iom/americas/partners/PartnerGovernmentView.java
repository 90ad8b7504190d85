package org.iom.americas.partners;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import org.iom.americas.kernel.paging.ViewHash;
import org.iom.americas.kernel.reference.Subregion;

/** A partner government as its readers see it, with the country named in the reader's language. */
public record PartnerGovernmentView(
        long id,
        String country,
        String countryAlpha3,
        String countryName,
        Subregion subregion,
        MembershipStatus membershipStatus,
        String countryOffice,
        String notes,
        List<String> institutions,
        long version,
        Instant createdAt,
        Instant updatedAt) implements Serializable {

    /** Identity and version: see {@link ViewHash}. */
    @Override
    public int hashCode() {
        return ViewHash.of(id, version);
    }
}
