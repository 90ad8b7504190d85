package org.iom.americas.partners;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/**
 * A change to a partner government, made against the version the editor read. The country never changes: a
 * government of another country is another record.
 */
public record PartnerGovernmentRevision(
        @NotNull MembershipStatus membershipStatus,
        @Size(max = 150) String countryOffice,
        @Size(max = 4000) String notes,
        @NotNull @PositiveOrZero Long version) implements Serializable {

    /** Written out to keep the constraints off the constructor's parameters (payara/Payara#7649). */
    public PartnerGovernmentRevision(MembershipStatus membershipStatus, String countryOffice, String notes,
                                     Long version) {
        this.membershipStatus = membershipStatus;
        this.countryOffice = countryOffice;
        this.notes = notes;
        this.version = version;
    }
}
