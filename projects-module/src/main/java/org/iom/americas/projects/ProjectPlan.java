package org.iom.americas.projects;

import jakarta.json.bind.annotation.JsonbCreator;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
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

/**
 * What a joint project is and where, when and in what it works: on planning, and again on every revision
 * ({@code version} is the one read; planning ignores it).
 */
public record ProjectPlan(
        @NotBlank @Size(max = 300) String title,
        @Size(max = 4000) String summary,
        @NotEmpty @Size(max = 40) Set<@NotNull @Pattern(regexp = "[A-Z]{2}", message = "{validation.countryCode}") String> countries,
        @Size(max = 200) List<@Valid @NotNull Place> locations,
        @NotEmpty @Size(max = 4) Set<@NotNull @Pattern(regexp = "[A-Z_]{1,32}") String> iomAreas,
        @Size(max = 23) Set<@NotNull @Min(1) @Max(23) Integer> objectives,
        @NotNull LocalDate startDate,
        LocalDate endDate,
        Long leadAgencyId,
        Long humanitarianResponseId,
        Long version) implements Serializable {

    /** Written out to keep the constraints off the constructor's parameters (payara/Payara#7649). */
    @JsonbCreator
    public ProjectPlan(String title, String summary, Set<String> countries, List<Place> locations,
                       Set<String> iomAreas, Set<Integer> objectives, LocalDate startDate, LocalDate endDate,
                       Long leadAgencyId, Long humanitarianResponseId, Long version) {
        this.title = title;
        this.summary = summary;
        this.countries = countries;
        this.locations = locations;
        this.iomAreas = iomAreas;
        this.objectives = objectives;
        this.startDate = startDate;
        this.endDate = endDate;
        this.leadAgencyId = leadAgencyId;
        this.humanitarianResponseId = humanitarianResponseId;
        this.version = version;
    }

    public ProjectPlan withVersion(Long read) {
        return new ProjectPlan(title, summary, countries, locations, iomAreas, objectives, startDate, endDate,
                leadAgencyId, humanitarianResponseId, read);
    }
}
