package org.iom.americas.web.faces;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.iom.americas.kernel.paging.Page;
import org.iom.americas.partners.AgencyFilter;
import org.iom.americas.partners.AgencyType;
import org.iom.americas.partners.PartnerAgencies;
import org.iom.americas.partners.PartnerAgencyView;

/** The partner agencies, searched by name or acronym and filtered by type, country and IOM area. */
@Named
@RequestScoped
public class AgenciesBacking {

    static final int PAGE_SIZE = 25;

    @Inject
    PartnerAgencies agencies;

    @Inject
    LanguageBacking language;

    private String q;
    private String type;
    private String country;
    private String area;
    private String cursor;
    private Page<PartnerAgencyView> page;

    public void load() {
        AgencyFilter filter = new AgencyFilter(q == null || q.length() > 100 ? null : q,
                ViewParameters.enumOrNull(AgencyType.class, type), ViewParameters.code(country),
                ViewParameters.code(area), null);
        page = ViewParameters.pageAt(cursor, PAGE_SIZE, request -> agencies.search(filter, request),
                () -> cursor = null);
    }

    public List<PartnerAgencyView> getAgencies() {
        if (page == null) {
            load();
        }
        return page.items();
    }

    public String getNextCursor() {
        return page == null ? null : page.nextCursor();
    }

    public AgencyType[] getTypes() {
        return AgencyType.values();
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    public String getCountry() {
        return country;
    }

    public void setCountry(String country) {
        this.country = country;
    }

    public String getArea() {
        return area;
    }

    public void setArea(String area) {
        this.area = area;
    }

    public String getCursor() {
        return cursor;
    }

    public void setCursor(String cursor) {
        this.cursor = cursor;
    }

    /** The export links' query: the filters of this list under the API's names. */
    public String getExportQuery() {
        return ViewParameters.exportQuery("q", q, "type", type, "country", country, "iomArea", area);
    }
}
