package org.iom.americas.web.faces;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.Locale;
import org.iom.americas.kernel.error.RecordNotFoundException;
import org.iom.americas.kernel.security.Caller;
import org.iom.americas.partners.ReferenceItem;
import org.iom.americas.projects.FundingLine;
import org.iom.americas.projects.NewIndicator;
import org.iom.americas.projects.NewParticipant;
import org.iom.americas.projects.ParticipantRole;
import org.iom.americas.projects.ProjectDocumentView;
import org.iom.americas.projects.ProjectWorkspace;
import org.iom.americas.projects.TimelineEvent;
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
 * the documents they share and the timeline of what happened, and the other partners' projects it may duplicate;
 * the forms and the moves of its lifecycle for those who may use them.
 */
@Named
@ViewScoped
public class ProjectBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    /** The boundary's names of the report's people reached, which the form asks for in its own inputs. */
    private static final Map<String, String> REPORT_INPUTS = Map.of("reached", "total", "reached.total", "total");

    @Inject
    JointProjects projects;

    @Inject
    ActivityReports reports;

    @Inject
    PartnerAgencies agencies;

    @Inject
    ReferenceCatalog reference;

    @Inject
    ProjectWorkspace workspace;

    @Inject
    LanguageBacking language;

    @Inject
    SecurityContext security;

    private Long id;
    private JointProjectView project;
    private List<IndicatorView> indicators;
    private List<ActivityReportView> activityReports;
    private List<ProjectOverlap> overlaps;
    private PartnerNames names;
    private List<ProjectDocumentView> documents;
    private List<TimelineEvent> timeline;
    private boolean mayReport;
    private final Map<String, String> partner = new HashMap<>();
    private final Map<String, String> funding = new HashMap<>(Map.of("currency", "USD"));
    private final Map<String, String> indicator = new HashMap<>();
    private ActivityReportForm report = new ActivityReportForm();
    private transient Part file;

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
        documents = workspace.documents(id);
        timeline = workspace.follows(id) ? workspace.timeline(id) : null;
        mayReport = reports.mayReport(id);
    }

    public void join() {
        attempt("partner", "project.partner.joined", () -> projects.join(id, new NewParticipant(
                ViewParameters.idOrNull(partner.get("agencyId")), ViewParameters.idOrNull(partner.get("governmentId")),
                ViewParameters.enumOrNull(ParticipantRole.class, partner.get("role")))), partner::clear);
    }

    public void fund() {
        attempt("funding", "project.funding.recorded", () -> projects.fund(id, new FundingLine(
                ViewParameters.idOrNull(funding.get("donorAgencyId")), ViewParameters.code(funding.get("currency")),
                trimmed(funding.get("committed")), trimmed(funding.get("disbursed")))), () -> {
                    funding.clear();
                    funding.put("currency", "USD");
                });
    }

    public void measure() {
        attempt("indicator", "project.indicator.set", () -> reports.measure(id, new NewIndicator(
                indicator.get("name"), indicator.get("unit"), trimmed(indicator.get("target")))), indicator::clear);
    }

    public void submitReport() {
        attempt("report", "project.report.kept", () -> reports.report(id, report.details()),
                () -> report = new ActivityReportForm());
    }

    public void share() {
        if (file == null) {
            return;
        }
        try (InputStream content = file.getInputStream()) {
            byte[] bytes = content.readNBytes(25 * 1024 * 1024 + 1);
            attempt("documents", "project.document.kept", () -> workspace.share(id, file.getSubmittedFileName(),
                    bytes), () -> { });
        } catch (IOException unreadable) {
            FacesProblems.show(new java.io.UncheckedIOException(unreadable), "documents", language.getLocale());
        }
    }

    /** Makes one change through the boundary; its refusal is shown in the form, the form is emptied on success. */
    private void attempt(String form, String doneKey, Runnable change, Runnable clear) {
        try {
            change.run();
            clear.run();
            String text = Messages.text(language.getLocale(), doneKey);
            FacesContext.getCurrentInstance().addMessage(null,
                    new FacesMessage(FacesMessage.SEVERITY_INFO, text, text));
        } catch (RuntimeException failure) {
            FacesProblems.show(failure, form, language.getLocale(), REPORT_INPUTS);
        }
        refresh();
    }

    private static String trimmed(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** Whether the caller may report activities here: IOM, or an agency that leads or implements the project. */
    public boolean isMayReport() {
        return mayReport;
    }

    public boolean isIom() {
        return Caller.of(security).isIom();
    }

    public ParticipantRole[] getRoles() {
        return ParticipantRole.values();
    }

    public List<ReferenceItem> getAreaChoices() {
        return reference.iomAreas(language.getLocale());
    }

    /** An organisation as the audit trail names it ({@code IOM}, {@code PARTNER_AGENCY:12}), for a reader. */
    public String organisation(String named) {
        if (named != null && named.startsWith("PARTNER_AGENCY:")) {
            return names.agency(ViewParameters.idOrNull(named.substring("PARTNER_AGENCY:".length())));
        }
        return named == null ? "—" : Messages.text(language.getLocale(), "organisation." + named.replaceAll(":.*", ""));
    }

    public List<ProjectDocumentView> getDocuments() {
        return documents;
    }

    public List<TimelineEvent> getTimeline() {
        return timeline;
    }

    public Map<String, String> getPartner() {
        return partner;
    }

    public Map<String, String> getFunding() {
        return funding;
    }

    public Map<String, String> getIndicator() {
        return indicator;
    }

    public ActivityReportForm getReport() {
        return report;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
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
