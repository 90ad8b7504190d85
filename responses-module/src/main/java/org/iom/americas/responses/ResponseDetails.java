package org.iom.americas.responses;

import jakarta.json.bind.annotation.JsonbCreator;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.iom.americas.kernel.reference.Place;

/** What a response is: on opening, and on every revision ({@code version} is the one read). */
public record ResponseDetails(
        @NotBlank @Size(max = 200) String name,
        @NotNull CrisisType crisisType,
        @NotEmpty @Size(max = 40) Set<@NotNull @Pattern(regexp = "[A-Z]{2}", message = "{validation.countryCode}") String> countries,
        @Size(max = 200) List<@Valid @NotNull Place> locations,
        @NotNull LocalDate startDate,
        @Size(max = 4000) String situationSummary,
        Long leadCoordinatorAccountId,
        Long version) implements Serializable {

    /** Written out to keep the constraints off the constructor's parameters (payara/Payara#7649). */
    @JsonbCreator
    public ResponseDetails(String name, CrisisType crisisType, Set<String> countries, List<Place> locations,
                           LocalDate startDate, String situationSummary, Long leadCoordinatorAccountId, Long version) {
        this.name = name;
        this.crisisType = crisisType;
        this.countries = countries;
        this.locations = locations;
        this.startDate = startDate;
        this.situationSummary = situationSummary;
        this.leadCoordinatorAccountId = leadCoordinatorAccountId;
        this.version = version;
    }

    public ResponseDetails withVersion(Long read) {
        return new ResponseDetails(name, crisisType, countries, locations, startDate, situationSummary,
                leadCoordinatorAccountId, read);
    }
}
