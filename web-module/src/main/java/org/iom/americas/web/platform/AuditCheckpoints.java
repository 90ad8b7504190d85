package org.iom.americas.web.platform;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerService;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import org.iom.americas.kernel.schedule.ClusterSchedule;
import org.iom.americas.kernel.security.Roles;

/**
 * An audit checkpoint every hour (at seven past), taken by one instance of the cluster: the others skip the hour.
 * Taking one twice for the same head would also be a no-op, but the claim keeps the log and the work single.
 */
@Singleton
@Startup
@RunAs(Roles.ADMIN)
public class AuditCheckpoints {

    private ClusterSchedule schedule;

    @EJB
    AuditTrail trail;

    @PersistenceContext(unitName = "coordination")
    EntityManager em;

    @Resource
    TimerService timers;

    @PostConstruct
    void schedule() {
        schedule = ClusterSchedule.of("audit-checkpoint", Duration.ofHours(1), Duration.ofMinutes(7));
        schedule.start(timers);
    }

    @Timeout
    void everyHour() {
        if (schedule.claim(em)) {
            trail.checkpoint();
        }
    }
}
