package org.iom.americas.partners;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;

/** Who signed an agreement, in which capacity, for which organisation, and when. */
public record NewSignatory(
        @NotBlank @Size(max = 200) String name,
        @NotBlank @Size(max = 200) String title,
        @NotBlank @Size(max = 300) String organisation,
        @NotNull LocalDate signedOn) implements Serializable {

    /** Written out to keep the constraints off the constructor's parameters (payara/Payara#7649). */
    public NewSignatory(String name, String title, String organisation, LocalDate signedOn) {
        this.name = name;
        this.title = title;
        this.organisation = organisation;
        this.signedOn = signedOn;
    }
}
