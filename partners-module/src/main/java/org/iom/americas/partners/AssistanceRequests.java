package org.iom.americas.partners;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.security.enterprise.SecurityContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.iom.americas.kernel.document.CheckedFile;
import org.iom.americas.kernel.error.IllegalTransitionException;
import org.iom.americas.kernel.error.InvalidInputException;
import org.iom.americas.kernel.error.RecordNotFoundException;
import org.iom.americas.kernel.error.StaleVersionException;
import org.iom.americas.kernel.money.Money;
import org.iom.americas.kernel.paging.Page;
import org.iom.americas.kernel.paging.PageRequest;
import org.iom.americas.kernel.persistence.TextSearch;
import org.iom.americas.kernel.reference.Country;
import org.iom.americas.kernel.reference.GlobalCompactObjective;
import org.iom.americas.kernel.reference.IomArea;
import org.iom.americas.kernel.security.Caller;
import org.iom.americas.kernel.security.Role;
import org.iom.americas.kernel.security.Roles;
import org.iom.americas.partners.control.Notifier;
import org.iom.americas.partners.control.RequestListQuery;
import org.iom.americas.partners.control.ServiceLevels;
import org.iom.americas.partners.entity.Account;
import org.iom.americas.partners.entity.AssistanceRequest;
import org.iom.americas.partners.entity.AttachmentContent;
import org.iom.americas.partners.entity.PartnerGovernment;
import org.iom.americas.partners.entity.RequestAttachment;
import org.iom.americas.partners.entity.RequestMessage;

/**
 * Requests of partner governments, from a liaison's draft to IOM's decision. A liaison sees and acts on the
 * requests of their own government only; anyone else's are "not found", so ids cannot be probed. IOM's
 * coordinators (and administrators) see all of them and answer. Partner agencies have no part in it.
 */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.LIAISON})
public class AssistanceRequests {

    static final String RECORD_TYPE = "AssistanceRequest";

    @PersistenceContext(unitName = "coordination")
    EntityManager em;

    @Inject
    SecurityContext security;

    @EJB
    Notifier notifier;

    @RolesAllowed(Roles.LIAISON)
    public AssistanceRequestView draft(@Valid @NotNull RequestDraft draft) {
        Caller caller = Caller.of(security);
        AssistanceRequest request = new AssistanceRequest(caller.organisationId(), caller.accountId());
        describe(request, draft);
        em.persist(request);
        em.flush();
        return view(request, caller);
    }

    /** Changes what a draft, or a request IOM asked more information about, says. */
    @RolesAllowed(Roles.LIAISON)
    public AssistanceRequestView revise(long id, @Valid @NotNull RequestDraft revision) {
        Caller caller = Caller.of(security);
        AssistanceRequest request = readable(id, caller);
        if (revision.version() == null) {
            throw new InvalidInputException("version", "validation.versionRequired");
        }
        if (request.version() != revision.version()) {
            throw new StaleVersionException(RECORD_TYPE, id, revision.version(), request.version());
        }
        if (!request.status().isEditable()) {
            throw new IllegalTransitionException(RECORD_TYPE, id, "revise", request.status().name(),
                    allowed(request, caller));
        }
        describe(request, revision);
        flush(request, revision.version());
        return view(request, caller);
    }

    public AssistanceRequestView find(long id) {
        Caller caller = Caller.of(security);
        return view(readable(id, caller), caller);
    }

    public Page<AssistanceRequestView> list(@NotNull RequestFilter filter, @NotNull PageRequest page) {
        Caller caller = Caller.of(security);
        return Page.fromOverfetch(RequestListQuery.fetch(em, filter, governmentScope(caller), page), page.limit(),
                request -> view(request, caller), request -> RequestListQuery.cursorOf(request, filter));
    }

    /**
     * Requests whose title contains the text, newest first, among those the caller may read (a liaison its own
     * government's, drafts included; IOM all but drafts): the global search's share.
     */
    public List<AssistanceRequestView> search(@NotBlank @Size(max = 100) String text, @Min(1) @Max(50) int limit) {
        Caller caller = Caller.of(security);
        Long scope = governmentScope(caller);
        TypedQuery<AssistanceRequest> query = em.createQuery("SELECT r FROM AssistanceRequest r "
                        + "WHERE LOWER(r.title) LIKE :q ESCAPE '!'"
                        + (scope == null ? " AND r.status <> :draft" : " AND r.governmentId = :government")
                        + " ORDER BY r.id DESC", AssistanceRequest.class)
                .setParameter("q", TextSearch.containing(text));
        if (scope == null) {
            query.setParameter("draft", RequestStatus.DRAFT);
        } else {
            query.setParameter("government", scope);
        }
        return query.setMaxResults(limit).getResultStream().map(r -> view(r, caller)).toList();
    }

    /**
     * The open requests the caller may read, counted by urgency and service-level state: a liaison's own
     * government's, or all for IOM. The state is computed as on each request, so the dashboard and the list agree.
     */
    public List<RequestTally> openFigures() {
        Long scope = governmentScope(Caller.of(security));
        TypedQuery<Object[]> open = em.createQuery("SELECT r.urgency, r.status, r.submittedAt, r.firstResponseDue, "
                + "r.firstRespondedAt, r.decisionDue FROM AssistanceRequest r WHERE r.status IN :open"
                + (scope == null ? "" : " AND r.governmentId = :government"), Object[].class)
                .setParameter("open", EnumSet.copyOf(Arrays.stream(RequestStatus.values()).filter(RequestStatus::isOpen)
                        .toList()));
        if (scope != null) {
            open.setParameter("government", scope);
        }
        Instant now = Instant.now();
        Map<Urgency, Map<ServiceLevels.State, Long>> counts = new EnumMap<>(Urgency.class);
        for (Object[] row : open.getResultList()) {
            ServiceLevels.State state = ServiceLevels.state((RequestStatus) row[1], (Instant) row[2],
                    (Instant) row[3], (Instant) row[4], (Instant) row[5], now);
            counts.computeIfAbsent((Urgency) row[0], u -> new EnumMap<>(ServiceLevels.State.class))
                    .merge(state, 1L, Long::sum);
        }
        List<RequestTally> tallies = new ArrayList<>();
        for (Urgency urgency : Urgency.values()) {
            for (ServiceLevels.State state : List.of(ServiceLevels.State.ON_TIME, ServiceLevels.State.DUE_SOON,
                    ServiceLevels.State.OVERDUE)) {
                tallies.add(new RequestTally(urgency, state.name(),
                        counts.getOrDefault(urgency, Map.of()).getOrDefault(state, 0L)));
            }
        }
        return tallies;
    }

    /**
     * Moves the request on by one action of its lifecycle. Asking for information needs the question, declining
     * needs the reason; either goes into the conversation too, so the thread tells the whole story.
     */
    public AssistanceRequestView act(long id, @NotNull RequestAction action, @Size(max = 2000) String note) {
        Caller caller = Caller.of(security);
        AssistanceRequest request = readable(id, caller);
        RequestAction.Side side = sideOf(caller);
        if (action.side() != side || !action.isAllowedFrom(request.status())) {
            throw new IllegalTransitionException(RECORD_TYPE, id, action.path(), request.status().name(),
                    allowed(request, caller));
        }
        String text = note == null || note.isBlank() ? null : note.strip();
        if (text == null && (action == RequestAction.DECLINE || action == RequestAction.REQUEST_INFORMATION)) {
            throw new InvalidInputException("note",
                    action == RequestAction.DECLINE ? "validation.declineReason" : "validation.question");
        }
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        long versionRead = request.version();
        switch (action) {
            case SUBMIT -> {
                ServiceLevels.Targets targets = ServiceLevels.configured().of(request.urgency());
                request.submitted(now, now.plus(targets.firstResponse()), now.plus(targets.decision()));
            }
            case REVIEW, REQUEST_INFORMATION -> request.respondedAt(now);
            case ACCEPT -> {
                request.respondedAt(now);
                request.decided(now, null);
            }
            case DECLINE -> {
                request.respondedAt(now);
                request.decided(now, text);
            }
            default -> {
                // RESUBMIT and WITHDRAW change the state only
            }
        }
        request.moveTo(action.target());
        flush(request, versionRead);
        if (text != null) {
            em.persist(new RequestMessage(id, caller.accountId(), nameOf(caller), sideName(side), text));
        }
        PartnerGovernment government = em.find(PartnerGovernment.class, request.governmentId());
        List<Account> readers = side == RequestAction.Side.GOVERNMENT
                ? notifier.coordinators() : notifier.liaisonsOf(request.governmentId());
        if (action != RequestAction.WITHDRAW || request.submittedAt() != null) {
            notifier.aboutRequest(readers, caller.accountId(), action.name(), id, request.title(), government, text);
        }
        return view(request, caller);
    }

    public List<RequestMessageView> messages(long id) {
        readable(id, Caller.of(security));
        return em.createNamedQuery("RequestMessage.findByRequest", RequestMessage.class).setParameter("request", id)
                .getResultStream().map(AssistanceRequests::view).toList();
    }

    /** Adds a message to the conversation; from IOM it also counts as the first response. */
    public RequestMessageView post(long id, @NotBlank @Size(max = 5000) String body) {
        Caller caller = Caller.of(security);
        AssistanceRequest request = readable(id, caller);
        if (request.status() == RequestStatus.DRAFT && caller.role() != Role.LIAISON) {
            throw new RecordNotFoundException(RECORD_TYPE, id);
        }
        RequestAction.Side side = sideOf(caller);
        RequestMessage message = new RequestMessage(id, caller.accountId(), nameOf(caller), sideName(side), body);
        em.persist(message);
        if (side == RequestAction.Side.IOM && request.status().isOpen()) {
            request.respondedAt(Instant.now().truncatedTo(ChronoUnit.MICROS));
        }
        em.flush();
        notifier.aboutRequest(side == RequestAction.Side.GOVERNMENT ? notifier.coordinators()
                        : notifier.liaisonsOf(request.governmentId()), caller.accountId(), "MESSAGE", id,
                request.title(), em.find(PartnerGovernment.class, request.governmentId()), message.body());
        return view(message);
    }

    /**
     * Keeps a file with the request. Its type is decided from its content and must agree with its name's ending;
     * anything too large or of another type is refused before a byte is stored.
     */
    public AttachmentView attach(long id, String fileName, byte[] content) {
        Caller caller = Caller.of(security);
        AssistanceRequest request = readable(id, caller);
        CheckedFile file = CheckedFile.inspect(fileName, content);
        if (!request.status().isEditable() && !request.status().isOpen()) {
            throw new IllegalTransitionException(RECORD_TYPE, id, "attach", request.status().name(),
                    allowed(request, caller));
        }
        RequestAttachment attachment = new RequestAttachment(id, file, caller.accountId());
        em.persist(attachment);
        em.flush();
        em.persist(new AttachmentContent(attachment.id(), content));
        em.flush();
        return view(attachment);
    }

    public List<AttachmentView> attachments(long id) {
        readable(id, Caller.of(security));
        return em.createNamedQuery("RequestAttachment.findByRequest", RequestAttachment.class)
                .setParameter("request", id).getResultStream().map(AssistanceRequests::view).toList();
    }

    public AttachmentFile download(long id, long attachmentId) {
        readable(id, Caller.of(security));
        RequestAttachment attachment = em.find(RequestAttachment.class, attachmentId);
        if (attachment == null || attachment.requestId() != id) {
            throw new RecordNotFoundException("RequestAttachment", attachmentId);
        }
        return new AttachmentFile(view(attachment), em.find(AttachmentContent.class, attachmentId).content());
    }

    /** Links an accepted request to the joint project that answers it; for the projects module. */
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
    public AssistanceRequestView answeredBy(long id, long jointProjectId) {
        Caller caller = Caller.of(security);
        AssistanceRequest request = readable(id, caller);
        if (request.status() != RequestStatus.ACCEPTED || request.jointProjectId() != null) {
            throw new IllegalTransitionException(RECORD_TYPE, id, "answer-with-project", request.status().name(),
                    allowed(request, caller));
        }
        request.answeredBy(jointProjectId);
        em.flush();
        return view(request, caller);
    }

    private void describe(AssistanceRequest request, RequestDraft draft) {
        if (em.find(Country.class, draft.country()) == null) {
            throw new InvalidInputException("country", "validation.countryUnknown", draft.country());
        }
        Set<String> areas = draft.iomAreas() == null ? Set.of() : new TreeSet<>(draft.iomAreas());
        for (String area : areas) {
            if (em.find(IomArea.class, area) == null) {
                throw new InvalidInputException("iomAreas", "validation.iomAreaUnknown", area);
            }
        }
        Set<Integer> objectives = draft.objectives() == null ? Set.of() : new TreeSet<>(draft.objectives());
        for (Integer objective : objectives) {
            if (em.find(GlobalCompactObjective.class, objective) == null) {
                throw new InvalidInputException("objectives", "validation.objectiveUnknown", objective);
            }
        }
        Money budget = draft.budget();
        if (budget != null && !budget.isKnownCurrency()) {
            throw new InvalidInputException("budget.currency", "validation.currencyUnknown", budget.currency());
        }
        Set<String> locations = new TreeSet<>();
        if (draft.locations() != null) {
            draft.locations().forEach(location -> locations.add(location.strip()));
        }
        request.describe(draft.type(), draft.title(), draft.description(), draft.country(), locations, areas,
                objectives, draft.urgency(), draft.requestedStart(), budget == null ? null : budget.decimal(),
                budget == null ? null : budget.currency());
    }

    private void flush(AssistanceRequest request, long versionRead) {
        try {
            em.flush();
        } catch (OptimisticLockException changedMeanwhile) {
            throw new StaleVersionException(RECORD_TYPE, request.id(), versionRead, versionRead + 1);
        }
    }

    /** The request, if the caller may see it; otherwise "not found", whether it exists or not. */
    private AssistanceRequest readable(long id, Caller caller) {
        AssistanceRequest request = em.find(AssistanceRequest.class, id);
        Long scope = governmentScope(caller);
        if (request == null || scope != null && request.governmentId() != scope
                || caller.role() != Role.LIAISON && request.status() == RequestStatus.DRAFT) {
            throw new RecordNotFoundException(RECORD_TYPE, id);
        }
        return request;
    }

    /** A liaison's government; {@code null} for IOM, who sees every government's requests. */
    private static Long governmentScope(Caller caller) {
        return caller.role() == Role.LIAISON ? Optional.ofNullable(caller.organisationId()).orElse(-1L) : null;
    }

    private static RequestAction.Side sideOf(Caller caller) {
        return caller.role() == Role.LIAISON ? RequestAction.Side.GOVERNMENT : RequestAction.Side.IOM;
    }

    private static String sideName(RequestAction.Side side) {
        return side == RequestAction.Side.GOVERNMENT ? "PARTNER_GOVERNMENT" : "IOM";
    }

    private String nameOf(Caller caller) {
        Account account = em.find(Account.class, caller.accountId());
        return account == null ? caller.username() : account.displayName();
    }

    private static List<String> allowed(AssistanceRequest request, Caller caller) {
        return RequestAction.allowed(request.status(), sideOf(caller));
    }


    private AssistanceRequestView view(AssistanceRequest r, Caller caller) {
        PartnerGovernment government = em.find(PartnerGovernment.class, r.governmentId());
        return new AssistanceRequestView(r.id(), r.governmentId(), government.country().alpha2(), r.type(), r.title(),
                r.description(), r.country(), List.copyOf(new TreeSet<>(r.locations())),
                List.copyOf(new TreeSet<>(r.iomAreas())), List.copyOf(new TreeSet<>(r.objectives())), r.urgency(),
                r.requestedStart(), Money.of(r.budgetAmount(), r.budgetCurrency()), r.status(), r.declineReason(),
                r.submittedAt(), r.firstResponseDue(), r.firstRespondedAt(), r.decisionDue(), r.decidedAt(),
                ServiceLevels.state(r.status(), r.submittedAt(), r.firstResponseDue(), r.firstRespondedAt(),
                        r.decisionDue(), Instant.now()).name(),
                r.jointProjectId(), allowed(r, caller), r.version(), r.createdAt(), r.updatedAt());
    }

    private static RequestMessageView view(RequestMessage m) {
        return new RequestMessageView(m.id(), m.requestId(), m.authorName(), m.authorSide(), m.body(),
                m.createdAt());
    }

    private static AttachmentView view(RequestAttachment a) {
        return new AttachmentView(a.id(), a.requestId(), a.fileName(), a.mediaType(), a.sizeBytes(), a.sha256(),
                a.createdAt());
    }
}
