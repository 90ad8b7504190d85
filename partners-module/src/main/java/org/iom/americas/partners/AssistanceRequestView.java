package org.iom.americas.partners;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.iom.americas.kernel.money.Money;
import org.iom.americas.kernel.paging.ViewHash;

/**
 * A request as its readers see it, with its service-level state and the actions the reader may take now.
 *
 * @param serviceLevel where the request stands against its targets: {@code NONE} (not submitted or decided),
 *                     {@code ON_TIME}, {@code DUE_SOON} (within a quarter of the target), {@code OVERDUE}
 */
public record AssistanceRequestView(long id, long governmentId, String governmentCountry, RequestType type,
                                    String title, String description, String country, List<String> locations,
                                    List<String> iomAreas, List<Integer> objectives, Urgency urgency,
                                    LocalDate requestedStart, Money budget, RequestStatus status,
                                    String declineReason, Instant submittedAt, Instant firstResponseDue,
                                    Instant firstRespondedAt, Instant decisionDue, Instant decidedAt,
                                    String serviceLevel, Long jointProjectId, List<String> allowedActions,
                                    long version, Instant createdAt, Instant updatedAt) implements Serializable {

    /** Identity and version: see {@link ViewHash}. */
    @Override
    public int hashCode() {
        return ViewHash.of(id, version);
    }
}
