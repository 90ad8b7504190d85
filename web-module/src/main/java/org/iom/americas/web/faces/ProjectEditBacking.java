package org.iom.americas.web.faces;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.iom.americas.kernel.error.BusinessException;
import org.iom.americas.kernel.error.InvalidInputException;
import org.iom.americas.kernel.error.RecordNotFoundException;
import org.iom.americas.kernel.error.StaleVersionException;
import org.iom.americas.kernel.reference.Place;
import org.iom.americas.kernel.security.Caller;
import org.iom.americas.kernel.security.Role;
import org.iom.americas.partners.AgencyName;
import org.iom.americas.partners.AssistanceRequestView;
import org.iom.americas.partners.AssistanceRequests;
import org.iom.americas.partners.PartnerAgencies;
import org.iom.americas.partners.ReferenceCatalog;
import org.iom.americas.projects.JointProjectView;
import org.iom.americas.projects.JointProjects;
import org.iom.americas.projects.ProjectOverlap;
import org.iom.americas.projects.ProjectPlan;
import org.iom.americas.web.InputDates;
import org.iom.americas.web.PlaceLines;
import org.iom.americas.web.i18n.Messages;

/**
 * Planning a joint project, or revising its plan against the version read. Before saving, the planner can ask
 * which other partners already work in the same area, place and time: the duplication check of the projects
 * module, shown on the form so partners talk before they duplicate.
 */
@Named
@ViewScoped
public class ProjectEditBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "plan";
    static final Map<String, String> INPUTS = Map.of("countries[]", "countries", "locations[]", "locations",
            "iomAreas[]", "iomAreas", "objectives[]", "objectives", "leadAgencyId", "leadAgency",
            "humanitarianResponseId", "response");

    @Inject
    JointProjects projects;

    @Inject
    PartnerAgencies agencies;

    @Inject
    AssistanceRequests requests;

    @Inject
    ReferenceCatalog reference;

    @Inject
    LanguageBacking language;

    @Inject
    SecurityContext security;

    private Long id;
    private String code;
    private String title;
    private String summary;
    private List<String> countries = new ArrayList<>();
    private String locations;
    private List<String> iomAreas = new ArrayList<>();
    private List<String> objectives = new ArrayList<>();
    private String startDate;
    private String endDate;
    private Long leadAgency;
    private Long response;
    private Long answering;
    private String answeringTitle;
    private long version;
    private List<ProjectOverlap> overlaps;
    private transient Map<Long, String> leadNames;

    public void load() {
        if (FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        if (id == null) {
            Caller caller = Caller.of(security);
            leadAgency = caller.role() == Role.AGENCY ? caller.organisationId() : null;
            if (answering != null) {
                startFrom(answering);
            }
            return;
        }
        try {
            show(projects.find(id));
        } catch (RecordNotFoundException unknown) {
            GovernmentBacking.notFound();
        }
    }

    /** Lists the overlapping projects of other partners for the plan as it stands on the form. */
    public void checkOverlaps() {
        try {
            overlaps = projects.overlapsWith(plan(), id);
            leadNames = null;
            String text = Messages.text(language.getLocale(),
                    overlaps.isEmpty() ? "project.overlaps.none" : "project.overlaps.found", overlaps.size());
            FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(
                    overlaps.isEmpty() ? FacesMessage.SEVERITY_INFO : FacesMessage.SEVERITY_WARN, text, text));
        } catch (RuntimeException failure) {
            overlaps = null;
            FacesProblems.show(failure, FORM, language.getLocale(), INPUTS);
        }
    }

    public String save() {
        try {
            JointProjectView saved = id != null ? projects.revise(id, plan())
                    : answering != null ? projects.answer(answering, plan()) : projects.plan(plan());
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.getExternalContext().getFlash().setKeepMessages(true);
            String text = Messages.text(language.getLocale(), "project.saved", saved.code());
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, text));
            return "/project.xhtml?faces-redirect=true&id=" + saved.id();
        } catch (RuntimeException failure) {
            FacesProblems.show(failure, FORM, language.getLocale(), INPUTS).ifPresent(this::recoverFrom);
            return null;
        }
    }

    /**
     * The project that answers an accepted request starts from what the government asked: its title, places,
     * IOM areas, objectives and wished start, for the coordinator to complete with a lead agency.
     */
    private void startFrom(long requestId) {
        try {
            AssistanceRequestView request = requests.find(requestId);
            answeringTitle = request.title();
            title = request.title();
            summary = request.description();
            countries = new ArrayList<>(List.of(request.country()));
            locations = request.locations().stream().map(place -> request.country() + ": " + place)
                    .collect(Collectors.joining("\n"));
            iomAreas = new ArrayList<>(request.iomAreas());
            objectives = request.objectives().stream().map(String::valueOf)
                    .collect(Collectors.toCollection(ArrayList::new));
            startDate = request.requestedStart() == null ? null : request.requestedStart().toString();
        } catch (RecordNotFoundException unknown) {
            GovernmentBacking.notFound();
        }
    }

    public Long getAnswering() {
        return answering;
    }

    public void setAnswering(Long answering) {
        this.answering = answering;
    }

    public String getAnsweringTitle() {
        return answeringTitle;
    }

    private void recoverFrom(BusinessException failure) {
        if (failure instanceof StaleVersionException) {
            show(projects.find(id));
            FacesProblems.showStale(language.getLocale());
        }
    }

    private ProjectPlan plan() {
        return new ProjectPlan(title, summary, new LinkedHashSet<>(countries), PlaceLines.parse("locations", locations),
                new LinkedHashSet<>(iomAreas), objectives.stream().map(Integer::valueOf)
                .collect(Collectors.toCollection(LinkedHashSet::new)), InputDates.parse("startDate", startDate),
                InputDates.parse("endDate", endDate), leadAgency, response, id == null ? null : version);
    }

    private void show(JointProjectView project) {
        code = project.code();
        title = project.title();
        summary = project.summary();
        countries = new ArrayList<>(project.countries());
        locations = PlaceLines.format(project.locations(), "\n");
        iomAreas = new ArrayList<>(project.iomAreas());
        objectives = project.objectives().stream().map(String::valueOf)
                .collect(Collectors.toCollection(ArrayList::new));
        startDate = project.startDate().toString();
        endDate = project.endDate() == null ? null : project.endDate().toString();
        leadAgency = project.leadAgencyId();
        response = project.humanitarianResponseId();
        version = project.version();
    }

    /** The agencies that may lead: any for IOM, itself for an agency. */
    public List<AgencyName> getAgencies() {
        Caller caller = Caller.of(security);
        return agencies.names().stream().filter(a -> a.active() && (caller.role() != Role.AGENCY
                || caller.isAgency(a.id()))).toList();
    }

    public List<ProjectOverlap> getOverlaps() {
        return overlaps;
    }

    /** The lead agencies of the overlapping projects, named once per check rather than once per row. */
    public String agencyName(Long agencyId) {
        if (leadNames == null) {
            leadNames = new java.util.HashMap<>();
            agencies.names().forEach(a -> leadNames.put(a.id(), a.name() + " (" + a.acronym() + ")"));
        }
        return agencyId == null ? "—" : leadNames.getOrDefault(agencyId, "#" + agencyId);
    }

    public boolean isNew() {
        return id == null;
    }

    public String getCode() {
        return code;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public List<String> getCountries() {
        return countries;
    }

    public void setCountries(List<String> countries) {
        this.countries = countries;
    }

    public String getLocations() {
        return locations;
    }

    public void setLocations(String locations) {
        this.locations = locations;
    }

    public List<String> getIomAreas() {
        return iomAreas;
    }

    public void setIomAreas(List<String> iomAreas) {
        this.iomAreas = iomAreas;
    }

    public List<String> getObjectives() {
        return objectives;
    }

    public void setObjectives(List<String> objectives) {
        this.objectives = objectives;
    }

    public String getStartDate() {
        return startDate;
    }

    public void setStartDate(String startDate) {
        this.startDate = startDate;
    }

    public String getEndDate() {
        return endDate;
    }

    public void setEndDate(String endDate) {
        this.endDate = endDate;
    }

    public Long getLeadAgency() {
        return leadAgency;
    }

    public void setLeadAgency(Long leadAgency) {
        this.leadAgency = leadAgency;
    }

    public Long getResponse() {
        return response;
    }

    public void setResponse(Long response) {
        this.response = response;
    }
}
