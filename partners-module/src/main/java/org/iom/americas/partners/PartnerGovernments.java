package org.iom.americas.partners;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.Locale;
import java.util.Optional;
import org.iom.americas.kernel.error.DuplicateRecordException;
import org.iom.americas.kernel.error.InvalidInputException;
import org.iom.americas.kernel.error.RecordNotFoundException;
import org.iom.americas.kernel.error.StaleVersionException;
import org.iom.americas.kernel.paging.Page;
import org.iom.americas.kernel.paging.PageRequest;
import org.iom.americas.kernel.persistence.ConstraintViolations;
import org.iom.americas.kernel.reference.Country;
import org.iom.americas.kernel.security.Roles;
import org.iom.americas.partners.control.GovernmentListQuery;
import org.iom.americas.partners.entity.PartnerGovernment;

/** The register of partner governments: one record per country, edited against the version its editor read. */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.AGENCY, Roles.LIAISON})
public class PartnerGovernments {

    static final String RECORD_TYPE = "PartnerGovernment";

    @PersistenceContext(unitName = "coordination")
    EntityManager em;

    @RolesAllowed(Roles.ADMIN)
    public PartnerGovernmentView register(@Valid @NotNull NewPartnerGovernment draft, Locale locale) {
        Country country = Optional.ofNullable(em.find(Country.class, draft.country()))
                .orElseThrow(() -> new InvalidInputException("country", "validation.countryUnknown", draft.country()));
        if (!em.createNamedQuery("PartnerGovernment.findByCountry", PartnerGovernment.class)
                .setParameter("country", country.alpha2()).getResultList().isEmpty()) {
            throw duplicate(country, locale);
        }
        PartnerGovernment government = new PartnerGovernment(country, draft.membershipStatus(),
                draft.countryOffice(), draft.notes());
        if (draft.institutions() != null) {
            government.institutions(draft.institutions());
        }
        em.persist(government);
        try {
            em.flush();
        } catch (PersistenceException refused) {
            if (ConstraintViolations.isDuplicateKey(refused)) {
                // the unique key on country caught a concurrent registration the check above could not see yet
                throw duplicate(country, locale);
            }
            throw refused;
        }
        return view(government, locale);
    }

    public PartnerGovernmentView find(long id, Locale locale) {
        return view(load(id), locale);
    }

    @RolesAllowed(Roles.ADMIN)
    public PartnerGovernmentView revise(long id, @Valid @NotNull PartnerGovernmentRevision revision, Locale locale) {
        PartnerGovernment government = load(id);
        if (government.version() != revision.version()) {
            throw new StaleVersionException(RECORD_TYPE, id, revision.version(), government.version());
        }
        government.revise(revision.membershipStatus(), revision.countryOffice(), revision.notes());
        if (revision.institutions() != null) {
            government.institutions(revision.institutions());
        }
        try {
            em.flush();
        } catch (OptimisticLockException changedMeanwhile) {
            throw new StaleVersionException(RECORD_TYPE, id, revision.version(), revision.version() + 1);
        }
        return view(government, locale);
    }

    public Page<PartnerGovernmentView> list(@NotNull GovernmentFilter filter, @NotNull PageRequest page,
                                            Locale locale) {
        return Page.fromOverfetch(GovernmentListQuery.fetch(em, filter, page, locale), page.limit(),
                government -> view(government, locale),
                government -> GovernmentListQuery.cursorOf(government, filter.order(), locale));
    }

    public long count() {
        return em.createNamedQuery("PartnerGovernment.count", Long.class).getSingleResult();
    }

    private PartnerGovernment load(long id) {
        return Optional.ofNullable(em.find(PartnerGovernment.class, id))
                .orElseThrow(() -> new RecordNotFoundException(RECORD_TYPE, id));
    }

    private static DuplicateRecordException duplicate(Country country, Locale locale) {
        return new DuplicateRecordException("country", "validation.governmentDuplicate", country.name(locale));
    }

    private static PartnerGovernmentView view(PartnerGovernment g, Locale locale) {
        Country country = g.country();
        return new PartnerGovernmentView(g.id(), country.alpha2(), country.alpha3(), country.name(locale),
                country.subregion(), g.membershipStatus(), g.countryOffice(), g.notes(), g.institutions(),
                g.version(), g.createdAt(), g.updatedAt());
    }
}
