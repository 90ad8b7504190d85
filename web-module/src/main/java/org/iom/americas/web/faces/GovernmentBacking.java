package org.iom.americas.web.faces;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.iom.americas.kernel.error.RecordNotFoundException;
import org.iom.americas.partners.PartnerGovernmentView;
import org.iom.americas.partners.PartnerGovernments;
import org.iom.americas.projects.JointProjects;
import org.iom.americas.responses.HumanitarianResponses;

/** One partner government, with what the other modules know about its country (through their boundaries). */
@Named
@RequestScoped
public class GovernmentBacking {

    @Inject
    PartnerGovernments governments;

    @Inject
    JointProjects projects;

    @Inject
    HumanitarianResponses responses;

    @Inject
    LanguageBacking language;

    private Long id;
    private PartnerGovernmentView government;
    private long runningProjects;
    private long openResponses;

    public void load() {
        try {
            if (id == null) {
                throw new RecordNotFoundException("PartnerGovernment", "");
            }
            government = governments.find(id, language.getLocale());
            runningProjects = projects.countRunningIn(government.country());
            openResponses = responses.countOpenIn(government.country());
        } catch (RecordNotFoundException unknown) {
            notFound();
        }
    }

    static void notFound() {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            faces.getExternalContext().responseSendError(404, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        faces.responseComplete();
    }

    public PartnerGovernmentView getGovernment() {
        return government;
    }

    public long getRunningProjects() {
        return runningProjects;
    }

    public long getOpenResponses() {
        return openResponses;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }
}
