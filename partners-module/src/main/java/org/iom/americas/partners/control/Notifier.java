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
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.function.Function;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import org.iom.americas.kernel.reference.WorkingLanguage;
import org.iom.americas.partners.entity.Account;
import org.iom.americas.partners.entity.PartnerGovernment;

/**
 * Tells the people concerned that something happened to a request or an agreement: a notification in each reader's inbox, in the
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
        send(readers, actorAccountId, "REQUEST_" + event, requestId, null, "request." + event,
                locale -> new Object[] {String.valueOf(requestId), title, government.country().name(locale),
                        note == null ? "" : note});
    }

    /**
     * Tells coordinators that an agreement expires in {@code days} days: {0} reference, {1} title, {2} expiry date
     * in the reader's language, {3} the days left.
     */
    public void agreementExpiring(List<Account> readers, long agreementId, String reference, String title,
                                  LocalDate expiresOn, int days) {
        send(readers, -1, "AGREEMENT_EXPIRING", null, agreementId, "agreement.EXPIRING",
                locale -> new Object[] {reference, title,
                        DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(expiresOn),
                        String.valueOf(days)});
    }

    /**
     * A notification in each reader's inbox (not the one who acted), in the reader's language, and an e-mail once
     * the transaction has committed.
     */
    private void send(List<Account> readers, long actorAccountId, String kind, Long requestId, Long agreementId,
                      String keyPrefix, Function<Locale, Object[]> arguments) {
        List<Mailer.Mail> mails = new ArrayList<>();
        for (Account reader : readers) {
            if (reader.id() == actorAccountId) {
                continue;
            }
            Locale locale = WorkingLanguage.of(reader.preferredLanguage() == null ? null
                    : Locale.forLanguageTag(reader.preferredLanguage())).locale();
            Object[] values = arguments.apply(locale);
            String subject = text(locale, keyPrefix + ".subject", values);
            String body = text(locale, keyPrefix + ".body", values).strip();
            em.persist(new org.iom.americas.partners.entity.Notification(reader.id(), kind, requestId, agreementId,
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
