package org.iom.americas.partners;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.iom.americas.kernel.error.DuplicateRecordException;
import org.iom.americas.kernel.error.InvalidInputException;
import org.iom.americas.kernel.error.RecordNotFoundException;
import org.iom.americas.kernel.error.StaleVersionException;
import org.iom.americas.kernel.paging.Page;
import org.iom.americas.kernel.paging.PageRequest;
import org.iom.americas.kernel.persistence.ConstraintViolations;
import org.iom.americas.kernel.reference.Country;
import org.iom.americas.kernel.reference.IomArea;
import org.iom.americas.kernel.security.Roles;
import org.iom.americas.partners.control.AgencyListQuery;
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
        describe(agency, draft.name(), draft.type(), true, draft.website(), draft.contactName(),
                draft.contactEmail(), draft.countries(), draft.iomAreas());
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

    /** The agency with this acronym (as the database compares: case and accents aside), if there is one. */
    public java.util.Optional<PartnerAgencyView> withAcronym(@NotNull String acronym) {
        return em.createNamedQuery("PartnerAgency.findByAcronym", PartnerAgency.class)
                .setParameter("acronym", acronym.strip()).getResultStream().findFirst().map(PartnerAgencies::view);
    }

    public PartnerAgencyView find(long id) {
        return Optional.ofNullable(em.find(PartnerAgency.class, id)).map(PartnerAgencies::view)
                .orElseThrow(() -> new RecordNotFoundException(RECORD_TYPE, id));
    }

    /** Every agency by name, for choosing one in a form (a register of a few thousand at most). */
    public List<PartnerAgencyView> list() {
        return em.createNamedQuery("PartnerAgency.findAll", PartnerAgency.class).setMaxResults(5000)
                .getResultStream().map(PartnerAgencies::view).toList();
    }

    /**
     * Every agency's name, by name: one query and no collections, for the choices and names of a page (a full
     * {@link #list()} reads 2,000 agencies with their countries and areas at ten times the region).
     */
    public List<AgencyName> names() {
        return em.createQuery("SELECT NEW org.iom.americas.partners.AgencyName(a.id, a.acronym, a.name, a.active) "
                + "FROM PartnerAgency a ORDER BY a.name, a.id", AgencyName.class).setMaxResults(5000).getResultList();
    }

    public Page<PartnerAgencyView> search(@NotNull AgencyFilter filter, @NotNull PageRequest page) {
        return Page.fromOverfetch(AgencyListQuery.fetch(em, filter, page), page.limit(), PartnerAgencies::view,
                AgencyListQuery::cursorOf);
    }

    @RolesAllowed(Roles.ADMIN)
    public PartnerAgencyView revise(long id, @Valid @NotNull PartnerAgencyRevision revision) {
        PartnerAgency agency = Optional.ofNullable(em.find(PartnerAgency.class, id))
                .orElseThrow(() -> new RecordNotFoundException(RECORD_TYPE, id));
        if (agency.version() != revision.version()) {
            throw new StaleVersionException(RECORD_TYPE, id, revision.version(), agency.version());
        }
        describe(agency, revision.name(), revision.type(), revision.active(), revision.website(),
                revision.contactName(), revision.contactEmail(), revision.countries(), revision.iomAreas());
        try {
            em.flush();
        } catch (OptimisticLockException changedMeanwhile) {
            throw new StaleVersionException(RECORD_TYPE, id, revision.version(), revision.version() + 1);
        }
        return view(agency);
    }

    private void describe(PartnerAgency agency, String name, AgencyType type, boolean active, String website,
                          String contactName, String contactEmail, Set<String> countries, Set<String> areas) {
        Set<String> where = countries == null ? Set.of() : new TreeSet<>(countries);
        for (String country : where) {
            if (em.find(Country.class, country) == null) {
                throw new InvalidInputException("countries", "validation.countryUnknown", country);
            }
        }
        Set<String> inAreas = areas == null ? Set.of() : new TreeSet<>(areas);
        for (String area : inAreas) {
            if (em.find(IomArea.class, area) == null) {
                throw new InvalidInputException("iomAreas", "validation.iomAreaUnknown", area);
            }
        }
        agency.describe(name, type, active, website, contactName, contactEmail, where, inAreas);
    }

    private static DuplicateRecordException duplicate(String acronym) {
        return new DuplicateRecordException("acronym", "validation.agencyDuplicate", acronym);
    }

    static PartnerAgencyView view(PartnerAgency a) {
        return new PartnerAgencyView(a.id(), a.name(), a.acronym(), a.type(), a.active(), a.website(),
                a.contactName(), a.contactEmail(), a.countries(), a.iomAreas(), a.version(), a.createdAt(),
                a.updatedAt());
    }
}
