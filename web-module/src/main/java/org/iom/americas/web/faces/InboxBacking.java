package org.iom.americas.web.faces;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.iom.americas.kernel.paging.Page;
import org.iom.americas.kernel.paging.PageRequest;
import org.iom.americas.partners.NotificationView;
import org.iom.americas.partners.Notifications;

/** The reader's inbox, and the unread count every page shows beside its link. */
@Named
@RequestScoped
public class InboxBacking {

    static final int PAGE_SIZE = 50;

    @Inject
    Notifications notifications;

    private Long unread;
    private Page<NotificationView> page;

    public long getUnread() {
        if (unread == null) {
            try {
                unread = notifications.unreadCount();
            } catch (jakarta.ejb.EJBAccessException errorPageDispatch) {
                // an error page is rendered outside the caller's security context: no badge there
                unread = 0L;
            }
        }
        return unread;
    }

    public List<NotificationView> getNotifications() {
        if (page == null) {
            page = notifications.inbox(false, PageRequest.first(PAGE_SIZE));
        }
        return page.items();
    }

    /** Opens what the notification is about, and counts it as read. */
    public String open(long id) {
        NotificationView read = notifications.markRead(id);
        if (read.requestId() != null) {
            return "/request.xhtml?faces-redirect=true&id=" + read.requestId();
        }
        return read.agreementId() == null ? "/inbox.xhtml?faces-redirect=true"
                : "/agreement.xhtml?faces-redirect=true&id=" + read.agreementId();
    }
}
