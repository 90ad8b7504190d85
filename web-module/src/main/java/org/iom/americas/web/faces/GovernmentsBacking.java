package org.iom.americas.web.faces;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.iom.americas.kernel.paging.Page;
import org.iom.americas.kernel.reference.Subregion;
import org.iom.americas.partners.GovernmentFilter;
import org.iom.americas.partners.GovernmentOrder;
import org.iom.americas.partners.MembershipStatus;
import org.iom.americas.partners.PartnerGovernmentView;
import org.iom.americas.partners.PartnerGovernments;

/**
 * The list of partner governments. Its filters are plain query parameters, so every filtered view is a URL that
 * can be bookmarked and shared; a bad parameter is ignored rather than breaking the page.
 */
@Named
@RequestScoped
public class GovernmentsBacking {

    static final int PAGE_SIZE = 25;

    @Inject
    PartnerGovernments governments;

    @Inject
    LanguageBacking language;

    private String subregion;
    private String status;
    private String sort;
    private String cursor;
    private Page<PartnerGovernmentView> page;

    public void load() {
        GovernmentFilter filter = new GovernmentFilter(ViewParameters.enumOrNull(Subregion.class, subregion),
                ViewParameters.enumOrNull(MembershipStatus.class, status),
                GovernmentOrder.fromToken(sort).orElse(GovernmentOrder.NAME));
        page = ViewParameters.pageAt(cursor, PAGE_SIZE,
                request -> governments.list(filter, request, language.getLocale()), () -> cursor = null);
    }

    public List<PartnerGovernmentView> getGovernments() {
        return page().items();
    }

    public String getNextCursor() {
        return page().nextCursor();
    }

    /** Loaded by the view action on a GET; on a post back to this page (the language or sign-out form) on demand. */
    private Page<PartnerGovernmentView> page() {
        if (page == null) {
            load();
        }
        return page;
    }

    public Subregion[] getSubregions() {
        return Subregion.values();
    }

    public MembershipStatus[] getStatuses() {
        return MembershipStatus.values();
    }

    public GovernmentOrder[] getOrders() {
        return GovernmentOrder.values();
    }

    public String getSubregion() {
        return subregion;
    }

    public void setSubregion(String subregion) {
        this.subregion = subregion;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public String getSort() {
        return sort;
    }

    public void setSort(String sort) {
        this.sort = sort;
    }

    public String getCursor() {
        return cursor;
    }

    public void setCursor(String cursor) {
        this.cursor = cursor;
    }

    /** The export links' query: the filters of this list under the API's names. */
    public String getExportQuery() {
        return ViewParameters.exportQuery("subregion", subregion, "membershipStatus", status, "sort", sort);
    }
}
