package org.iom.americas.partners;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import java.time.Instant;
import org.iom.americas.kernel.error.RecordNotFoundException;
import org.iom.americas.kernel.paging.KeysetCursor;
import org.iom.americas.kernel.paging.Page;
import org.iom.americas.kernel.paging.PageRequest;
import org.iom.americas.kernel.security.Caller;
import org.iom.americas.kernel.security.Roles;
import org.iom.americas.partners.entity.Notification;

/** The caller's own inbox: newest first, with the number still unread. Nobody reads another's inbox. */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.AGENCY, Roles.LIAISON})
public class Notifications {

    @PersistenceContext(unitName = "coordination")
    EntityManager em;

    @Inject
    SecurityContext security;

    public Page<NotificationView> inbox(boolean unreadOnly, PageRequest page) {
        long account = Caller.of(security).accountId();
        String query = "SELECT n FROM Notification n WHERE n.accountId = :account"
                + (unreadOnly ? " AND n.readAt IS NULL" : "") + (page.cursor() == null ? "" : " AND n.id < :after")
                + " ORDER BY n.id DESC";
        var typed = em.createQuery(query, Notification.class).setParameter("account", account);
        if (page.cursor() != null) {
            typed.setParameter("after", KeysetCursor.decode(page.cursor(), 1).longPart(0));
        }
        return Page.fromOverfetch(typed.setMaxResults(page.limit() + 1).getResultList(), page.limit(),
                Notifications::view, n -> KeysetCursor.of(n.id()));
    }

    public long unreadCount() {
        return em.createNamedQuery("Notification.countUnread", Long.class)
                .setParameter("account", Caller.of(security).accountId()).getSingleResult();
    }

    public NotificationView markRead(long id) {
        Notification notification = em.find(Notification.class, id);
        if (notification == null || notification.accountId() != Caller.of(security).accountId()) {
            throw new RecordNotFoundException("Notification", id);
        }
        notification.read(Instant.now());
        return view(notification);
    }

    private static NotificationView view(Notification n) {
        return new NotificationView(n.id(), n.kind(), n.requestId(), n.agreementId(), n.subject(), n.body(), n.createdAt(),
                n.readAt());
    }
}
