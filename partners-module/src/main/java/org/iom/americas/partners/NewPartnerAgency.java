package org.iom.americas.partners;

import jakarta.json.bind.annotation.JsonbCreator;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.Set;

/** What it takes to register a partner agency; where it works and whom to contact may follow later. */
public record NewPartnerAgency(
        @NotBlank @Size(max = 200) String name,
        @NotBlank @Size(max = 30) String acronym,
        @NotNull AgencyType type,
        @Size(max = 300) @Pattern(regexp = "https?://\\S+", message = "{validation.website}") String website,
        @Size(max = 150) String contactName,
        @Email @Size(max = 254) String contactEmail,
        @Size(max = 60) Set<@NotNull @Pattern(regexp = "[A-Z]{2}", message = "{validation.countryCode}") String> countries,
        @Size(max = 4) Set<@NotNull @Pattern(regexp = "[A-Z_]{1,32}") String> iomAreas) implements Serializable {

    /** Written out to keep the constraints off the constructor's parameters (payara/Payara#7649). */
    @JsonbCreator
    public NewPartnerAgency(String name, String acronym, AgencyType type, String website, String contactName,
                            String contactEmail, Set<String> countries, Set<String> iomAreas) {
        this.name = name;
        this.acronym = acronym;
        this.type = type;
        this.website = website;
        this.contactName = contactName;
        this.contactEmail = contactEmail;
        this.countries = countries;
        this.iomAreas = iomAreas;
    }

    public NewPartnerAgency(String name, String acronym, AgencyType type) {
        this(name, acronym, type, null, null, null, null, null);
    }
}
