package org.iom.americas.partners;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.Set;

/** A change to a partner agency against the version read; the acronym never changes. */
public record PartnerAgencyRevision(
        @NotBlank @Size(max = 200) String name,
        @NotNull AgencyType type,
        boolean active,
        @Size(max = 300) @Pattern(regexp = "https?://\\S+", message = "{validation.website}") String website,
        @Size(max = 150) String contactName,
        @Email @Size(max = 254) String contactEmail,
        @Size(max = 60) Set<@NotNull @Pattern(regexp = "[A-Z]{2}", message = "{validation.countryCode}") String> countries,
        @Size(max = 4) Set<@NotNull @Pattern(regexp = "[A-Z_]{1,32}") String> iomAreas,
        @NotNull @PositiveOrZero Long version) implements Serializable {

    /** Written out to keep the constraints off the constructor's parameters (payara/Payara#7649). */
    public PartnerAgencyRevision(String name, AgencyType type, boolean active, String website, String contactName,
                                 String contactEmail, Set<String> countries, Set<String> iomAreas, Long version) {
        this.name = name;
        this.type = type;
        this.active = active;
        this.website = website;
        this.contactName = contactName;
        this.contactEmail = contactEmail;
        this.countries = countries;
        this.iomAreas = iomAreas;
        this.version = version;
    }

    public PartnerAgencyRevision withVersion(Long read) {
        return new PartnerAgencyRevision(name, type, active, website, contactName, contactEmail, countries, iomAreas,
                read);
    }
}
