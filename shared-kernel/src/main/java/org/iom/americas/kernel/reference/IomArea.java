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

/** One of IOM's four broad areas of migration management. */
@Entity
@Table(name = "iom_area")
@Cacheable
@ReadOnly
@NamedQuery(name = "IomArea.findAll", query = "SELECT a FROM IomArea a ORDER BY a.position")
public class IomArea implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @Column(name = "code", length = 32)
    private String code;

    @Column(name = "position", nullable = false)
    private int position;

    @Embedded
    private LocalizedName name;

    protected IomArea() {
    }

    public String code() {
        return code;
    }

    public String name(Locale locale) {
        return name.in(locale);
    }
}
