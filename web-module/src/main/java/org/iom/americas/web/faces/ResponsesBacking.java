package org.iom.americas.web.faces;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.iom.americas.kernel.paging.Page;
import org.iom.americas.responses.HumanitarianResponseView;
import org.iom.americas.responses.HumanitarianResponses;
import org.iom.americas.responses.ResponsePhase;

/** The humanitarian responses, filtered by phase and country; the filters are query parameters. */
@Named
@RequestScoped
public class ResponsesBacking {

    static final int PAGE_SIZE = 25;

    @Inject
    HumanitarianResponses responses;

    @Inject
    LanguageBacking language;

    private String phase;
    private String country;
    private String cursor;
    private Page<HumanitarianResponseView> page;

    public void load() {
        ResponsePhase inPhase = ViewParameters.enumOrNull(ResponsePhase.class, phase);
        String where = ViewParameters.code(country);
        page = ViewParameters.pageAt(cursor, PAGE_SIZE, request -> responses.list(inPhase, where, null, request),
                () -> cursor = null);
    }

    public List<HumanitarianResponseView> getResponses() {
        if (page == null) {
            load();
        }
        return page.items();
    }

    public String getNextCursor() {
        return page == null ? null : page.nextCursor();
    }

    public ResponsePhase[] getPhases() {
        return ResponsePhase.values();
    }

    public String getPhase() {
        return phase;
    }

    public void setPhase(String phase) {
        this.phase = phase;
    }

    public String getCountry() {
        return country;
    }

    public void setCountry(String country) {
        this.country = country;
    }

    public String getCursor() {
        return cursor;
    }

    public void setCursor(String cursor) {
        this.cursor = cursor;
    }

    /** The export links' query: the filters of this list under the API's names. */
    public String getExportQuery() {
        return ViewParameters.exportQuery("phase", phase, "country", country);
    }
}
