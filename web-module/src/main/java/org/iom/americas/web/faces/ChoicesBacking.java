package org.iom.americas.web.faces;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.iom.americas.kernel.paging.PageRequest;
import org.iom.americas.partners.AgencyName;
import org.iom.americas.partners.CountryView;
import org.iom.americas.partners.GovernmentFilter;
import org.iom.americas.partners.PartnerAgencies;
import org.iom.americas.partners.PartnerGovernmentView;
import org.iom.americas.partners.PartnerGovernments;
import org.iom.americas.partners.ReferenceCatalog;
import org.iom.americas.partners.ReferenceItem;

/**
 * The choices every form and filter offers, in the reader's language: countries, IOM areas, Global Compact
 * objectives, partner agencies and governments. One bean, so no page keeps its own copy of the lists.
 */
@Named
@RequestScoped
public class ChoicesBacking {

    @Inject
    ReferenceCatalog reference;

    @Inject
    PartnerAgencies partnerAgencies;

    @Inject
    PartnerGovernments partnerGovernments;

    @Inject
    LanguageBacking language;

    private List<AgencyName> agencyNames;

    public List<CountryView> getCountries() {
        return reference.countries(language.getLocale());
    }

    public List<ReferenceItem> getIomAreas() {
        return reference.iomAreas(language.getLocale());
    }

    public List<ReferenceItem> getObjectives() {
        return reference.globalCompactObjectives(language.getLocale());
    }

    public List<AgencyName> getAgencies() {
        if (agencyNames == null) {
            agencyNames = partnerAgencies.names();
        }
        return agencyNames;
    }

    /** The agencies that may take on new work. */
    public List<AgencyName> getActiveAgencies() {
        return getAgencies().stream().filter(AgencyName::active).toList();
    }

    public List<PartnerGovernmentView> getGovernments() {
        return partnerGovernments.list(new GovernmentFilter(null, null, null),
                PageRequest.first(PageRequest.MAX_LIMIT), language.getLocale()).items();
    }
}
