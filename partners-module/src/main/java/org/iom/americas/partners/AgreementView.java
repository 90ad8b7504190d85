package org.iom.americas.partners;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.iom.americas.kernel.paging.ViewHash;

/**
 * An agreement as its reader sees it. {@code dataSharingTerms} is {@code null} for anyone but IOM and the parties;
 * {@code daysToExpiry} counts from today (UTC), negative once expired, {@code null} without an expiry date.
 */
public record AgreementView(long id, String referenceNumber, AgreementType type, String title, String summary,
                            AgreementStatus status, Set<Long> governmentIds, Set<Long> agencyIds,
                            Set<String> countries, Set<String> iomAreas, Set<Integer> objectives, LocalDate signedOn,
                            LocalDate effectiveOn, LocalDate expiresOn, Long daysToExpiry, String dataSharingTerms,
                            Set<Long> requestIds, List<SignatoryView> signatories, boolean editable,
                            List<String> allowedActions, long version, Instant createdAt, Instant updatedAt)
        implements Serializable {

    /** Identity and version: see {@link ViewHash}. */
    @Override
    public int hashCode() {
        return ViewHash.of(id, version);
    }
}
