package org.iom.americas.responses;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.security.enterprise.SecurityContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.iom.americas.kernel.error.DuplicateRecordException;
import org.iom.americas.kernel.error.IllegalTransitionException;
import org.iom.americas.kernel.error.InvalidInputException;
import org.iom.americas.kernel.error.RecordNotFoundException;
import org.iom.americas.kernel.error.StaleVersionException;
import org.iom.americas.kernel.figures.Tally;
import org.iom.americas.kernel.paging.KeysetCursor;
import org.iom.americas.kernel.paging.Page;
import org.iom.americas.kernel.paging.PageRequest;
import org.iom.americas.kernel.persistence.ConstraintViolations;
import org.iom.americas.kernel.persistence.TextSearch;
import org.iom.americas.kernel.reference.AdminArea;
import org.iom.americas.kernel.reference.Country;
import org.iom.americas.kernel.reference.IomArea;
import org.iom.americas.kernel.reference.Place;
import org.iom.americas.kernel.security.Caller;
import org.iom.americas.kernel.security.Role;
import org.iom.americas.kernel.security.Roles;
import org.iom.americas.partners.Accounts;
import org.iom.americas.partners.AssistanceRequests;
import org.iom.americas.partners.PartnerAgencies;
import org.iom.americas.projects.JointProjectView;
import org.iom.americas.projects.JointProjects;
import org.iom.americas.responses.entity.HumanitarianResponse;
import org.iom.americas.responses.entity.ResponseFigure;
import org.iom.americas.responses.entity.ResponsePartner;
import org.iom.americas.responses.entity.ResponseRequest;
import org.iom.americas.responses.entity.SituationUpdate;

/**
 * The humanitarian responses IOM coordinates. Partners and governments read them; IOM's coordinators (and
 * administrators) open and run them: phases, figures (corrected, never overwritten), partners, situation updates
 * and the requests that relate. Projects belong to a response through the projects module.
 */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.AGENCY, Roles.LIAISON})
public class HumanitarianResponses {

    static final String RECORD_TYPE = "HumanitarianResponse";

    @PersistenceContext(unitName = "coordination")
    EntityManager em;

    @Inject
    SecurityContext security;

    @EJB
    PartnerAgencies agencies;

    @EJB
    AssistanceRequests requests;

    @EJB
    JointProjects projects;

    @EJB
    Accounts accounts;

    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
    public HumanitarianResponseView open(@Valid @NotNull ResponseDetails details) {
        HumanitarianResponse response = new HumanitarianResponse(details.crisisType());
        describe(response, details);
        em.persist(response);
        em.flush();
        return view(response);
    }

    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
    public HumanitarianResponseView revise(long id, @Valid @NotNull ResponseDetails details) {
        HumanitarianResponse response = load(id);
        if (details.version() == null) {
            throw new InvalidInputException("version", "validation.versionRequired");
        }
        if (response.version() != details.version()) {
            throw new StaleVersionException(RECORD_TYPE, id, details.version(), response.version());
        }
        describe(response, details);
        flush(response, details.version());
        return view(response);
    }

    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
    public HumanitarianResponseView act(long id, @NotNull ResponseAction action) {
        HumanitarianResponse response = load(id);
        if (!action.isAllowedFrom(response.phase())) {
            throw new IllegalTransitionException(RECORD_TYPE, id, action.path(), response.phase().name(),
                    ResponseAction.allowed(response.phase()));
        }
        long read = response.version();
        response.moveTo(action.target());
        flush(response, read);
        return view(response);
    }

    public HumanitarianResponseView find(long id) {
        return view(load(id));
    }

    /** Responses whose name contains the text, newest first: the global search's share. */
    public List<HumanitarianResponseView> search(@NotBlank @Size(max = 100) String text, @Min(1) @Max(50) int limit) {
        return em.createQuery("SELECT r FROM HumanitarianResponse r WHERE LOWER(r.name) LIKE :q ESCAPE '!' "
                        + "ORDER BY r.id DESC", HumanitarianResponse.class)
                .setParameter("q", TextSearch.containing(text)).setMaxResults(limit).getResultStream()
                .map(this::view).toList();
    }

    /** Open responses (every phase but closed) per country they cover, for the dashboards' map. */
    public List<Tally> openByCountry() {
        return em.createQuery("SELECT c, COUNT(DISTINCT r.id) FROM HumanitarianResponse r JOIN r.countries c "
                        + "WHERE r.phase <> :closed GROUP BY c ORDER BY c", Object[].class)
                .setParameter("closed", ResponsePhase.CLOSED).getResultStream()
                .map(Tally::of).toList();
    }

    public Page<HumanitarianResponseView> list(ResponsePhase phase, String country, CrisisType crisisType,
                                               @NotNull PageRequest page) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<HumanitarianResponse> query = cb.createQuery(HumanitarianResponse.class);
        Root<HumanitarianResponse> response = query.from(HumanitarianResponse.class);
        List<Predicate> where = new ArrayList<>();
        if (phase != null) {
            where.add(cb.equal(response.get("phase"), phase));
        }
        if (crisisType != null) {
            where.add(cb.equal(response.get("crisisType"), crisisType));
        }
        if (country != null) {
            where.add(cb.isMember(country, response.<java.util.Collection<String>>get("countries")));
        }
        if (page.cursor() != null) {
            where.add(cb.lessThan(response.get("id"), KeysetCursor.decode(page.cursor(), 1).longPart(0)));
        }
        query.select(response).where(where.toArray(Predicate[]::new)).orderBy(cb.desc(response.get("id")));
        return Page.fromOverfetch(em.createQuery(query).setMaxResults(page.limit() + 1).getResultList(),
                page.limit(), this::view, r -> KeysetCursor.of(r.id()));
    }

    /** The figures over time, oldest first, corrected ones included and marked, so the history stays readable. */
    public List<FigureView> figures(long id) {
        load(id);
        List<ResponseFigure> all = em.createNamedQuery("ResponseFigure.findByResponse", ResponseFigure.class)
                .setParameter("response", id).getResultList();
        Map<Long, Long> correctedBy = new HashMap<>();
        all.stream().filter(f -> f.correctsId() != null).forEach(f -> correctedBy.put(f.correctsId(), f.id()));
        return all.stream().map(f -> view(f, correctedBy.get(f.id()))).toList();
    }

    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
    public FigureView record(long id, @Valid @NotNull NewFigure figure) {
        HumanitarianResponse response = load(id);
        if (figure.country() == null || !response.countries().contains(figure.country())) {
            throw new InvalidInputException("country", "validation.response.country",
                    String.valueOf(figure.country()));
        }
        if (figure.asOf() == null) {
            throw new InvalidInputException("asOf", "validation.response.asOf");
        }
        ResponseFigure recorded = new ResponseFigure(id, figure.country(), figure.admin1(), figure.asOf(),
                figure.displaced(), figure.inNeed(), figure.source(), Caller.of(security).username(), null, null);
        em.persist(recorded);
        em.flush();
        return view(recorded, null);
    }

    /**
     * Corrects a figure: a new figure for the same place and day replaces it in the totals, and both stay, with
     * who corrected it and why. A figure already corrected is corrected through its correction (409 otherwise).
     */
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
    public FigureView correct(long id, long figureId, @Valid @NotNull NewFigure correction) {
        load(id);
        ResponseFigure wrong = em.find(ResponseFigure.class, figureId);
        if (wrong == null || wrong.responseId() != id) {
            throw new RecordNotFoundException("ResponseFigure", figureId);
        }
        if (correction.reason() == null || correction.reason().isBlank()) {
            throw new InvalidInputException("reason", "validation.response.reason");
        }
        if (!em.createNamedQuery("ResponseFigure.findCorrectionOf", ResponseFigure.class)
                .setParameter("figure", figureId).getResultList().isEmpty()) {
            throw new IllegalTransitionException("ResponseFigure", figureId, "correct", "CORRECTED", List.of());
        }
        ResponseFigure corrected = new ResponseFigure(id, wrong.country(), wrong.admin1(), wrong.asOf(),
                correction.displaced(), correction.inNeed(), correction.source(), Caller.of(security).username(),
                figureId, correction.reason());
        em.persist(corrected);
        try {
            em.flush();
        } catch (PersistenceException concurrentCorrection) {
            if (ConstraintViolations.isDuplicateKey(concurrentCorrection)) {
                throw new IllegalTransitionException("ResponseFigure", figureId, "correct", "CORRECTED", List.of());
            }
            throw concurrentCorrection;
        }
        return view(corrected, null);
    }

    public List<ResponsePartnerView> partners(long id) {
        load(id);
        return em.createNamedQuery("ResponsePartner.findByResponse", ResponsePartner.class)
                .setParameter("response", id).getResultStream()
                .map(p -> new ResponsePartnerView(p.id(), p.agencyId(), p.iomArea())).toList();
    }

    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
    public ResponsePartnerView engage(long id, @NotNull Long agencyId,
                                      @NotNull @Pattern(regexp = "[A-Z_]{1,32}") String iomArea) {
        load(id);
        try {
            agencies.find(agencyId);
        } catch (RecordNotFoundException unknown) {
            throw new InvalidInputException("agencyId", "validation.account.agencyUnknown");
        }
        if (em.find(IomArea.class, iomArea) == null) {
            throw new InvalidInputException("iomArea", "validation.iomAreaUnknown", iomArea);
        }
        if (partners(id).stream().anyMatch(p -> p.agencyId() == agencyId && p.iomArea().equals(iomArea))) {
            throw new DuplicateRecordException("iomArea", "validation.response.partnerDuplicate");
        }
        ResponsePartner partner = new ResponsePartner(id, agencyId, iomArea);
        em.persist(partner);
        em.flush();
        return new ResponsePartnerView(partner.id(), agencyId, iomArea);
    }

    public List<SituationUpdateView> updates(long id) {
        load(id);
        return em.createNamedQuery("SituationUpdate.findByResponse", SituationUpdate.class)
                .setParameter("response", id).getResultStream()
                .map(u -> new SituationUpdateView(u.id(), u.author(), u.title(), u.body(), u.createdAt())).toList();
    }

    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
    public SituationUpdateView publish(long id, @NotBlank @Size(max = 200) String title,
                                       @NotBlank @Size(max = 8000) String body) {
        load(id);
        SituationUpdate update = new SituationUpdate(id, Caller.of(security).username(), title, body);
        em.persist(update);
        em.flush();
        return new SituationUpdateView(update.id(), update.author(), update.title(), update.body(),
                update.createdAt());
    }

    /** The projects that belong to the response, through the projects module. */
    public List<JointProjectView> projects(long id) {
        load(id);
        return projects.ofResponse(id);
    }

    /** The ids of the requests that relate; each reader reads those their own rights allow. */
    public List<Long> requests(long id) {
        load(id);
        return em.createNamedQuery("ResponseRequest.findByResponse", ResponseRequest.class)
                .setParameter("response", id).getResultStream().map(ResponseRequest::requestId).toList();
    }

    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
    public List<Long> relate(long id, @NotNull Long requestId) {
        load(id);
        try {
            requests.find(requestId);
        } catch (RecordNotFoundException unknown) {
            throw new InvalidInputException("requestId", "validation.response.request");
        }
        if (requests(id).contains(requestId)) {
            throw new DuplicateRecordException("requestId", "validation.response.requestDuplicate");
        }
        em.persist(new ResponseRequest(id, requestId));
        em.flush();
        return requests(id);
    }

    /** How many responses that are not closed affect a country. */
    public long countOpenIn(@NotNull @Pattern(regexp = "[A-Z]{2}") String country) {
        return em.createNamedQuery("HumanitarianResponse.countOpenInCountry", Long.class)
                .setParameter("country", country)
                .setParameter("closed", ResponsePhase.CLOSED)
                .getSingleResult();
    }

    private void describe(HumanitarianResponse response, ResponseDetails details) {
        for (String country : details.countries()) {
            if (em.find(Country.class, country) == null) {
                throw new InvalidInputException("countries", "validation.countryUnknown", country);
            }
        }
        List<Place> places = details.locations() == null ? List.of() : details.locations();
        for (Place place : places) {
            if (!details.countries().contains(place.country())) {
                throw new InvalidInputException("locations", "validation.project.locationCountry", place.admin1(),
                        place.country());
            }
        }
        if (details.leadCoordinatorAccountId() != null && !accounts.isIom(details.leadCoordinatorAccountId())) {
            throw new InvalidInputException("leadCoordinatorAccountId", "validation.response.lead");
        }
        Set<AdminArea> areas = new TreeSet<>();
        places.forEach(place -> areas.add(place.toArea()));
        response.describe(details.name(), details.crisisType(), new HashSet<>(details.countries()), areas,
                details.startDate(), details.situationSummary(), details.leadCoordinatorAccountId());
    }

    private void flush(HumanitarianResponse response, long versionRead) {
        try {
            em.flush();
        } catch (OptimisticLockException changedMeanwhile) {
            throw new StaleVersionException(RECORD_TYPE, response.id(), versionRead, versionRead + 1);
        }
    }

    private HumanitarianResponse load(long id) {
        return Optional.ofNullable(em.find(HumanitarianResponse.class, id))
                .orElseThrow(() -> new RecordNotFoundException(RECORD_TYPE, id));
    }

    private HumanitarianResponseView view(HumanitarianResponse r) {
        long displaced = 0;
        long inNeed = 0;
        for (ResponseFigure latest : latestCurrentFigures(r.id())) {
            displaced += latest.displaced();
            inNeed += latest.inNeed();
        }
        Role role = Caller.of(security).role();
        boolean runs = role == Role.ADMIN || role == Role.COORDINATOR;
        return new HumanitarianResponseView(r.id(), r.name(), r.crisisType(), r.phase(), r.startDate(),
                r.countries(), r.locations().stream().map(Place::of).toList(), r.situationSummary(),
                r.leadCoordinatorAccountId(), displaced, inNeed, runs ? ResponseAction.allowed(r.phase()) : List.of(),
                r.version(), r.createdAt(), r.updatedAt());
    }

    /** Per place, the figure of the latest day that no correction replaced. */
    private List<ResponseFigure> latestCurrentFigures(long responseId) {
        List<ResponseFigure> all = em.createNamedQuery("ResponseFigure.findByResponse", ResponseFigure.class)
                .setParameter("response", responseId).getResultList();
        Set<Long> corrected = new HashSet<>();
        all.forEach(f -> {
            if (f.correctsId() != null) {
                corrected.add(f.correctsId());
            }
        });
        Map<String, ResponseFigure> latest = new HashMap<>();
        for (ResponseFigure f : all) {
            if (!corrected.contains(f.id())) {
                latest.merge(f.country() + "|" + f.admin1(), f,
                        (a, b) -> b.asOf().isAfter(a.asOf()) || b.asOf().equals(a.asOf()) && b.id() > a.id() ? b : a);
            }
        }
        return List.copyOf(latest.values());
    }

    private static FigureView view(ResponseFigure f, Long correctedBy) {
        return new FigureView(f.id(), f.country(), f.admin1(), f.asOf(), f.displaced(), f.inNeed(), f.source(),
                f.recordedBy(), f.createdAt(), f.correctsId(), f.correctionReason(), correctedBy,
                correctedBy == null);
    }
}
