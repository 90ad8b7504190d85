package org.iom.americas.partners;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.TypedQuery;
import jakarta.security.enterprise.SecurityContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.Locale;
import java.util.Optional;
import org.iom.americas.kernel.error.DuplicateRecordException;
import org.iom.americas.kernel.error.InvalidInputException;
import org.iom.americas.kernel.error.RecordNotFoundException;
import org.iom.americas.kernel.error.StaleVersionException;
import org.iom.americas.kernel.paging.KeysetCursor;
import org.iom.americas.kernel.paging.Page;
import org.iom.americas.kernel.paging.PageRequest;
import org.iom.americas.kernel.persistence.ConstraintViolations;
import org.iom.americas.kernel.security.Caller;
import org.iom.americas.kernel.security.Role;
import org.iom.americas.kernel.security.Roles;
import org.iom.americas.partners.entity.Account;
import org.iom.americas.partners.entity.GovernmentLiaison;
import org.iom.americas.partners.entity.PartnerGovernment;

/**
 * The people who speak for partner governments. IOM (coordinators and administrators) keeps the register; a
 * liaison reads their own government's colleagues; partner agencies do not read personal contact details.
 */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.LIAISON})
public class GovernmentLiaisons {

    static final String RECORD_TYPE = "GovernmentLiaison";

    @PersistenceContext(unitName = "coordination")
    EntityManager em;

    @Inject
    SecurityContext security;

    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
    public GovernmentLiaisonView register(@Valid @NotNull LiaisonDetails details) {
        if (details.governmentId() == null || em.find(PartnerGovernment.class, details.governmentId()) == null) {
            throw new InvalidInputException("governmentId", "validation.account.governmentUnknown");
        }
        GovernmentLiaison liaison = new GovernmentLiaison(details.governmentId());
        describe(liaison, details);
        em.persist(liaison);
        flush(liaison, details.email(), 0);
        return view(liaison);
    }

    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
    public GovernmentLiaisonView revise(long id, @Valid @NotNull LiaisonDetails details) {
        GovernmentLiaison liaison = readable(id);
        if (details.version() == null) {
            throw new InvalidInputException("version", "validation.versionRequired");
        }
        if (liaison.version() != details.version()) {
            throw new StaleVersionException(RECORD_TYPE, id, details.version(), liaison.version());
        }
        describe(liaison, details);
        flush(liaison, details.email(), details.version());
        return view(liaison);
    }

    public GovernmentLiaisonView find(long id) {
        return view(readable(id));
    }

    /** @param governmentId a government to list, or {@code null}: all (IOM) or the caller's own (a liaison) */
    public Page<GovernmentLiaisonView> list(Long governmentId, PageRequest page) {
        Caller caller = Caller.of(security);
        Long scope = caller.role() == Role.LIAISON ? caller.organisationId() : governmentId;
        if (caller.role() == Role.LIAISON && governmentId != null && !governmentId.equals(scope)) {
            return new Page<>(java.util.List.of(), null);
        }
        TypedQuery<GovernmentLiaison> query = em.createNamedQuery("GovernmentLiaison.listAfter",
                GovernmentLiaison.class).setParameter("government", scope)
                .setParameter("after", page.cursor() == null ? 0L : KeysetCursor.decode(page.cursor(), 1).longPart(0));
        return Page.fromOverfetch(query.setMaxResults(page.limit() + 1).getResultList(), page.limit(),
                this::view, l -> KeysetCursor.of(l.id()));
    }

    private void describe(GovernmentLiaison liaison, LiaisonDetails details) {
        if (details.accountId() != null) {
            Account account = em.find(Account.class, details.accountId());
            if (account == null || account.role() != Role.LIAISON
                    || !Long.valueOf(liaison.governmentId()).equals(account.organisationId())) {
                throw new InvalidInputException("accountId", "validation.liaison.account");
            }
        }
        liaison.describe(details.fullName(), details.title(), details.institution(), details.email(),
                details.phone(), details.preferredLanguage(), details.accountId(),
                details.active() == null || details.active());
    }

    private void flush(GovernmentLiaison liaison, String email, long versionRead) {
        try {
            em.flush();
        } catch (OptimisticLockException changedMeanwhile) {
            throw new StaleVersionException(RECORD_TYPE, liaison.id(), versionRead, versionRead + 1);
        } catch (PersistenceException refused) {
            if (ConstraintViolations.isDuplicateKey(refused)) {
                // the same e-mail twice for one government, or one account linked to two people
                throw new DuplicateRecordException("email", "validation.liaison.duplicate",
                        email.toLowerCase(Locale.ROOT));
            }
            throw refused;
        }
    }

    /** The liaison, if the caller may see them: IOM sees all, a liaison their own government's only. */
    private GovernmentLiaison readable(long id) {
        Caller caller = Caller.of(security);
        GovernmentLiaison liaison = Optional.ofNullable(em.find(GovernmentLiaison.class, id))
                .orElseThrow(() -> new RecordNotFoundException(RECORD_TYPE, id));
        if (caller.role() == Role.LIAISON && !Long.valueOf(liaison.governmentId()).equals(caller.organisationId())) {
            throw new RecordNotFoundException(RECORD_TYPE, id);
        }
        return liaison;
    }

    private GovernmentLiaisonView view(GovernmentLiaison l) {
        return viewOf(l, em.find(PartnerGovernment.class, l.governmentId()).country().alpha2());
    }

    private static GovernmentLiaisonView viewOf(GovernmentLiaison l, String country) {
        return new GovernmentLiaisonView(l.id(), l.governmentId(), country, l.fullName(), l.title(), l.institution(),
                l.email(), l.phone(), l.preferredLanguage(), l.accountId(), l.active(), l.version(), l.createdAt(),
                l.updatedAt());
    }
}
