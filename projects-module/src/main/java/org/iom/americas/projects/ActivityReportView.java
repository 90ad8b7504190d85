package org.iom.americas.projects;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import org.iom.americas.kernel.paging.ViewHash;

/** An activity report as the project's readers see it. */
public record ActivityReportView(long id, long projectId, long agencyId, Long indicatorId, String iomArea,
                                 String activity, String country, String admin1, LocalDate periodStart,
                                 LocalDate periodEnd, String achieved, ReportDetails.Reached reached,
                                 boolean editable, long version, Instant createdAt, Instant updatedAt)
        implements Serializable {

    /** Identity and version: see {@link ViewHash}. */
    @Override
    public int hashCode() {
        return ViewHash.of(id, version);
    }
}
