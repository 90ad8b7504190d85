package org.iom.americas.partners;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerService;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import org.iom.americas.kernel.persistence.UtcInstantConverter;
import org.iom.americas.kernel.schedule.ClusterSchedule;
import org.iom.americas.kernel.security.Roles;
import org.iom.americas.partners.control.Notifier;
import org.iom.americas.partners.entity.CooperationAgreement;

/**
 * Renewal and expiry of agreements, once a day: coordinators are reminded 90, 30 and 7 days before an agreement
 * expires (in their inbox and by e-mail, in their language), and an agreement in force whose expiry date has passed
 * becomes expired. One instance of a cluster runs the day's job (a {@link ClusterSchedule} claim); a reminder row
 * keyed by agreement, threshold and expiry date also makes each reminder single when a coordinator runs it by hand
 * at the same time. A renewed agreement (a new expiry date) is reminded afresh.
 */
@Singleton
@Startup
@RunAs(Roles.ADMIN)
public class AgreementReminders {

    private ClusterSchedule schedule;

    @Resource
    TimerService timers;

    /** The thresholds, in days before expiry, smallest last. */
    static final List<Integer> DAYS_BEFORE = List.of(90, 30, 7);

    @PersistenceContext(unitName = "coordination")
    EntityManager em;

    @EJB
    Notifier notifier;

    @PostConstruct
    void schedule() {
        schedule = ClusterSchedule.of("agreement-reminders", Duration.ofDays(1), Duration.ofHours(5).plusMinutes(17));
        schedule.start(timers);
    }

    @Timeout
    void daily() {
        if (schedule.claim(em)) {
            remindNow();
        }
    }

    /** Runs the day's reminders and expiries now (also on demand, by a coordinator); returns the reminders sent. */
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
    public int remindNow() {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        int sent = 0;
        for (CooperationAgreement agreement : em.createNamedQuery("CooperationAgreement.findExpiringBy",
                        CooperationAgreement.class)
                .setParameter("statuses", EnumSet.of(AgreementStatus.SIGNED, AgreementStatus.IN_FORCE))
                .setParameter("by", today.plusDays(DAYS_BEFORE.get(0))).getResultList()) {
            long days = ChronoUnit.DAYS.between(today, agreement.expiresOn());
            if (days < 0) {
                if (agreement.status() == AgreementStatus.IN_FORCE) {
                    agreement.moveTo(AgreementStatus.EXPIRED);
                }
                continue;
            }
            // the tightest threshold reached; the wider ones, if never sent, are past their use
            int threshold = DAYS_BEFORE.stream().filter(t -> days <= t).reduce((wider, tighter) -> tighter)
                    .orElseThrow();
            if (claim(agreement, threshold)) {
                notifier.agreementExpiring(notifier.coordinators(), agreement.id(), agreement.referenceNumber(),
                        agreement.title(), agreement.expiresOn(), (int) days);
                sent++;
            }
        }
        em.flush();
        return sent;
    }

    /** Whether this call is the one that sends the reminder: the first to write its row. */
    private boolean claim(CooperationAgreement agreement, int threshold) {
        return em.createNativeQuery("INSERT IGNORE INTO agreement_reminder (agreement_id, days_before, expires_on, "
                        + "fired_at) VALUES (?, ?, ?, ?)")
                .setParameter(1, agreement.id()).setParameter(2, threshold)
                .setParameter(3, agreement.expiresOn().toString())
                .setParameter(4, UtcInstantConverter.format(Instant.now().truncatedTo(ChronoUnit.MICROS)))
                .executeUpdate() == 1;
    }
}
