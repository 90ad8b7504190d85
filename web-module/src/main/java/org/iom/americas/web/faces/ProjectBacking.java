package org.iom.americas.web.faces;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import org.iom.americas.kernel.error.RecordNotFoundException;
import org.iom.americas.partners.PartnerAgencies;
import org.iom.americas.partners.ReferenceCatalog;
import org.iom.americas.projects.ActivityReportView;
import org.iom.americas.projects.ActivityReports;
import org.iom.americas.projects.IndicatorView;
import org.iom.americas.projects.JointProjectView;
import org.iom.americas.projects.JointProjects;
import org.iom.americas.projects.ProjectAction;
import org.iom.americas.projects.ProjectOverlap;
import org.iom.americas.web.i18n.Messages;

/**
 * One joint project as its partners work on it: who takes part, the money, the indicators and what was reported,
 * and the other partners' projects it may duplicate; the moves of its lifecycle for those who may make them.
 */
@Named
@ViewScoped
public class ProjectBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    JointProjects projects;

    @Inject
    ActivityReports reports;

    @Inject
    PartnerAgencies agencies;

    @Inject
    ReferenceCatalog reference;

    @Inject
    LanguageBacking language;

    private Long id;
    private JointProjectView project;
    private List<IndicatorView> indicators;
    private List<ActivityReportView> activityReports;
    private List<ProjectOverlap> overlaps;
    private PartnerNames names;

    public void load() {
        if (FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        try {
            if (id == null) {
                throw new RecordNotFoundException("JointProject", "");
            }
            refresh();
        } catch (RecordNotFoundException unknown) {
            GovernmentBacking.notFound();
        }
    }

    private void refresh() {
        project = projects.find(id);
        indicators = reports.indicators(id);
        activityReports = reports.reports(id);
        overlaps = projects.overlapsOf(id);
        names = PartnerNames.load(agencies, reference, language.getLocale());
    }

    public void act(String action) {
        try {
            projects.act(id, ProjectAction.valueOf(action.toUpperCase(Locale.ROOT)));
            String text = Messages.text(language.getLocale(), "project.moved");
            FacesContext.getCurrentInstance().addMessage(null,
                    new FacesMessage(FacesMessage.SEVERITY_INFO, text, text));
        } catch (RuntimeException failure) {
            FacesProblems.show(failure, "actions", language.getLocale());
        }
        refresh();
    }

    public String agency(Long agencyId) {
        return names.agency(agencyId);
    }

    public String area(String code) {
        return names.area(code);
    }

    public JointProjectView getProject() {
        return project;
    }

    public List<IndicatorView> getIndicators() {
        return indicators;
    }

    public List<ActivityReportView> getReports() {
        return activityReports;
    }

    public List<ProjectOverlap> getOverlaps() {
        return overlaps;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }
}
