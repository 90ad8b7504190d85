package org.iom.americas.kernel.reference;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.Objects;

/**
 * An admin-1 area where work happens: its country, its name, and its OCHA P-code where known. Embedded by the
 * records of every module that says where it works (projects, responses).
 */
@Embeddable
public class AdminArea implements Serializable, Comparable<AdminArea> {

    private static final long serialVersionUID = 1L;

    @Column(name = "country", length = 2, nullable = false)
    private String country;

    @Column(name = "admin1", length = 150, nullable = false)
    private String admin1;

    @Column(name = "pcode", length = 20)
    private String pcode;

    protected AdminArea() {
    }

    public AdminArea(String country, String admin1, String pcode) {
        this.country = country;
        this.admin1 = admin1.strip();
        this.pcode = pcode == null || pcode.isBlank() ? null : pcode.strip();
    }

    public String country() {
        return country;
    }

    public String admin1() {
        return admin1;
    }

    public String pcode() {
        return pcode;
    }

    /** The same area: same country, same name whatever the case. */
    public boolean sameAreaAs(AdminArea other) {
        return country.equals(other.country) && admin1.equalsIgnoreCase(other.admin1);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof AdminArea location && country.equals(location.country)
                && admin1.equals(location.admin1) && Objects.equals(pcode, location.pcode);
    }

    @Override
    public int hashCode() {
        return Objects.hash(country, admin1, pcode);
    }

    @Override
    public int compareTo(AdminArea other) {
        int byCountry = country.compareTo(other.country);
        return byCountry != 0 ? byCountry : admin1.compareTo(other.admin1);
    }

    @Override
    public String toString() {
        return country + ":" + admin1 + (pcode == null ? "" : "(" + pcode + ")");
    }
}
