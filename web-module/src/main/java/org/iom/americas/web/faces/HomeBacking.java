package org.iom.americas.web.faces;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.iom.americas.partners.PartnerGovernments;

/** The home page's figures. */
@Named
@RequestScoped
public class HomeBacking {

    @Inject
    PartnerGovernments governments;

    public long getGovernmentCount() {
        return governments.count();
    }
}
