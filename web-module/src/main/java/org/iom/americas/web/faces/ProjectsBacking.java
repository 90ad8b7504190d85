package org.iom.americas.web.faces;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.iom.americas.kernel.paging.Page;
import org.iom.americas.projects.JointProjectView;
import org.iom.americas.projects.JointProjects;
import org.iom.americas.projects.ProjectFilter;
import org.iom.americas.projects.ProjectStatus;

/**
 * The joint projects, filtered by country, status, IOM area, partner agency and period; the filters are query
 * parameters, so a filtered list can be bookmarked and shared.
 */
@Named
@RequestScoped
public class ProjectsBacking {

    static final int PAGE_SIZE = 25;

    @Inject
    JointProjects projects;

    @Inject
    LanguageBacking language;

    private String country;
    private String status;
    private String area;
    private String partner;
    private String from;
    private String to;
    private String cursor;
    private Page<JointProjectView> page;

    public void load() {
        ProjectFilter filter = new ProjectFilter(ViewParameters.code(country),
                ViewParameters.enumOrNull(ProjectStatus.class, status), ViewParameters.code(area),
                ViewParameters.idOrNull(partner),
                ViewParameters.dateOrNull(from), ViewParameters.dateOrNull(to));
        page = ViewParameters.pageAt(cursor, PAGE_SIZE, request -> projects.list(filter, request),
                () -> cursor = null);
    }

    public List<JointProjectView> getProjects() {
        if (page == null) {
            load();
        }
        return page.items();
    }

    public String getNextCursor() {
        return page == null ? null : page.nextCursor();
    }

    public ProjectStatus[] getStatuses() {
        return ProjectStatus.values();
    }

    public String getCountry() {
        return country;
    }

    public void setCountry(String country) {
        this.country = country;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public String getArea() {
        return area;
    }

    public void setArea(String area) {
        this.area = area;
    }

    public String getPartner() {
        return partner;
    }

    public void setPartner(String partner) {
        this.partner = partner;
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to;
    }

    public String getCursor() {
        return cursor;
    }

    public void setCursor(String cursor) {
        this.cursor = cursor;
    }

    /** The export links' query: the filters of this list under the API's names. */
    public String getExportQuery() {
        return ViewParameters.exportQuery("country", country, "status", status, "iomArea", area, "agencyId", partner,
                "from", from, "to", to);
    }
}
