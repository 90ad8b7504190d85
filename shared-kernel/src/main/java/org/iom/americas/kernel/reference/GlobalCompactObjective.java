package org.iom.americas.kernel.reference;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Locale;
import org.eclipse.persistence.annotations.ReadOnly;

/** One of the 23 objectives of the Global Compact for Safe, Orderly and Regular Migration (A/RES/73/195). */
@Entity
@Table(name = "gcm_objective")
@Cacheable
@ReadOnly
@NamedQuery(name = "GlobalCompactObjective.findAll", query = "SELECT o FROM GlobalCompactObjective o ORDER BY o.number")
public class GlobalCompactObjective implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @Column(name = "number")
    private int number;

    @Embedded
    private LocalizedName name;

    protected GlobalCompactObjective() {
    }

    public int number() {
        return number;
    }

    public String name(Locale locale) {
        return name.in(locale);
    }
}
