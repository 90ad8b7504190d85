package org.iom.americas.partners;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Optional;
import org.iom.americas.kernel.error.DuplicateRecordException;
import org.iom.americas.kernel.error.RecordNotFoundException;
import org.iom.americas.kernel.persistence.ConstraintViolations;
import org.iom.americas.kernel.security.Roles;
import org.iom.americas.partners.entity.PartnerAgency;

/** The register of partner agencies, each known by a unique acronym. Everyone signed in reads it. */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.AGENCY, Roles.LIAISON})
public class PartnerAgencies {

    static final String RECORD_TYPE = "PartnerAgency";

    @PersistenceContext(unitName = "coordination")
    EntityManager em;

    @RolesAllowed(Roles.ADMIN)
    public PartnerAgencyView register(@Valid @NotNull NewPartnerAgency draft) {
        String acronym = draft.acronym().strip();
        if (!em.createNamedQuery("PartnerAgency.findByAcronym", PartnerAgency.class).setParameter("acronym", acronym)
                .getResultList().isEmpty()) {
            throw duplicate(acronym);
        }
        PartnerAgency agency = new PartnerAgency(draft.name(), acronym, draft.type());
        em.persist(agency);
        try {
            em.flush();
        } catch (PersistenceException refused) {
            if (ConstraintViolations.isDuplicateKey(refused)) {
                throw duplicate(acronym);
            }
            throw refused;
        }
        return view(agency);
    }

    public PartnerAgencyView find(long id) {
        return Optional.ofNullable(em.find(PartnerAgency.class, id)).map(PartnerAgencies::view)
                .orElseThrow(() -> new RecordNotFoundException(RECORD_TYPE, id));
    }

    public List<PartnerAgencyView> list() {
        return em.createNamedQuery("PartnerAgency.findAll", PartnerAgency.class).setMaxResults(1000)
                .getResultStream().map(PartnerAgencies::view).toList();
    }

    private static DuplicateRecordException duplicate(String acronym) {
        return new DuplicateRecordException("acronym", "validation.agencyDuplicate", acronym);
    }

    static PartnerAgencyView view(PartnerAgency a) {
        return new PartnerAgencyView(a.id(), a.name(), a.acronym(), a.type(), a.active(), a.version(), a.createdAt(),
                a.updatedAt());
    }
}
