package org.iom.americas.partners;

import java.io.Serializable;
import java.time.Instant;

/** A partner agency as its readers see it. */
public record PartnerAgencyView(long id, String name, String acronym, AgencyType type, boolean active, long version,
                                Instant createdAt, Instant updatedAt) implements Serializable {
}
