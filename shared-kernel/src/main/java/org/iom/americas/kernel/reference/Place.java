package org.iom.americas.kernel.reference;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/** An admin-1 area as the API and the boundaries carry it: country (alpha-2), name, OCHA P-code where known. */
public record Place(
        @NotNull @Pattern(regexp = "[A-Z]{2}", message = "{validation.countryCode}") String country,
        @NotBlank @Size(max = 150) String admin1,
        @Size(max = 20) String pcode) implements Serializable {

    /** Written out to keep the constraints off the constructor's parameters (payara/Payara#7649). */
    public Place(String country, String admin1, String pcode) {
        this.country = country;
        this.admin1 = admin1;
        this.pcode = pcode;
    }

    public AdminArea toArea() {
        return new AdminArea(country, admin1, pcode);
    }

    public static Place of(AdminArea area) {
        return new Place(area.country(), area.admin1(), area.pcode());
    }
}
