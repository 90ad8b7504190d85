package org.iom.americas.partners;

import jakarta.json.bind.annotation.JsonbCreator;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.List;

/** What it takes to register a partner government; its ministries and institutions may follow later. */
public record NewPartnerGovernment(
        @NotNull @Pattern(regexp = "[A-Z]{2}", message = "{validation.countryCode}") String country,
        @NotNull MembershipStatus membershipStatus,
        @Size(max = 150) String countryOffice,
        @Size(max = 4000) String notes,
        @Size(max = 50) List<@NotBlank @Size(max = 200) String> institutions) implements Serializable {

    /**
     * Written out so the constraints stay on the fields: on the implicit constructor's parameters they crash
     * Payara's OpenAPI generator (payara/Payara#7649).
     */
    @JsonbCreator
    public NewPartnerGovernment(String country, MembershipStatus membershipStatus, String countryOffice,
                                String notes, List<String> institutions) {
        this.country = country;
        this.membershipStatus = membershipStatus;
        this.countryOffice = countryOffice;
        this.notes = notes;
        this.institutions = institutions;
    }

    public NewPartnerGovernment(String country, MembershipStatus membershipStatus, String countryOffice,
                                String notes) {
        this(country, membershipStatus, countryOffice, notes, null);
    }
}
