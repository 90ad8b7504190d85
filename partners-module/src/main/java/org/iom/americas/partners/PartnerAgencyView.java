package org.iom.americas.partners;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import org.iom.americas.kernel.paging.ViewHash;

/** A partner agency as its readers see it. */
public record PartnerAgencyView(long id, String name, String acronym, AgencyType type, boolean active,
                                String website, String contactName, String contactEmail, List<String> countries,
                                List<String> iomAreas, long version, Instant createdAt, Instant updatedAt)
        implements Serializable {

    /** Identity and version: see {@link ViewHash}. */
    @Override
    public int hashCode() {
        return ViewHash.of(id, version);
    }
}
