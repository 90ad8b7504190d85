package org.iom.americas.responses;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.iom.americas.kernel.paging.ViewHash;
import org.iom.americas.kernel.reference.Place;

/**
 * A response as its readers see it. {@code displaced} and {@code inNeed} add up each place's latest figure that no
 * correction replaced; {@code allowedActions} is empty for readers who may not run the response.
 */
public record HumanitarianResponseView(long id, String name, CrisisType crisisType, ResponsePhase phase,
                                       LocalDate startDate, List<String> countries, List<Place> locations,
                                       String situationSummary, Long leadCoordinatorAccountId, long displaced,
                                       long inNeed, List<String> allowedActions, long version, Instant createdAt,
                                       Instant updatedAt) implements Serializable {

    /** Identity and version: see {@link ViewHash}. */
    @Override
    public int hashCode() {
        return ViewHash.of(id, version);
    }
}
