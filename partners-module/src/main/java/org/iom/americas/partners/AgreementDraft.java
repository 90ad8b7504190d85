package org.iom.americas.partners;

import jakarta.json.bind.annotation.JsonbCreator;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Set;

/**
 * What an agreement is, between whom and over what: on drafting, and again on every revision ({@code version} is
 * the one read). The parties besides IOM are partner governments and/or agencies, at least one of them.
 */
public record AgreementDraft(
        @NotNull AgreementType type,
        @NotBlank @Size(max = 60) @Pattern(regexp = "[\\p{L}\\p{N}][\\p{L}\\p{N} ./_-]*",
                message = "{validation.agreement.reference}") String referenceNumber,
        @NotBlank @Size(max = 300) String title,
        @Size(max = 4000) String summary,
        @Size(max = 50) Set<@NotNull Long> governmentIds,
        @Size(max = 50) Set<@NotNull Long> agencyIds,
        @Size(max = 40) Set<@NotNull @Pattern(regexp = "[A-Z]{2}", message = "{validation.countryCode}") String> countries,
        @Size(max = 4) Set<@NotNull @Pattern(regexp = "[A-Z_]{1,32}") String> iomAreas,
        @Size(max = 23) Set<@NotNull @Min(1) @Max(23) Integer> objectives,
        LocalDate signedOn,
        LocalDate effectiveOn,
        LocalDate expiresOn,
        @Size(max = 4000) String dataSharingTerms,
        Set<@NotNull Long> requestIds,
        Long version) implements Serializable {

    /** Written out to keep the constraints off the constructor's parameters (payara/Payara#7649). */
    @JsonbCreator
    public AgreementDraft(AgreementType type, String referenceNumber, String title, String summary,
                          Set<Long> governmentIds, Set<Long> agencyIds, Set<String> countries, Set<String> iomAreas,
                          Set<Integer> objectives, LocalDate signedOn, LocalDate effectiveOn, LocalDate expiresOn,
                          String dataSharingTerms, Set<Long> requestIds, Long version) {
        this.type = type;
        this.referenceNumber = referenceNumber;
        this.title = title;
        this.summary = summary;
        this.governmentIds = governmentIds;
        this.agencyIds = agencyIds;
        this.countries = countries;
        this.iomAreas = iomAreas;
        this.objectives = objectives;
        this.signedOn = signedOn;
        this.effectiveOn = effectiveOn;
        this.expiresOn = expiresOn;
        this.dataSharingTerms = dataSharingTerms;
        this.requestIds = requestIds;
        this.version = version;
    }

    public AgreementDraft withVersion(Long read) {
        return new AgreementDraft(type, referenceNumber, title, summary, governmentIds, agencyIds, countries, iomAreas,
                objectives, signedOn, effectiveOn, expiresOn, dataSharingTerms, requestIds, read);
    }
}
