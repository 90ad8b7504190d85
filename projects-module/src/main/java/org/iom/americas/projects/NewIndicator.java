package org.iom.americas.projects;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/** An indicator for a project: what is counted, in which unit, and the target (a decimal string). */
public record NewIndicator(
        @NotBlank @Size(max = 300) String name,
        @NotBlank @Size(max = 60) String unit,
        @NotNull @Pattern(regexp = "\\d{1,15}(\\.\\d{1,2})?", message = "{validation.quantity}") String target)
        implements Serializable {

    /** Written out to keep the constraints off the constructor's parameters (payara/Payara#7649). */
    public NewIndicator(String name, String unit, String target) {
        this.name = name;
        this.unit = unit;
        this.target = target;
    }
}
