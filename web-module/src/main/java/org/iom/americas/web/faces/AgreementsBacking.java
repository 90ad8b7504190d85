package org.iom.americas.web.faces;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.iom.americas.kernel.paging.Page;
import org.iom.americas.partners.AgreementFilter;
import org.iom.americas.partners.AgreementStatus;
import org.iom.americas.partners.AgreementType;
import org.iom.americas.partners.AgreementView;
import org.iom.americas.partners.CooperationAgreements;

/**
 * The agreements the reader may know of, filtered by type, status, country and expiry; "expiring within" a number
 * of days is the renewal list, soonest first. The filters are query parameters, and the list exports as it shows.
 */
@Named
@RequestScoped
public class AgreementsBacking {

    static final int PAGE_SIZE = 25;

    @Inject
    CooperationAgreements agreements;

    @Inject
    LanguageBacking language;

    private String type;
    private String status;
    private String country;
    private String within;
    private String cursor;
    private Page<AgreementView> page;

    public void load() {
        Long days = ViewParameters.idOrNull(within);
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        AgreementFilter filter = new AgreementFilter(ViewParameters.enumOrNull(AgreementType.class, type),
                ViewParameters.enumOrNull(AgreementStatus.class, status), ViewParameters.code(country),
                days == null ? null : today, days == null ? null : today.plusDays(Math.min(days, 3660)));
        page = ViewParameters.pageAt(cursor, PAGE_SIZE, request -> agreements.list(filter, request),
                () -> cursor = null);
    }

    public List<AgreementView> getAgreements() {
        if (page == null) {
            load();
        }
        return page.items();
    }

    public String getNextCursor() {
        return page == null ? null : page.nextCursor();
    }

    /** The list's own filters as the API's query, for the CSV and XLSX links. */
    public String getExportQuery() {
        return ViewParameters.exportQuery("type", type, "status", status, "country", country, "expiringWithin", within);
    }

    public AgreementType[] getTypes() {
        return AgreementType.values();
    }

    public AgreementStatus[] getStatuses() {
        return AgreementStatus.values();
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public String getCountry() {
        return country;
    }

    public void setCountry(String country) {
        this.country = country;
    }

    public String getWithin() {
        return within;
    }

    public void setWithin(String within) {
        this.within = within;
    }

    public String getCursor() {
        return cursor;
    }

    public void setCursor(String cursor) {
        this.cursor = cursor;
    }
}
