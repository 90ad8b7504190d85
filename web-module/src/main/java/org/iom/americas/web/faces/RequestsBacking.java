package org.iom.americas.web.faces;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.iom.americas.kernel.paging.Page;
import org.iom.americas.kernel.security.Roles;
import org.iom.americas.partners.AssistanceRequestView;
import org.iom.americas.partners.AssistanceRequests;
import org.iom.americas.partners.RequestFilter;
import org.iom.americas.partners.RequestStatus;
import org.iom.americas.partners.Urgency;

/**
 * The list of requests: a liaison's own government's, or IOM's queue (open requests, most urgent and earliest due
 * first) and everything else behind the filters. Filters are query parameters, so a view can be bookmarked.
 */
@Named
@RequestScoped
public class RequestsBacking {

    static final int PAGE_SIZE = 25;

    @Inject
    AssistanceRequests requests;

    private String status;
    private String urgency;
    private String view;
    private String cursor;
    private Page<AssistanceRequestView> page;

    public void load() {
        RequestFilter filter = new RequestFilter(ViewParameters.enumOrNull(RequestStatus.class, status),
                ViewParameters.enumOrNull(Urgency.class, urgency),
                null, false, isQueue());
        page = ViewParameters.pageAt(cursor, PAGE_SIZE, request -> requests.list(filter, request),
                () -> cursor = null);
    }

    /** Coordinators land on their queue; a liaison on their government's requests, newest first. */
    public boolean isQueue() {
        return view == null ? !isLiaison() : "queue".equals(view);
    }

    public boolean isLiaison() {
        return FacesContext.getCurrentInstance().getExternalContext().isUserInRole(Roles.LIAISON);
    }

    public List<AssistanceRequestView> getRequests() {
        if (page == null) {
            load();
        }
        return page.items();
    }

    public String getNextCursor() {
        return page == null ? null : page.nextCursor();
    }

    public RequestStatus[] getStatuses() {
        return RequestStatus.values();
    }

    public Urgency[] getUrgencies() {
        return Urgency.values();
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public String getUrgency() {
        return urgency;
    }

    public void setUrgency(String urgency) {
        this.urgency = urgency;
    }

    public String getView() {
        return view;
    }

    public void setView(String view) {
        this.view = view;
    }

    public String getCursor() {
        return cursor;
    }

    public void setCursor(String cursor) {
        this.cursor = cursor;
    }

    /** The export links' query: the filters of this list under the API's names. */
    public String getExportQuery() {
        return ViewParameters.exportQuery("status", status, "urgency", urgency, "queue", Boolean.toString(isQueue()));
    }
}
