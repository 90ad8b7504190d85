package org.iom.americas.projects;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.TypedQuery;
import jakarta.security.enterprise.SecurityContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.iom.americas.kernel.error.DuplicateRecordException;
import org.iom.americas.kernel.error.IllegalTransitionException;
import org.iom.americas.kernel.error.InvalidInputException;
import org.iom.americas.kernel.error.RecordNotFoundException;
import org.iom.americas.kernel.error.StaleVersionException;
import org.iom.americas.kernel.figures.Tally;
import org.iom.americas.kernel.money.Money;
import org.iom.americas.kernel.paging.KeysetCursor;
import org.iom.americas.kernel.paging.Page;
import org.iom.americas.kernel.paging.PageRequest;
import org.iom.americas.kernel.persistence.ConstraintViolations;
import org.iom.americas.kernel.persistence.TextSearch;
import org.iom.americas.kernel.reference.AdminArea;
import org.iom.americas.kernel.reference.Country;
import org.iom.americas.kernel.reference.GlobalCompactObjective;
import org.iom.americas.kernel.reference.IomArea;
import org.iom.americas.kernel.reference.Place;
import org.iom.americas.kernel.security.Caller;
import org.iom.americas.kernel.security.Role;
import org.iom.americas.kernel.security.Roles;
import org.iom.americas.partners.AssistanceRequestView;
import org.iom.americas.partners.AssistanceRequests;
import org.iom.americas.partners.CooperationAgreements;
import org.iom.americas.partners.PartnerAgencies;
import org.iom.americas.partners.PartnerGovernments;
import org.iom.americas.partners.RequestStatus;
import org.iom.americas.projects.control.ProjectListQuery;
import org.iom.americas.projects.control.UsdConversion;
import org.iom.americas.projects.entity.JointProject;
import org.iom.americas.projects.entity.ProjectFunding;
import org.iom.americas.projects.entity.ProjectParticipant;

/**
 * The joint projects that partners run together. Everyone signed in reads them; IOM's coordinators (and
 * administrators) plan and run any project, a partner agency the projects it leads. Partners and funders are
 * named by the partners module's ids and checked through its boundary.
 */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.AGENCY, Roles.LIAISON})
public class JointProjects {

    static final String RECORD_TYPE = "JointProject";

    @PersistenceContext(unitName = "coordination")
    EntityManager em;

    @Inject
    SecurityContext security;

    @EJB
    PartnerAgencies agencies;

    @EJB
    PartnerGovernments governments;

    @EJB
    AssistanceRequests requests;

    @EJB
    CooperationAgreements agreements;

    /** A new project in the pipeline, coded after its first country and its start year: PA-2026-014. */
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.AGENCY})
    public JointProjectView plan(@Valid @NotNull ProjectPlan plan) {
        return view(create(plan, null));
    }

    /**
     * Answers an accepted request with a new project in the pipeline, and links both ways: the project names the
     * request it answers, the request the project (through the partners module's boundary).
     */
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
    public JointProjectView answer(long requestId, @Valid @NotNull ProjectPlan plan) {
        AssistanceRequestView request = requests.find(requestId);
        if (request.status() != RequestStatus.ACCEPTED || request.jointProjectId() != null) {
            throw new IllegalTransitionException("AssistanceRequest", requestId, "answer-with-project",
                    request.status().name(), List.of());
        }
        JointProject project = create(plan, requestId);
        requests.answeredBy(requestId, project.id());
        return view(project);
    }

    private JointProject create(ProjectPlan plan, Long requestId) {
        Caller caller = Caller.of(security);
        if (caller.role() == Role.AGENCY && !caller.organisationId().equals(plan.leadAgencyId())) {
            // an agency plans the projects it leads, and no others
            throw new InvalidInputException("leadAgencyId", "validation.project.leadIsYou");
        }
        String first = new TreeSet<>(plan.countries()).first();
        String prefix = first + "-" + plan.startDate().getYear() + "-";
        String last = em.createNamedQuery("JointProject.lastCodeLike", String.class).setParameter("prefix", prefix + "%")
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getSingleResult();
        int next = last == null ? 1 : Integer.parseInt(last.substring(prefix.length())) + 1;
        JointProject project = new JointProject(prefix + String.format(Locale.ROOT, "%03d", next), requestId);
        describe(project, plan);
        em.persist(project);
        em.flush();
        if (plan.leadAgencyId() != null) {
            em.persist(new ProjectParticipant(project.id(), plan.leadAgencyId(), null, ParticipantRole.LEAD));
            em.flush();
        }
        return project;
    }

    public JointProjectView find(long id) {
        return view(load(id));
    }

    /** The project with this code, if there is one: how an import recognises a project it has seen before. */
    public Optional<JointProjectView> withCode(@NotNull String code) {
        return em.createNamedQuery("JointProject.findByCode", JointProject.class).setParameter("code", code.strip())
                .getResultStream().findFirst().map(this::view);
    }

    /** The project a lead agency planned under this title to start on this day, if any (an import's natural key). */
    public Optional<JointProjectView> plannedBy(long leadAgencyId, @NotNull String title, @NotNull LocalDate start) {
        return em.createNamedQuery("JointProject.findByLeadTitleAndStart", JointProject.class)
                .setParameter("lead", leadAgencyId).setParameter("title", title.strip()).setParameter("start", start)
                .getResultStream().findFirst().map(this::view);
    }

    public Page<JointProjectView> list(@NotNull ProjectFilter filter, @NotNull PageRequest page) {
        List<JointProject> rows = ProjectListQuery.fetch(em, filter, page);
        Map<Long, JointProjectView> shown = views(rows.subList(0, Math.min(rows.size(), page.limit())));
        return Page.fromOverfetch(rows, page.limit(), p -> shown.get(p.id()), p -> KeysetCursor.of(p.id()));
    }

    public JointProjectView revise(long id, @Valid @NotNull ProjectPlan revision) {
        JointProject project = editable(id);
        if (revision.version() == null) {
            throw new InvalidInputException("version", "validation.versionRequired");
        }
        if (project.version() != revision.version()) {
            throw new StaleVersionException(RECORD_TYPE, id, revision.version(), project.version());
        }
        if (Caller.of(security).role() == Role.AGENCY
                && !java.util.Objects.equals(project.leadAgencyId(), revision.leadAgencyId())) {
            throw new InvalidInputException("leadAgencyId", "validation.project.leadIsYou");
        }
        describe(project, revision);
        flush(project, revision.version());
        return view(project);
    }

    public JointProjectView act(long id, @NotNull ProjectAction action) {
        JointProject project = editable(id);
        if (!action.isAllowedFrom(project.status())) {
            throw new IllegalTransitionException(RECORD_TYPE, id, action.path(), project.status().name(),
                    ProjectAction.allowed(project.status()));
        }
        long read = project.version();
        project.moveTo(action.target());
        flush(project, read);
        return view(project);
    }

    public ParticipantView join(long id, @Valid @NotNull NewParticipant participant) {
        JointProject project = editable(id);
        boolean agency = participant.agencyId() != null;
        if (agency == (participant.governmentId() != null)) {
            throw new InvalidInputException("agencyId", "validation.participant.oneParty");
        }
        if (agency) {
            requireAgency("agencyId", participant.agencyId());
        } else {
            try {
                governments.find(participant.governmentId(), Locale.ENGLISH);
            } catch (RecordNotFoundException unknown) {
                throw new InvalidInputException("governmentId", "validation.account.governmentUnknown");
            }
        }
        if ((participant.role() == ParticipantRole.GOVERNMENT_COUNTERPART) == agency) {
            throw new InvalidInputException("role", "validation.participant.role");
        }
        boolean already = em.createNamedQuery("ProjectParticipant.findByProject", ProjectParticipant.class)
                .setParameter("project", id).getResultStream().anyMatch(p -> p.role() == participant.role()
                        && java.util.Objects.equals(p.agencyId(), participant.agencyId())
                        && java.util.Objects.equals(p.governmentId(), participant.governmentId()));
        if (already) {
            throw new DuplicateRecordException("role", "validation.participant.duplicate");
        }
        ProjectParticipant joined = new ProjectParticipant(project.id(), participant.agencyId(),
                participant.governmentId(), participant.role());
        em.persist(joined);
        em.flush();
        return view(joined);
    }

    public void leave(long id, long participantId) {
        editable(id);
        ProjectParticipant participant = em.find(ProjectParticipant.class, participantId);
        if (participant == null || participant.projectId() != id) {
            throw new RecordNotFoundException("ProjectParticipant", participantId);
        }
        em.remove(participant);
        em.flush();
    }

    /** Records a donor's commitment and disbursement in one currency; a second line for it replaces the first. */
    public JointProjectView fund(long id, @Valid @NotNull FundingLine line) {
        JointProject project = editable(id);
        requireAgency("donorAgencyId", line.donorAgencyId());
        if (!new Money(line.committed(), line.currency()).isKnownCurrency()) {
            throw new InvalidInputException("currency", "validation.currencyUnknown", line.currency());
        }
        BigDecimal committed = new BigDecimal(line.committed());
        BigDecimal disbursed = new BigDecimal(line.disbursed());
        if (disbursed.compareTo(committed) > 0) {
            throw new InvalidInputException("disbursed", "validation.funding.overDisbursed");
        }
        ProjectFunding funding = em.createNamedQuery("ProjectFunding.findByProject", ProjectFunding.class)
                .setParameter("project", id).getResultStream()
                .filter(f -> f.donorAgencyId() == line.donorAgencyId() && f.currency().equals(line.currency()))
                .findFirst().orElse(null);
        if (funding == null) {
            funding = new ProjectFunding(project.id(), line.donorAgencyId(), line.currency());
            funding.amounts(committed, disbursed);
            em.persist(funding);
        } else {
            funding.amounts(committed, disbursed);
        }
        try {
            em.flush();
        } catch (PersistenceException refused) {
            if (ConstraintViolations.isDuplicateKey(refused)) {
                throw new StaleVersionException(RECORD_TYPE, id, project.version(), project.version() + 1);
            }
            throw refused;
        }
        return view(project);
    }

    /**
     * Other partners' running projects in the same IOM area, in the same places (the same admin-1 area, or the
     * same country where either names none) and at the same time: the partners should talk before they duplicate.
     */
    public List<ProjectOverlap> overlapsWith(@Valid @NotNull ProjectPlan plan, Long exceptProjectId) {
        List<ProjectOverlap> overlaps = new ArrayList<>();
        List<AdminArea> places = locations(plan);
        for (JointProject other : em.createNamedQuery("JointProject.findOverlapCandidates", JointProject.class)
                .setParameter("project", exceptProjectId == null ? -1L : exceptProjectId)
                .setParameter("statuses", ProjectStatus.running())
                .setParameter("countries", plan.countries())
                .setParameter("areas", plan.iomAreas()).getResultList()) {
            if (plan.leadAgencyId() != null && plan.leadAgencyId().equals(other.leadAgencyId())
                    || !other.overlaps(plan.startDate(), plan.endDate())) {
                continue;
            }
            List<String> sharedPlaces = sharedPlaces(plan, places, other);
            if (!sharedPlaces.isEmpty()) {
                List<String> sharedAreas = other.iomAreas().stream().filter(plan.iomAreas()::contains).toList();
                overlaps.add(new ProjectOverlap(other.id(), other.code(), other.title(), other.leadAgencyId(),
                        other.status(), other.startDate(), other.endDate(), sharedAreas, sharedPlaces));
            }
        }
        return overlaps;
    }

    public List<ProjectOverlap> overlapsOf(long id) {
        JointProject project = load(id);
        return overlapsWith(planOf(project), id);
    }

    /**
     * Records that a project is carried out under a cooperation agreement (checked through the partners module's
     * boundary: it must exist and the caller must be allowed to read it), or, with {@code null}, under none.
     */
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
    public JointProjectView placeUnder(long id, Long agreementId) {
        JointProject project = load(id);
        if (agreementId != null) {
            try {
                agreements.find(agreementId);
            } catch (RecordNotFoundException unknown) {
                throw new InvalidInputException("agreementId", "validation.project.agreementUnknown");
            }
        }
        long read = project.version();
        project.carriedOutUnder(agreementId);
        flush(project, read);
        return view(project);
    }

    /** The projects carried out under an agreement (for the agreement's page and API). */
    public List<JointProjectView> underAgreement(long agreementId) {
        return em.createNamedQuery("JointProject.findByAgreement", JointProject.class)
                .setParameter("agreement", agreementId).setMaxResults(500).getResultStream().map(this::view).toList();
    }

    /** The projects that belong to a humanitarian response (for the responses module). */
    public List<JointProjectView> ofResponse(long responseId) {
        return em.createNamedQuery("JointProject.findByResponse", JointProject.class)
                .setParameter("response", responseId).setMaxResults(500).getResultStream().map(this::view).toList();
    }

    /** How many projects are still running (pipeline, active or suspended) in a country. */
    public long countRunningIn(@NotNull @Pattern(regexp = "[A-Z]{2}") String country) {
        return em.createNamedQuery("JointProject.countRunningInCountry", Long.class)
                .setParameter("country", country)
                .setParameter("statuses", ProjectStatus.running())
                .getSingleResult();
    }

    /** Projects whose code or title contains the text, newest first: the global search's share. */
    public List<JointProjectView> search(@NotBlank @Size(max = 100) String text, @Min(1) @Max(50) int limit) {
        return em.createQuery("SELECT p FROM JointProject p WHERE LOWER(p.code) LIKE :q ESCAPE '!' "
                        + "OR LOWER(p.title) LIKE :q ESCAPE '!' ORDER BY p.id DESC", JointProject.class)
                .setParameter("q", TextSearch.containing(text)).setMaxResults(limit).getResultStream()
                .map(this::view).toList();
    }

    /**
     * The dashboard's figures of the projects in a country, or of one agency's projects (led or joined), or of
     * all when both are {@code null}. Counted in the database, a few grouped queries whatever the number of projects.
     */
    public ProjectFigures figures(@Pattern(regexp = "[A-Z]{2}") String country, Long agencyId) {
        String scope = (country == null ? "" : " AND :country MEMBER OF p.countries")
                + (agencyId == null ? "" : " AND (p.leadAgencyId = :agency OR p.id IN "
                + "(SELECT pp.projectId FROM ProjectParticipant pp WHERE pp.agencyId = :agency))");
        List<Tally> byCountry = tallies("SELECT c, COUNT(DISTINCT p.id) FROM JointProject p JOIN p.countries c "
                + "WHERE p.status = :active" + scope + " GROUP BY c ORDER BY c", country, agencyId);
        List<Tally> byArea = tallies("SELECT a, COUNT(DISTINCT p.id) FROM JointProject p JOIN p.iomAreas a "
                + "WHERE p.status = :active" + scope + " GROUP BY a ORDER BY a", country, agencyId);
        TypedQuery<Object[]> sums = em.createQuery("SELECT f.currency, SUM(f.committed), SUM(f.disbursed) "
                + "FROM ProjectFunding f WHERE f.projectId IN (SELECT p.id FROM JointProject p "
                + "WHERE p.status <> :cancelled" + scope + ") GROUP BY f.currency ORDER BY f.currency", Object[].class)
                .setParameter("cancelled", ProjectStatus.CANCELLED);
        bindScope(sums, country, agencyId);
        UsdConversion usd = new UsdConversion(em, LocalDate.now(ZoneOffset.UTC));
        BigDecimal committed = BigDecimal.ZERO;
        BigDecimal disbursed = BigDecimal.ZERO;
        List<String> unconverted = new ArrayList<>();
        for (Object[] row : sums.getResultList()) {
            String currency = (String) row[0];
            Optional<BigDecimal> committedUsd = usd.exact((BigDecimal) row[1], currency);
            if (committedUsd.isEmpty()) {
                unconverted.add(currency);
                continue;
            }
            committed = committed.add(committedUsd.get());
            disbursed = disbursed.add(usd.exact((BigDecimal) row[2], currency).orElseThrow());
        }
        return new ProjectFigures(byCountry, byArea, Money.of(UsdConversion.toCents(committed), "USD"),
                Money.of(UsdConversion.toCents(disbursed), "USD"), List.copyOf(unconverted));
    }

    private List<Tally> tallies(String jpql, String country, Long agencyId) {
        TypedQuery<Object[]> query = em.createQuery(jpql, Object[].class).setParameter("active", ProjectStatus.ACTIVE);
        bindScope(query, country, agencyId);
        return query.getResultStream().map(Tally::of).toList();
    }

    private static void bindScope(TypedQuery<?> query, String country, Long agencyId) {
        if (country != null) {
            query.setParameter("country", country);
        }
        if (agencyId != null) {
            query.setParameter("agency", agencyId);
        }
    }

    private static List<String> sharedPlaces(ProjectPlan plan, List<AdminArea> places, JointProject other) {
        List<String> shared = new ArrayList<>();
        for (String country : plan.countries()) {
            if (!other.countries().contains(country)) {
                continue;
            }
            List<AdminArea> mine = places.stream().filter(l -> l.country().equals(country)).toList();
            List<AdminArea> theirs = other.locations().stream().filter(l -> l.country().equals(country))
                    .toList();
            if (mine.isEmpty() || theirs.isEmpty()) {
                shared.add(country);
            } else {
                mine.stream().filter(l -> theirs.stream().anyMatch(l::sameAreaAs))
                        .forEach(l -> shared.add(country + ":" + l.admin1()));
            }
        }
        return shared;
    }

    private void describe(JointProject project, ProjectPlan plan) {
        if (plan.endDate() != null && plan.endDate().isBefore(plan.startDate())) {
            throw new InvalidInputException("endDate", "validation.period");
        }
        for (String country : plan.countries()) {
            if (em.find(Country.class, country) == null) {
                throw new InvalidInputException("countries", "validation.countryUnknown", country);
            }
        }
        for (String area : plan.iomAreas()) {
            if (em.find(IomArea.class, area) == null) {
                throw new InvalidInputException("iomAreas", "validation.iomAreaUnknown", area);
            }
        }
        Set<Integer> objectives = plan.objectives() == null ? Set.of() : new TreeSet<>(plan.objectives());
        for (Integer objective : objectives) {
            if (em.find(GlobalCompactObjective.class, objective) == null) {
                throw new InvalidInputException("objectives", "validation.objectiveUnknown", objective);
            }
        }
        List<AdminArea> places = locations(plan);
        for (AdminArea place : places) {
            if (!plan.countries().contains(place.country())) {
                throw new InvalidInputException("locations", "validation.project.locationCountry", place.admin1(),
                        place.country());
            }
        }
        if (plan.leadAgencyId() != null) {
            requireAgency("leadAgencyId", plan.leadAgencyId());
        }
        project.plan(plan.title(), plan.summary(), new TreeSet<>(plan.countries()), new TreeSet<>(places),
                new TreeSet<>(plan.iomAreas()), objectives, plan.startDate(), plan.endDate(), plan.leadAgencyId(),
                plan.humanitarianResponseId());
    }

    /** An agency the partners module knows; an unknown id is the caller's mistake in that field. */
    private void requireAgency(String field, long agencyId) {
        try {
            agencies.find(agencyId);
        } catch (RecordNotFoundException unknown) {
            throw new InvalidInputException(field, "validation.account.agencyUnknown");
        }
    }

    private static List<AdminArea> locations(ProjectPlan plan) {
        return plan.locations() == null ? List.of() : plan.locations().stream()
                .map(Place::toArea).toList();
    }

    private static ProjectPlan planOf(JointProject p) {
        return new ProjectPlan(p.title(), p.summary(), new TreeSet<>(p.countries()), p.locations().stream()
                .map(Place::of).toList(),
                new TreeSet<>(p.iomAreas()), new TreeSet<>(p.objectives()), p.startDate(), p.endDate(),
                p.leadAgencyId(), p.humanitarianResponseId(), p.version());
    }

    private void flush(JointProject project, long versionRead) {
        try {
            em.flush();
        } catch (OptimisticLockException changedMeanwhile) {
            throw new StaleVersionException(RECORD_TYPE, project.id(), versionRead, versionRead + 1);
        }
    }

    private JointProject load(long id) {
        return Optional.ofNullable(em.find(JointProject.class, id))
                .orElseThrow(() -> new RecordNotFoundException(RECORD_TYPE, id));
    }

    /** The project, if the caller may change it: IOM any, an agency the ones it leads; others are refused. */
    private JointProject editable(long id) {
        JointProject project = load(id);
        if (!mayEdit(project, Caller.of(security))) {
            throw new jakarta.ejb.EJBAccessException("only IOM and the lead agency change a project");
        }
        return project;
    }

    private static boolean mayEdit(JointProject project, Caller caller) {
        return caller.isIom() && (caller.role() == Role.ADMIN || caller.role() == Role.COORDINATOR)
                || caller.role() == Role.AGENCY && project.leadAgencyId() != null
                && project.leadAgencyId().equals(caller.organisationId());
    }

    private JointProjectView view(JointProject p) {
        return views(List.of(p)).get(p.id());
    }

    /**
     * The views of several projects at once: their funding and partners in one query each, whatever their number,
     * and their places, areas and objectives batch-fetched (see the entity), so a page of 200 costs what a page of
     * 10 does.
     */
    private Map<Long, JointProjectView> views(List<JointProject> projects) {
        Map<Long, JointProjectView> views = new LinkedHashMap<>();
        if (projects.isEmpty()) {
            return views;
        }
        List<Long> ids = projects.stream().map(JointProject::id).toList();
        Map<Long, List<ProjectFunding>> fundingOf = em.createNamedQuery("ProjectFunding.findByProjects",
                        ProjectFunding.class).setParameter("projects", ids).getResultStream()
                .collect(Collectors.groupingBy(ProjectFunding::projectId));
        Map<Long, List<ParticipantView>> participantsOf = em.createNamedQuery("ProjectParticipant.findByProjects",
                        ProjectParticipant.class).setParameter("projects", ids).getResultStream()
                .collect(Collectors.groupingBy(ProjectParticipant::projectId,
                        Collectors.mapping(JointProjects::view, Collectors.toList())));
        Caller caller = Caller.of(security);
        UsdConversion usd = new UsdConversion(em, LocalDate.now(ZoneOffset.UTC)).prefetch(fundingOf.values().stream()
                .flatMap(List::stream).map(ProjectFunding::currency).toList());
        for (JointProject p : projects) {
            BigDecimal committed = BigDecimal.ZERO;
            BigDecimal disbursed = BigDecimal.ZERO;
            Set<String> unconverted = new TreeSet<>();
            List<FundingView> funding = new ArrayList<>();
            for (ProjectFunding f : fundingOf.getOrDefault(p.id(), List.of())) {
                Optional<BigDecimal> committedUsd = usd.exact(f.committed(), f.currency());
                Optional<BigDecimal> disbursedUsd = usd.exact(f.disbursed(), f.currency());
                if (committedUsd.isEmpty()) {
                    unconverted.add(f.currency());
                } else {
                    committed = committed.add(committedUsd.get());
                    disbursed = disbursed.add(disbursedUsd.orElseThrow());
                }
                funding.add(new FundingView(f.id(), f.donorAgencyId(), Money.of(f.committed(), f.currency()),
                        Money.of(f.disbursed(), f.currency()),
                        committedUsd.map(v -> Money.of(UsdConversion.toCents(v), "USD")).orElse(null),
                        disbursedUsd.map(v -> Money.of(UsdConversion.toCents(v), "USD")).orElse(null)));
            }
            boolean editable = mayEdit(p, caller);
            views.put(p.id(), new JointProjectView(p.id(), p.code(), p.title(), p.summary(), p.status(),
                    p.startDate(), p.endDate(), p.countries(), p.locations().stream().map(Place::of).toList(),
                    p.iomAreas(), p.objectives(), p.leadAgencyId(), p.originRequestId(), p.humanitarianResponseId(),
                    p.agreementId(), participantsOf.getOrDefault(p.id(), List.of()), funding,
                    new FundingTotals(Money.of(UsdConversion.toCents(committed), "USD"),
                            Money.of(UsdConversion.toCents(disbursed), "USD"), List.copyOf(unconverted)), editable,
                    editable ? ProjectAction.allowed(p.status()) : List.of(), p.version(), p.createdAt(),
                    p.updatedAt()));
        }
        return views;
    }

    private static ParticipantView view(ProjectParticipant p) {
        return new ParticipantView(p.id(), p.agencyId(), p.governmentId(), p.role());
    }
}
