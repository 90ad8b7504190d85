package org.iom.americas.partners;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/** What it takes to register a partner agency. */
public record NewPartnerAgency(
        @NotBlank @Size(max = 200) String name,
        @NotBlank @Size(max = 30) String acronym,
        @NotNull AgencyType type) implements Serializable {

    /** Written out to keep the constraints off the constructor's parameters (payara/Payara#7649). */
    public NewPartnerAgency(String name, String acronym, AgencyType type) {
        this.name = name;
        this.acronym = acronym;
        this.type = type;
    }
}
