package org.iom.americas.web.faces;

import java.io.Serializable;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.iom.americas.partners.AgencyName;
import org.iom.americas.partners.PartnerAgencies;
import org.iom.americas.partners.ReferenceCatalog;
import org.iom.americas.partners.ReferenceItem;

/** The names a page shows for the ids that records carry: agencies, and IOM areas in the reader’s language. */
final class PartnerNames implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Map<Long, String> agencies = new HashMap<>();
    private final Map<String, String> areas = new HashMap<>();

    static PartnerNames load(PartnerAgencies agencies, ReferenceCatalog reference, Locale locale) {
        PartnerNames names = new PartnerNames();
        for (AgencyName agency : agencies.names()) {
            names.agencies.put(agency.id(), agency.name() + " (" + agency.acronym() + ")");
        }
        for (ReferenceItem area : reference.iomAreas(locale)) {
            names.areas.put(area.code(), area.name());
        }
        return names;
    }

    String agency(Long agencyId) {
        return agencyId == null ? "—" : agencies.getOrDefault(agencyId, "#" + agencyId);
    }

    String area(String code) {
        return areas.getOrDefault(code, code);
    }
}
