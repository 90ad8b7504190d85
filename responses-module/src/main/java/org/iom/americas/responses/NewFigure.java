package org.iom.americas.responses;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;

/**
 * A figure of a response: displaced people and people in need, in a country (and admin-1 area), on a day, from a
 * source. As a correction, {@code reason} says why and the place and day are the corrected figure's.
 */
public record NewFigure(
        @Pattern(regexp = "[A-Z]{2}", message = "{validation.countryCode}") String country,
        @Size(max = 150) String admin1,
        LocalDate asOf,
        @NotNull @PositiveOrZero Integer displaced,
        @NotNull @PositiveOrZero Integer inNeed,
        @NotBlank @Size(max = 300) String source,
        @Size(max = 1000) String reason) implements Serializable {

    /** Written out to keep the constraints off the constructor's parameters (payara/Payara#7649). */
    public NewFigure(String country, String admin1, LocalDate asOf, Integer displaced, Integer inNeed, String source,
                     String reason) {
        this.country = country;
        this.admin1 = admin1;
        this.asOf = asOf;
        this.displaced = displaced;
        this.inNeed = inNeed;
        this.source = source;
        this.reason = reason;
    }
}
