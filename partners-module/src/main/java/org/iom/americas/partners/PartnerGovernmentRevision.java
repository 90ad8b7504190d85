package org.iom.americas.partners;

import jakarta.json.bind.annotation.JsonbCreator;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.List;

/**
 * A change to a partner government, made against the version the editor read. The country never changes: a
 * government of another country is another record. {@code institutions} replaces the list when given, and leaves
 * it as it is when absent.
 */
public record PartnerGovernmentRevision(
        @NotNull MembershipStatus membershipStatus,
        @Size(max = 150) String countryOffice,
        @Size(max = 4000) String notes,
        @NotNull @PositiveOrZero Long version,
        @Size(max = 50) List<@NotBlank @Size(max = 200) String> institutions) implements Serializable {

    /** Written out to keep the constraints off the constructor's parameters (payara/Payara#7649). */
    @JsonbCreator
    public PartnerGovernmentRevision(MembershipStatus membershipStatus, String countryOffice, String notes,
                                     Long version, List<String> institutions) {
        this.membershipStatus = membershipStatus;
        this.countryOffice = countryOffice;
        this.notes = notes;
        this.version = version;
        this.institutions = institutions;
    }

    /** A revision that leaves the government's institutions as they are. */
    public PartnerGovernmentRevision(MembershipStatus membershipStatus, String countryOffice, String notes,
                                     Long version) {
        this(membershipStatus, countryOffice, notes, version, null);
    }
}
