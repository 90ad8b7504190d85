package org.iom.americas.web.platform;

import jakarta.annotation.security.RunAs;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import org.iom.americas.kernel.security.Roles;

/**
 * An audit checkpoint every hour. Taking one twice for the same head is a no-op, so two instances of a cluster
 * firing at once leave one checkpoint (the cluster issue makes the timer itself once-per-cluster).
 */
@Singleton
@RunAs(Roles.ADMIN)
public class AuditCheckpoints {

    @EJB
    AuditTrail trail;

    @Schedule(hour = "*", minute = "7", persistent = false)
    void everyHour() {
        trail.checkpoint();
    }
}
