package org.iom.americas.responses;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import org.iom.americas.kernel.security.Roles;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/** The humanitarian responses IOM coordinates, as other modules may see them. */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.AGENCY, Roles.LIAISON})
public class HumanitarianResponses {

    @PersistenceContext(unitName = "coordination")
    EntityManager em;

    /** How many responses that are not closed affect a country. */
    public long countOpenIn(@NotNull @Pattern(regexp = "[A-Z]{2}") String country) {
        return em.createNamedQuery("HumanitarianResponse.countOpenInCountry", Long.class)
                .setParameter("country", country)
                .setParameter("closed", ResponsePhase.CLOSED)
                .getSingleResult();
    }
}
