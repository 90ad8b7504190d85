package org.iom.americas.partners;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/** What it takes to register a partner government. */
public record NewPartnerGovernment(
        @NotNull @Pattern(regexp = "[A-Z]{2}", message = "{validation.countryCode}") String country,
        @NotNull MembershipStatus membershipStatus,
        @Size(max = 150) String countryOffice,
        @Size(max = 4000) String notes) implements Serializable {

    /**
     * Written out so the constraints stay on the fields: on the implicit constructor's parameters they crash
     * Payara's OpenAPI generator (payara/Payara#7649).
     */
    public NewPartnerGovernment(String country, MembershipStatus membershipStatus, String countryOffice,
                                String notes) {
        this.country = country;
        this.membershipStatus = membershipStatus;
        this.countryOffice = countryOffice;
        this.notes = notes;
    }
}
