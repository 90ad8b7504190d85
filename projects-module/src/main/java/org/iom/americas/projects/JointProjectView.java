package org.iom.americas.projects;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.iom.americas.kernel.paging.ViewHash;
import org.iom.americas.kernel.reference.Place;

/**
 * A joint project as its readers see it, with its partners, funding and the moves its reader may make now;
 * {@code agreementId} names the cooperation agreement it is carried out under, if any.
 */
public record JointProjectView(long id, String code, String title, String summary, ProjectStatus status,
                               LocalDate startDate, LocalDate endDate, List<String> countries,
                               List<Place> locations, List<String> iomAreas, List<Integer> objectives,
                               Long leadAgencyId, Long originRequestId, Long humanitarianResponseId, Long agreementId,
                               List<ParticipantView> participants, List<FundingView> funding, FundingTotals totals,
                               boolean editable, List<String> allowedActions, long version, Instant createdAt,
                               Instant updatedAt) implements Serializable {

    /** Identity and version: see {@link ViewHash}. */
    @Override
    public int hashCode() {
        return ViewHash.of(id, version);
    }
}
