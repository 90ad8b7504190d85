package org.iom.americas.web.faces;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import org.iom.americas.kernel.paging.PageRequest;
import org.iom.americas.kernel.security.Role;
import org.iom.americas.partners.AgencyFilter;
import org.iom.americas.partners.AssistanceRequestView;
import org.iom.americas.partners.AssistanceRequests;
import org.iom.americas.partners.PartnerAgencies;
import org.iom.americas.partners.PartnerAgencyView;
import org.iom.americas.partners.PartnerGovernmentView;
import org.iom.americas.projects.JointProjectView;
import org.iom.americas.projects.JointProjects;
import org.iom.americas.responses.HumanitarianResponseView;
import org.iom.americas.responses.HumanitarianResponses;

/**
 * The search box on every page: governments (by country name in the reader's language or code), agencies (name or
 * acronym), projects (code or title), requests (title, among those the reader may read) and responses (name).
 * Each module searches its own records under its own access rules; the address ({@code search.xhtml?q=}) can be
 * bookmarked like any list.
 */
@Named
@RequestScoped
public class SearchBacking {

    static final int PER_KIND = 10;
    static final int MAX_LENGTH = 100;

    @Inject
    ChoicesBacking choices;

    @Inject
    PartnerAgencies agencies;

    @Inject
    JointProjects projects;

    @Inject
    AssistanceRequests requests;

    @Inject
    HumanitarianResponses responses;

    @Inject
    SecurityContext security;

    private String q;

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q == null || q.isBlank() ? null : q.strip().substring(0, Math.min(q.strip().length(), MAX_LENGTH));
    }

    public boolean isSearched() {
        return q != null;
    }

    public List<PartnerGovernmentView> getGovernments() {
        if (q == null) {
            return List.of();
        }
        String wanted = folded(q);
        return choices.getGovernments().stream().filter(g -> folded(g.countryName()).contains(wanted)
                || g.country().equalsIgnoreCase(q) || g.countryAlpha3().equalsIgnoreCase(q)).limit(PER_KIND).toList();
    }

    public List<PartnerAgencyView> getAgencies() {
        return q == null ? List.of()
                : agencies.search(new AgencyFilter(q, null, null, null, null), PageRequest.first(PER_KIND)).items();
    }

    public List<JointProjectView> getProjects() {
        return q == null ? List.of() : projects.search(q, PER_KIND);
    }

    /** Agencies do not read requests (they are between governments and IOM), so they find none. */
    public List<AssistanceRequestView> getRequests() {
        return q == null || security.isCallerInRole(Role.AGENCY.name()) ? List.of() : requests.search(q, PER_KIND);
    }

    public List<HumanitarianResponseView> getResponses() {
        return q == null ? List.of() : responses.search(q, PER_KIND);
    }

    /** Lower case without accents, so "peru" finds "Perú" and "haiti" finds "Haïti". */
    private static String folded(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }
}
