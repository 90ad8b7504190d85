package org.iom.americas.projects;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import org.iom.americas.kernel.security.Roles;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/** The joint projects that partners run together, as other modules may see them. */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.AGENCY, Roles.LIAISON})
public class JointProjects {

    @PersistenceContext(unitName = "coordination")
    EntityManager em;

    /** How many projects are still running (pipeline, active or suspended) in a country. */
    public long countRunningIn(@NotNull @Pattern(regexp = "[A-Z]{2}") String country) {
        return em.createNamedQuery("JointProject.countRunningInCountry", Long.class)
                .setParameter("country", country)
                .setParameter("statuses", ProjectStatus.running())
                .getSingleResult();
    }
}
