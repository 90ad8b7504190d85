package org.iom.americas.partners.control;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import org.iom.americas.kernel.reference.WorkingLanguage;
import org.iom.americas.partners.entity.Account;
import org.iom.americas.partners.entity.PartnerGovernment;

/**
 * Tells the people concerned that something happened to a request: a notification in each reader's inbox, in the
 * reader's language, written in the transaction of the change (no change, no notification), and an e-mail sent
 * only once that transaction has committed (no e-mail about a change that rolled back).
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class Notifier {

    static final String BUNDLE = "org.iom.americas.partners.notifications";
    private static final ResourceBundle.Control NO_JVM_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    @PersistenceContext(unitName = "coordination")
    EntityManager em;

    @Resource
    ManagedExecutorService executor;

    @Resource
    TransactionSynchronizationRegistry transactions;

    /** The coordinators of IOM, who answer requests. */
    public List<Account> coordinators() {
        return em.createNamedQuery("Account.findEnabledByRole", Account.class)
                .setParameter("role", org.iom.americas.kernel.security.Role.COORDINATOR).getResultList();
    }

    /** The liaisons of a government, who follow its requests. */
    public List<Account> liaisonsOf(long governmentId) {
        return em.createNamedQuery("Account.findEnabledLiaisonsOf", Account.class)
                .setParameter("government", governmentId).getResultList();
    }

    public void aboutRequest(List<Account> readers, long actorAccountId, String event, long requestId, String title,
                             PartnerGovernment government, String note) {
        List<Mailer.Mail> mails = new ArrayList<>();
        for (Account reader : readers) {
            if (reader.id() == actorAccountId) {
                continue;
            }
            Locale locale = WorkingLanguage.of(reader.preferredLanguage() == null ? null
                    : Locale.forLanguageTag(reader.preferredLanguage())).locale();
            Object[] arguments = {String.valueOf(requestId), title, government.country().name(locale),
                    note == null ? "" : note};
            String subject = text(locale, "request." + event + ".subject", arguments);
            String body = text(locale, "request." + event + ".body", arguments).strip();
            em.persist(new org.iom.americas.partners.entity.Notification(reader.id(), "REQUEST_" + event, requestId,
                    subject, body));
            if (reader.email() != null && !reader.email().isBlank()) {
                mails.add(new Mailer.Mail(reader.email(), subject, body));
            }
        }
        Optional<Mailer> mailer = Mailer.configured();
        if (mailer.isPresent() && !mails.isEmpty()) {
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                    // nothing to do before the commit
                }

                @Override
                public void afterCompletion(int status) {
                    if (status == Status.STATUS_COMMITTED) {
                        executor.submit(() -> mails.forEach(mailer.get()::send));
                    }
                }
            });
        }
    }

    private static String text(Locale locale, String key, Object[] arguments) {
        String pattern = ResourceBundle.getBundle(BUNDLE, locale, Notifier.class.getClassLoader(), NO_JVM_FALLBACK)
                .getString(key);
        return new MessageFormat(pattern.replace("'", "''"), locale).format(arguments);
    }
}
