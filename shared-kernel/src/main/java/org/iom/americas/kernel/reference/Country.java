package org.iom.americas.kernel.reference;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Locale;
import org.eclipse.persistence.annotations.ReadOnly;

/** A country or territory covered by the Regional Office, identified by its ISO 3166-1 alpha-2 code. */
@Entity
@Table(name = "country")
@Cacheable
@ReadOnly
@NamedQuery(name = "Country.findAll", query = "SELECT c FROM Country c ORDER BY c.alpha2")
public class Country implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @Column(name = "alpha2", length = 2)
    private String alpha2;

    @Column(name = "alpha3", length = 3, nullable = false)
    private String alpha3;

    @Column(name = "numeric_code", length = 3, nullable = false)
    private String numericCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false)
    private CountryKind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "subregion", nullable = false)
    private Subregion subregion;

    @Embedded
    private LocalizedName name;

    protected Country() {
    }

    public String alpha2() {
        return alpha2;
    }

    public String alpha3() {
        return alpha3;
    }

    public String numericCode() {
        return numericCode;
    }

    public CountryKind kind() {
        return kind;
    }

    public Subregion subregion() {
        return subregion;
    }

    public String name(Locale locale) {
        return name.in(locale);
    }
}
