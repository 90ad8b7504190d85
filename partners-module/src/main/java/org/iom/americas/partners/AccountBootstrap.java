package org.iom.americas.partners;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Locale;
import org.iom.americas.kernel.error.InvalidInputException;
import org.iom.americas.kernel.reference.Country;
import org.iom.americas.kernel.security.Role;
import org.iom.americas.kernel.security.Roles;
import org.iom.americas.kernel.security.SecurityEvents;
import org.iom.americas.partners.control.PasswordHashing;
import org.iom.americas.partners.control.PasswordPolicy;
import org.iom.americas.partners.entity.Account;
import org.iom.americas.partners.entity.PartnerAgency;
import org.iom.americas.partners.entity.PartnerGovernment;

/**
 * The accounts a new installation starts with. On MySQL: none but the first administrator, and only when the
 * operator sets its password once. On the embedded default only: the demo accounts of the README.
 */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class AccountBootstrap {

    public static final String FIRST_ADMIN = "admin";
    /** The demo password of the embedded default; never used anywhere else. */
    public static final String DEMO_PASSWORD = "Americas-2026";

    @PersistenceContext(unitName = "coordination")
    EntityManager em;

    /**
     * Opens the first administrator account, if there is no administrator yet.
     *
     * @return whether an account was opened
     */
    public boolean ensureFirstAdministrator(String password) {
        if (administrators() > 0) {
            return false;
        }
        char[] secret = password.toCharArray();
        PasswordPolicy.violation(FIRST_ADMIN, secret).ifPresent(key -> {
            throw new InvalidInputException("password", key, PasswordPolicy.MIN_LENGTH, PasswordPolicy.MAX_LENGTH);
        });
        em.persist(new Account(FIRST_ADMIN, "Administrator", null, Role.ADMIN, null, null, null,
                PasswordHashing.hash(secret)));
        SecurityEvents.record("account.opened", FIRST_ADMIN, "role=ADMIN by=bootstrap");
        return true;
    }

    /** The demo organisations and accounts, each created once. */
    public void seedDemo() {
        PartnerGovernment honduras = government("HN", "IOM Honduras, Tegucigalpa");
        PartnerGovernment guatemala = government("GT", "IOM Guatemala");
        PartnerAgency unhcr = agency("United Nations High Commissioner for Refugees", "UNHCR", AgencyType.UN_AGENCY);
        PartnerAgency nrc = agency("Norwegian Refugee Council", "NRC", AgencyType.INTERNATIONAL_NGO);
        String hash = PasswordHashing.hash(DEMO_PASSWORD.toCharArray());
        account("admin", "Ana Administradora", Role.ADMIN, null, null, "es", hash);
        account("coordinator", "Carlos Coordinador", Role.COORDINATOR, null, null, "es", hash);
        account("agency", "Amina (UNHCR)", Role.AGENCY, null, unhcr, "en", hash);
        account("agency2", "Arne (NRC)", Role.AGENCY, null, nrc, "en", hash);
        account("liaison", "Lucía (Honduras)", Role.LIAISON, honduras, null, "es", hash);
        account("liaison2", "Luis (Guatemala)", Role.LIAISON, guatemala, null, "es", hash);
    }

    private long administrators() {
        return em.createNamedQuery("Account.countByRole", Long.class).setParameter("role", Role.ADMIN)
                .getSingleResult();
    }

    private PartnerGovernment government(String countryCode, String office) {
        return em.createNamedQuery("PartnerGovernment.findByCountry", PartnerGovernment.class)
                .setParameter("country", countryCode).getResultStream().findFirst().orElseGet(() -> {
                    PartnerGovernment created = new PartnerGovernment(em.find(Country.class, countryCode),
                            MembershipStatus.MEMBER_STATE, office, null);
                    em.persist(created);
                    return created;
                });
    }

    private PartnerAgency agency(String name, String acronym, AgencyType type) {
        return em.createNamedQuery("PartnerAgency.findByAcronym", PartnerAgency.class)
                .setParameter("acronym", acronym).getResultStream().findFirst().orElseGet(() -> {
                    PartnerAgency created = new PartnerAgency(name, acronym, type);
                    em.persist(created);
                    return created;
                });
    }

    private void account(String username, String name, Role role, PartnerGovernment government, PartnerAgency agency,
                         String language, String hash) {
        boolean exists = !em.createNamedQuery("Account.findByUsername", Account.class)
                .setParameter("username", username).getResultList().isEmpty();
        if (!exists) {
            em.persist(new Account(username, name, null, role, government, agency,
                    language.toLowerCase(Locale.ROOT), hash));
            SecurityEvents.record("account.opened", username, "role=" + role + " by=demo-seed");
        }
    }
}
