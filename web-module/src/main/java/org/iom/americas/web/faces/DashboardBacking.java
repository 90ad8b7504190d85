package org.iom.americas.web.faces;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.security.enterprise.SecurityContext;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.iom.americas.kernel.figures.Tally;
import org.iom.americas.kernel.json.SharedJson;
import org.iom.americas.kernel.paging.PageRequest;
import org.iom.americas.kernel.security.Role;
import org.iom.americas.partners.AccountView;
import org.iom.americas.partners.Accounts;
import org.iom.americas.partners.AssistanceRequestView;
import org.iom.americas.partners.AssistanceRequests;
import org.iom.americas.partners.ReferenceCatalog;
import org.iom.americas.partners.RequestFilter;
import org.iom.americas.partners.RequestTally;
import org.iom.americas.partners.Urgency;
import org.iom.americas.projects.ActivityReports;
import org.iom.americas.projects.JointProjectView;
import org.iom.americas.projects.JointProjects;
import org.iom.americas.projects.ProjectFigures;
import org.iom.americas.projects.ProjectFilter;
import org.iom.americas.projects.ProjectOverlap;
import org.iom.americas.projects.ProjectStatus;
import org.iom.americas.projects.ReportDue;
import org.iom.americas.responses.HumanitarianResponses;
import org.iom.americas.web.i18n.Messages;

/**
 * The home page: a dashboard per role, from figures each module counts itself. Coordinators and administrators see
 * the region (open requests by urgency and service level, active projects and open responses by country and IOM
 * area, funding committed and disbursed); a liaison sees its government's requests and the projects in its
 * country; an agency its projects, the reports it owes and the overlaps found with other partners' work. Every
 * chart has its numbers in a table beside it, which is what screen readers and a slow connection get.
 */
@Named
@RequestScoped
public class DashboardBacking {

    static final int LIST_SIZE = 10;
    private static final List<String> SERVICE_LEVELS = List.of("ON_TIME", "DUE_SOON", "OVERDUE");

    @Inject
    Accounts accounts;

    @Inject
    AssistanceRequests requests;

    @Inject
    JointProjects projects;

    @Inject
    ActivityReports reports;

    @Inject
    HumanitarianResponses responses;

    @Inject
    ReferenceCatalog reference;

    @Inject
    LanguageBacking language;

    @Inject
    SecurityContext security;

    @Inject
    DashboardFigures kept;

    private AccountView me;
    private ProjectFigures projectFigures;
    private List<RequestTally> requestTallies;
    private List<UrgencyRow> requestRows;
    private List<CountryFigures> countries;
    private List<JointProjectView> ourProjects;

    /** One row of the table beside the map. */
    public record CountryFigures(String code, String name, long activeProjects, long openResponses) {
    }

    /** One row of the request table: an urgency and its open requests per service level, in that order. */
    public record UrgencyRow(Urgency urgency, String name, List<Long> counts) {
    }

    /** A named count, for the IOM area table. */
    public record NamedCount(String code, String name, long count) {
    }

    /** An overlap found between one of the agency's projects and another partner's. */
    public record OverlapRow(JointProjectView ours, ProjectOverlap theirs) {

        public String places() {
            return String.join(", ", theirs.sharedPlaces());
        }
    }

    public boolean isRegional() {
        return security.isCallerInRole(Role.ADMIN.name()) || security.isCallerInRole(Role.COORDINATOR.name());
    }

    public boolean isLiaison() {
        return security.isCallerInRole(Role.LIAISON.name());
    }

    public boolean isAgency() {
        return security.isCallerInRole(Role.AGENCY.name());
    }

    public AccountView getMe() {
        if (me == null) {
            me = accounts.me();
        }
        return me;
    }

    public List<String> getServiceLevels() {
        return SERVICE_LEVELS;
    }

    public List<UrgencyRow> getRequestRows() {
        if (requestRows == null) {
            Map<Urgency, Map<String, Long>> counts = requestTallies().stream().collect(Collectors.groupingBy(
                    RequestTally::urgency, TreeMap::new,
                    Collectors.toMap(RequestTally::serviceLevel, RequestTally::count)));
            requestRows = new ArrayList<>();
            for (Urgency urgency : List.of(Urgency.EMERGENCY, Urgency.PRIORITY, Urgency.ROUTINE)) {
                Map<String, Long> of = counts.getOrDefault(urgency, Map.of());
                requestRows.add(new UrgencyRow(urgency, text("request.urgency." + urgency),
                        SERVICE_LEVELS.stream().map(level -> of.getOrDefault(level, 0L)).toList()));
            }
        }
        return requestRows;
    }

    public long getOpenRequests() {
        return requestTallies().stream().mapToLong(RequestTally::count).sum();
    }

    /** The request chart: a bar per urgency, stacked by service level. */
    public String getRequestChart() {
        JsonArrayBuilder labels = SharedJson.arrayBuilder();
        getRequestRows().forEach(row -> labels.add(row.name()));
        JsonArrayBuilder datasets = SharedJson.arrayBuilder();
        for (int level = 0; level < SERVICE_LEVELS.size(); level++) {
            JsonArrayBuilder data = SharedJson.arrayBuilder();
            for (UrgencyRow row : getRequestRows()) {
                data.add(row.counts().get(level));
            }
            datasets.add(SharedJson.objectBuilder().add("label", text("request.sla." + SERVICE_LEVELS.get(level)))
                    .add("key", SERVICE_LEVELS.get(level)).add("data", data));
        }
        return SharedJson.objectBuilder().add("type", "bar").add("stacked", true).add("labels", labels)
                .add("datasets", datasets).build().toString();
    }

    public ProjectFigures getProjectFigures() {
        if (projectFigures == null) {
            projectFigures = kept.get("projects:" + scopeCountry() + ":" + scopeAgency(),
                    () -> projects.figures(scopeCountry(), scopeAgency()));
        }
        return projectFigures;
    }

    public List<NamedCount> getAreas() {
        Map<String, String> names = reference.iomAreas(locale()).stream()
                .collect(Collectors.toMap(i -> i.code(), i -> i.name()));
        return getProjectFigures().activeByArea().stream()
                .map(t -> new NamedCount(t.key(), names.getOrDefault(t.key(), t.key()), t.count())).toList();
    }

    public String getAreaChart() {
        JsonArrayBuilder labels = SharedJson.arrayBuilder();
        JsonArrayBuilder data = SharedJson.arrayBuilder();
        getAreas().forEach(area -> {
            labels.add(area.name());
            data.add(area.count());
        });
        return SharedJson.objectBuilder().add("type", "bar").add("horizontal", true).add("labels", labels)
                .add("datasets", SharedJson.arrayBuilder().add(SharedJson.objectBuilder()
                        .add("label", text("dashboard.projects.active")).add("key", "ACTIVE").add("data", data)))
                .build().toString();
    }

    /** The share of committed funding already disbursed, in whole percent; {@code null} when nothing is committed. */
    public Integer getDisbursedPercent() {
        BigDecimal committed = new BigDecimal(getProjectFigures().committedUsd().amount());
        if (committed.signum() == 0) {
            return null;
        }
        return new BigDecimal(getProjectFigures().disbursedUsd().amount()).multiply(BigDecimal.valueOf(100))
                .divide(committed, 0, RoundingMode.HALF_EVEN).intValue();
    }

    /** Currencies left out of the totals for want of a rate, to say so under them. */
    public String getUnconverted() {
        return String.join(", ", getProjectFigures().unconverted());
    }

    /** Active projects and open responses per country, for the table and the map. */
    public List<CountryFigures> getCountries() {
        if (countries == null) {
            Map<String, Long> active = byKey(getProjectFigures().activeByCountry());
            String only = scopeCountry();
            Map<String, Long> open = byKey(scopeAgency() != null ? List.of()
                    : kept.get("responses", responses::openByCountry).stream()
                    .filter(t -> only == null || only.equals(t.key())).toList());
            countries = reference.countries(locale()).stream()
                    .filter(c -> active.containsKey(c.alpha2()) || open.containsKey(c.alpha2()))
                    .map(c -> new CountryFigures(c.alpha2(), c.name(), active.getOrDefault(c.alpha2(), 0L),
                            open.getOrDefault(c.alpha2(), 0L))).toList();
        }
        return countries;
    }

    /** What the map draws, as JSON in a data attribute (the page has no inline script). */
    public String getMapFigures() {
        JsonArrayBuilder figures = SharedJson.arrayBuilder();
        for (CountryFigures country : getCountries()) {
            figures.add(SharedJson.objectBuilder().add("code", country.code()).add("name", country.name())
                    .add("projects", country.activeProjects()).add("responses", country.openResponses()));
        }
        JsonObjectBuilder labels = SharedJson.objectBuilder().add("projects", text("dashboard.map.projects"))
                .add("responses", text("dashboard.map.responses"));
        return SharedJson.objectBuilder().add("countries", figures).add("labels", labels).build().toString();
    }

    /** A liaison's government's latest requests. */
    public List<AssistanceRequestView> getOurRequests() {
        return requests.list(new RequestFilter(null, null, null, false, false), PageRequest.first(LIST_SIZE)).items();
    }

    /** The projects in the liaison's country, or the agency's own. */
    public List<JointProjectView> getOurProjects() {
        if (ourProjects == null) {
            ourProjects = projects.list(new ProjectFilter(scopeCountry(), null, null, scopeAgency(), null, null),
                    PageRequest.first(LIST_SIZE)).items();
        }
        return ourProjects;
    }

    public List<ReportDue> getReportsDue() {
        return scopeAgency() == null ? List.of() : reports.dueFrom(scopeAgency(), LocalDate.now(ZoneOffset.UTC));
    }

    /** Other partners' work that overlaps the agency's running projects, so they can talk before they duplicate. */
    public List<OverlapRow> getOverlaps() {
        List<OverlapRow> rows = new ArrayList<>();
        for (JointProjectView ours : getOurProjects()) {
            if (ProjectStatus.running().contains(ours.status())) {
                projects.overlapsOf(ours.id()).forEach(theirs -> rows.add(new OverlapRow(ours, theirs)));
            }
        }
        return rows;
    }

    private List<RequestTally> requestTallies() {
        if (requestTallies == null) {
            // a liaison's figures are its government's, the same for every liaison of it; IOM's are the region's
            requestTallies = isAgency() ? List.of() : kept.get("requests:" + (isLiaison()
                    ? "government:" + getMe().organisationId() : "iom"), requests::openFigures);
        }
        return requestTallies;
    }

    private String scopeCountry() {
        return isLiaison() ? getMe().country() : null;
    }

    private Long scopeAgency() {
        return isAgency() ? getMe().organisationId() : null;
    }

    private static Map<String, Long> byKey(List<Tally> tallies) {
        return tallies.stream().collect(Collectors.toMap(Tally::key, Tally::count));
    }

    private Locale locale() {
        return language.getLocale();
    }

    private String text(String key) {
        return Messages.text(locale(), key);
    }
}
