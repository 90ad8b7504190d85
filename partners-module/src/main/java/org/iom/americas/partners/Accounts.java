package org.iom.americas.partners;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.security.enterprise.SecurityContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Optional;
import org.iom.americas.kernel.error.DuplicateRecordException;
import org.iom.americas.kernel.error.InvalidInputException;
import org.iom.americas.kernel.error.RecordNotFoundException;
import org.iom.americas.kernel.paging.KeysetCursor;
import org.iom.americas.kernel.paging.Page;
import org.iom.americas.kernel.paging.PageRequest;
import org.iom.americas.kernel.persistence.ConstraintViolations;
import org.iom.americas.kernel.security.Caller;
import org.iom.americas.kernel.security.Role;
import org.iom.americas.kernel.security.Roles;
import org.iom.americas.kernel.security.SecurityEvents;
import org.iom.americas.partners.control.PasswordHashing;
import org.iom.americas.partners.control.PasswordPolicy;
import org.iom.americas.partners.control.VerifiedCredentials;
import org.iom.americas.partners.entity.Account;
import org.iom.americas.partners.entity.PartnerAgency;
import org.iom.americas.partners.entity.PartnerGovernment;

/**
 * Accounts and their life: opened, disabled, enabled and given a new password by an administrator. Every change is
 * a security event; disabling or a new password ends the account's sessions and cached credentials at once.
 */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class Accounts {

    static final String RECORD_TYPE = "Account";

    @PersistenceContext(unitName = "coordination")
    EntityManager em;

    @Inject
    SecurityContext security;

    @EJB
    VerifiedCredentials verified;

    public AccountView open(@Valid @NotNull NewAccount draft) {
        PartnerGovernment government = null;
        PartnerAgency agency = null;
        switch (draft.role()) {
            case ADMIN, COORDINATOR -> {
                if (draft.governmentId() != null || draft.agencyId() != null) {
                    throw new InvalidInputException("role", "validation.account.iomHasNoPartner");
                }
            }
            case AGENCY -> {
                if (draft.agencyId() == null || draft.governmentId() != null) {
                    throw new InvalidInputException("agencyId", "validation.account.agencyRequired");
                }
                agency = Optional.ofNullable(em.find(PartnerAgency.class, draft.agencyId())).orElseThrow(
                        () -> new InvalidInputException("agencyId", "validation.account.agencyUnknown"));
            }
            case LIAISON -> {
                if (draft.governmentId() == null || draft.agencyId() != null) {
                    throw new InvalidInputException("governmentId", "validation.account.governmentRequired");
                }
                government = Optional.ofNullable(em.find(PartnerGovernment.class, draft.governmentId())).orElseThrow(
                        () -> new InvalidInputException("governmentId", "validation.account.governmentUnknown"));
            }
        }
        char[] password = draft.password().toCharArray();
        PasswordPolicy.violation(draft.username(), password).ifPresent(key -> {
            throw new InvalidInputException("password", key, PasswordPolicy.MIN_LENGTH, PasswordPolicy.MAX_LENGTH);
        });
        if (byUsername(draft.username()).isPresent()) {
            throw duplicate(draft.username());
        }
        Account account = new Account(draft.username(), draft.displayName().strip(), blankToNull(draft.email()),
                draft.role(), government, agency, draft.preferredLanguage(), PasswordHashing.hash(password));
        em.persist(account);
        try {
            em.flush();
        } catch (PersistenceException refused) {
            if (ConstraintViolations.isDuplicateKey(refused)) {
                throw duplicate(draft.username());
            }
            throw refused;
        }
        SecurityEvents.record("account.opened", draft.username(), "role=" + draft.role() + " by=" + actor());
        return view(account);
    }

    /** Whether an account is one of IOM's (an administrator or a coordinator), for who may lead IOM's work. */
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
    public boolean isIom(long id) {
        Account account = em.find(Account.class, id);
        return account != null && account.organisationKind() == org.iom.americas.kernel.security.OrganisationKind.IOM;
    }

    public AccountView find(long id) {
        return view(load(id));
    }

    public Page<AccountView> list(@NotNull PageRequest page) {
        String after = page.cursor() == null ? "" : KeysetCursor.decode(page.cursor(), 1).part(0);
        List<Account> rows = em.createNamedQuery("Account.listAfter", Account.class)
                .setParameter("after", after).setMaxResults(page.limit() + 1).getResultList();
        return Page.fromOverfetch(rows, page.limit(), Accounts::view, a -> KeysetCursor.of(a.username()));
    }

    /** The caller's own account: everyone signed in may read it. */
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.AGENCY, Roles.LIAISON})
    public AccountView me() {
        Caller caller = Caller.of(security);
        return view(load(caller.accountId()));
    }

    public AccountView disable(long id) {
        Account account = load(id);
        if (account.id() == Caller.of(security).accountId()) {
            throw new InvalidInputException("id", "validation.account.notYourself");
        }
        account.disable();
        verified.forget(account.username());
        SecurityEvents.record("account.disabled", account.username(), "by=" + actor());
        return view(account);
    }

    public AccountView enable(long id) {
        Account account = load(id);
        account.enable();
        SecurityEvents.record("account.enabled", account.username(), "by=" + actor());
        return view(account);
    }

    public AccountView resetPassword(long id, @NotNull String newPassword) {
        Account account = load(id);
        char[] password = newPassword.toCharArray();
        PasswordPolicy.violation(account.username(), password).ifPresent(key -> {
            throw new InvalidInputException("password", key, PasswordPolicy.MIN_LENGTH, PasswordPolicy.MAX_LENGTH);
        });
        account.changePassword(PasswordHashing.hash(password));
        verified.forget(account.username());
        SecurityEvents.record("account.password-reset", account.username(), "by=" + actor());
        return view(account);
    }

    private Account load(long id) {
        return Optional.ofNullable(em.find(Account.class, id))
                .orElseThrow(() -> new RecordNotFoundException(RECORD_TYPE, id));
    }

    private Optional<Account> byUsername(String username) {
        return em.createNamedQuery("Account.findByUsername", Account.class).setParameter("username", username)
                .getResultStream().findFirst();
    }

    private String actor() {
        return Caller.of(security).username();
    }

    private static DuplicateRecordException duplicate(String username) {
        return new DuplicateRecordException("username", "validation.account.usernameTaken", username);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    static AccountView view(Account a) {
        return new AccountView(a.id(), a.username(), a.displayName(), a.email(), a.role(), a.organisationKind(),
                a.organisationId(), a.organisationName(), a.country(), a.preferredLanguage(), a.enabled(),
                a.lockedUntil(), a.lastLoginAt(), a.version(), a.createdAt());
    }

}
