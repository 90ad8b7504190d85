package org.iom.americas.partners;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import org.iom.americas.kernel.security.Roles;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.text.Collator;
import org.iom.americas.kernel.reference.Country;
import org.iom.americas.kernel.reference.GlobalCompactObjective;
import org.iom.americas.kernel.reference.IomArea;

/** The reference data that forms and filters offer, named in the reader's language and sorted for it. */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.AGENCY, Roles.LIAISON})
public class ReferenceCatalog {

    @PersistenceContext(unitName = "coordination")
    EntityManager em;

    public List<CountryView> countries(Locale locale) {
        Collator collator = Collator.getInstance(locale);
        return em.createNamedQuery("Country.findAll", Country.class).getResultList().stream()
                .map(c -> new CountryView(c.alpha2(), c.alpha3(), c.numericCode(), c.name(locale), c.subregion(), c.kind()))
                .sorted(Comparator.comparing(CountryView::name, collator))
                .toList();
    }

    public List<ReferenceItem> iomAreas(Locale locale) {
        return em.createNamedQuery("IomArea.findAll", IomArea.class).getResultList().stream()
                .map(a -> new ReferenceItem(a.code(), a.name(locale)))
                .toList();
    }

    public List<ReferenceItem> globalCompactObjectives(Locale locale) {
        return em.createNamedQuery("GlobalCompactObjective.findAll", GlobalCompactObjective.class).getResultList()
                .stream()
                .map(o -> new ReferenceItem(String.valueOf(o.number()), o.name(locale)))
                .toList();
    }
}
