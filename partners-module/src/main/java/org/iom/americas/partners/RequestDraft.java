package org.iom.americas.partners;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Set;
import org.iom.americas.kernel.money.Money;

/**
 * What a liaison writes in a request: on creation, and again on every revision of a draft or of a request IOM
 * asked more information about ({@code version} is the one the liaison read; creation ignores it).
 */
public record RequestDraft(
        @NotNull RequestType type,
        @NotBlank @Size(max = 200) String title,
        @NotBlank @Size(max = 10_000) String description,
        @NotNull @Pattern(regexp = "[A-Z]{2}", message = "{validation.countryCode}") String country,
        @Size(max = 30) Set<@NotBlank @Size(max = 150) String> locations,
        @Size(max = 4) Set<@NotNull @Pattern(regexp = "[A-Z_]{1,32}") String> iomAreas,
        @Size(max = 23) Set<@NotNull @Min(1) @Max(23) Integer> objectives,
        @NotNull Urgency urgency,
        LocalDate requestedStart,
        @Valid Money budget,
        Long version) implements Serializable {

    /** Written out to keep the constraints off the constructor's parameters (payara/Payara#7649). */
    public RequestDraft(RequestType type, String title, String description, String country, Set<String> locations,
                        Set<String> iomAreas, Set<Integer> objectives, Urgency urgency, LocalDate requestedStart,
                        Money budget, Long version) {
        this.type = type;
        this.title = title;
        this.description = description;
        this.country = country;
        this.locations = locations;
        this.iomAreas = iomAreas;
        this.objectives = objectives;
        this.urgency = urgency;
        this.requestedStart = requestedStart;
        this.budget = budget;
        this.version = version;
    }

    public RequestDraft withVersion(Long read) {
        return new RequestDraft(type, title, description, country, locations, iomAreas, objectives, urgency,
                requestedStart, budget, read);
    }
}
