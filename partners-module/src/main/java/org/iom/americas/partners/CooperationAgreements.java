package org.iom.americas.partners;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.security.enterprise.SecurityContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.iom.americas.kernel.document.AttachmentInspection;
import org.iom.americas.kernel.document.CheckedFile;
import org.iom.americas.kernel.error.DuplicateRecordException;
import org.iom.americas.kernel.error.IllegalTransitionException;
import org.iom.americas.kernel.error.InvalidInputException;
import org.iom.americas.kernel.error.RecordNotFoundException;
import org.iom.americas.kernel.error.RefusedContentException;
import org.iom.americas.kernel.error.StaleVersionException;
import org.iom.americas.kernel.paging.Page;
import org.iom.americas.kernel.paging.PageRequest;
import org.iom.americas.kernel.persistence.ConstraintViolations;
import org.iom.americas.kernel.reference.Country;
import org.iom.americas.kernel.reference.GlobalCompactObjective;
import org.iom.americas.kernel.reference.IomArea;
import org.iom.americas.kernel.security.Caller;
import org.iom.americas.kernel.security.Role;
import org.iom.americas.kernel.security.Roles;
import org.iom.americas.partners.control.AgreementListQuery;
import org.iom.americas.partners.entity.AgreementDocument;
import org.iom.americas.partners.entity.AgreementDocumentContent;
import org.iom.americas.partners.entity.AgreementSignatory;
import org.iom.americas.partners.entity.AssistanceRequest;
import org.iom.americas.partners.entity.CooperationAgreement;
import org.iom.americas.partners.entity.PartnerAgency;
import org.iom.americas.partners.entity.PartnerGovernment;

/**
 * The agreements that formalise IOM's cooperation with partner governments and agencies. IOM's coordinators and
 * administrators draft, negotiate, sign and keep them; the parties' own users read the agreements they are party
 * to, and nobody else learns that they exist (404), which also keeps data-sharing terms between IOM and the parties.
 */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.AGENCY, Roles.LIAISON})
public class CooperationAgreements {

    public static final String RECORD_TYPE = "CooperationAgreement";

    @PersistenceContext(unitName = "coordination")
    EntityManager em;

    @Inject
    SecurityContext security;

    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
    public AgreementView draft(@Valid @NotNull AgreementDraft draft) {
        CooperationAgreement agreement = new CooperationAgreement(draft.referenceNumber());
        describe(agreement, draft);
        em.persist(agreement);
        flushNew();
        return view(agreement, Caller.of(security));
    }

    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
    public AgreementView revise(long id, @Valid @NotNull AgreementDraft revision) {
        CooperationAgreement agreement = load(id);
        if (revision.version() == null) {
            throw new InvalidInputException("version", "validation.versionRequired");
        }
        if (agreement.version() != revision.version()) {
            throw new StaleVersionException(RECORD_TYPE, id, revision.version(), agreement.version());
        }
        if (agreement.status() == AgreementStatus.TERMINATED || agreement.status() == AgreementStatus.EXPIRED) {
            throw new IllegalTransitionException(RECORD_TYPE, id, "revise", agreement.status().name(),
                    AgreementAction.allowed(agreement.status()));
        }
        describe(agreement, revision);
        flush(agreement, revision.version());
        return view(agreement, Caller.of(security));
    }

    public AgreementView find(long id) {
        Caller caller = Caller.of(security);
        return view(readable(id, caller), caller);
    }

    public Page<AgreementView> list(@NotNull AgreementFilter filter, @NotNull PageRequest page) {
        Caller caller = Caller.of(security);
        Long government = caller.role() == Role.LIAISON ? scope(caller) : null;
        Long agency = caller.role() == Role.AGENCY ? scope(caller) : null;
        return Page.fromOverfetch(AgreementListQuery.fetch(em, filter, government, agency, page), page.limit(),
                agreement -> view(agreement, caller), agreement -> AgreementListQuery.cursorOf(agreement, filter));
    }

    /**
     * Moves the agreement on. Signing needs the date of signature and a signatory on record; entering into force
     * needs the effective date; the rest is the lifecycle's order.
     */
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
    public AgreementView act(long id, @NotNull AgreementAction action) {
        CooperationAgreement agreement = load(id);
        if (!action.isAllowedFrom(agreement.status())) {
            throw new IllegalTransitionException(RECORD_TYPE, id, action.path(), agreement.status().name(),
                    AgreementAction.allowed(agreement.status()));
        }
        if (action == AgreementAction.SIGN) {
            if (agreement.signedOn() == null) {
                throw new InvalidInputException("signedOn", "validation.agreement.signedOnMissing");
            }
            if (signatories(agreement).isEmpty()) {
                throw new InvalidInputException("signatories", "validation.agreement.noSignatory");
            }
        }
        if (action == AgreementAction.ENTER_INTO_FORCE && agreement.effectiveOn() == null) {
            throw new InvalidInputException("effectiveOn", "validation.agreement.effectiveOnMissing");
        }
        long read = agreement.version();
        agreement.moveTo(action.target());
        flush(agreement, read);
        return view(agreement, Caller.of(security));
    }

    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
    public SignatoryView addSignatory(long id, @Valid @NotNull NewSignatory signatory) {
        CooperationAgreement agreement = load(id);
        if (agreement.status() == AgreementStatus.TERMINATED || agreement.status() == AgreementStatus.EXPIRED) {
            throw new IllegalTransitionException(RECORD_TYPE, id, "add-signatory", agreement.status().name(),
                    AgreementAction.allowed(agreement.status()));
        }
        AgreementSignatory signed = new AgreementSignatory(id, signatory.name(), signatory.title(),
                signatory.organisation(), signatory.signedOn());
        em.persist(signed);
        em.flush();
        return view(signed);
    }

    /**
     * Keeps the signed agreement or an amendment, as a PDF (decided from its content). An amendment says what it
     * changes; the signed copy is kept once, and a second one is refused rather than silently replacing the first.
     */
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
    public AgreementDocumentView attach(long id, @NotNull AgreementDocumentKind kind, String description,
                                       LocalDate effectiveOn, String fileName, byte[] content) {
        CooperationAgreement agreement = load(id);
        CheckedFile file = CheckedFile.inspect(fileName, content);
        if (file.kind() != AttachmentInspection.Kind.PDF) {
            throw new RefusedContentException(RefusedContentException.Reason.UNSUPPORTED_TYPE, "file",
                    "validation.agreement.pdfOnly", file.name());
        }
        if (description != null && description.length() > 300) {
            throw new InvalidInputException("description", "validation.agreement.descriptionLength", 300);
        }
        if (kind == AgreementDocumentKind.AMENDMENT && (description == null || description.isBlank())) {
            throw new InvalidInputException("description", "validation.agreement.amendmentDescription");
        }
        if (kind == AgreementDocumentKind.SIGNED_AGREEMENT && documents(agreement).stream()
                .anyMatch(d -> d.kind() == AgreementDocumentKind.SIGNED_AGREEMENT)) {
            throw new DuplicateRecordException("kind", "validation.agreement.signedCopyExists");
        }
        AgreementDocument document = new AgreementDocument(id, kind, description, effectiveOn, file,
                Caller.of(security).accountId());
        em.persist(document);
        em.flush();
        em.persist(new AgreementDocumentContent(document.id(), content));
        em.flush();
        return view(document);
    }

    public List<AgreementDocumentView> documents(long id) {
        return documents(readable(id, Caller.of(security))).stream().map(CooperationAgreements::view).toList();
    }

    public AgreementDocumentFile download(long id, long documentId) {
        readable(id, Caller.of(security));
        AgreementDocument document = em.find(AgreementDocument.class, documentId);
        if (document == null || document.agreementId() != id) {
            throw new RecordNotFoundException("AgreementDocument", documentId);
        }
        return new AgreementDocumentFile(view(document),
                em.find(AgreementDocumentContent.class, documentId).content());
    }

    private List<AgreementDocument> documents(CooperationAgreement agreement) {
        return em.createNamedQuery("AgreementDocument.findByAgreement", AgreementDocument.class)
                .setParameter("agreement", agreement.id()).getResultList();
    }

    private List<AgreementSignatory> signatories(CooperationAgreement agreement) {
        return em.createNamedQuery("AgreementSignatory.findByAgreement", AgreementSignatory.class)
                .setParameter("agreement", agreement.id()).getResultList();
    }

    private void describe(CooperationAgreement agreement, AgreementDraft draft) {
        Set<Long> governments = orEmpty(draft.governmentIds());
        Set<Long> agencies = orEmpty(draft.agencyIds());
        if (governments.isEmpty() && agencies.isEmpty()) {
            throw new InvalidInputException("governmentIds", "validation.agreement.parties");
        }
        for (Long government : governments) {
            if (em.find(PartnerGovernment.class, government) == null) {
                throw new InvalidInputException("governmentIds", "validation.account.governmentUnknown");
            }
        }
        for (Long agency : agencies) {
            if (em.find(PartnerAgency.class, agency) == null) {
                throw new InvalidInputException("agencyIds", "validation.account.agencyUnknown");
            }
        }
        for (String country : orEmpty(draft.countries())) {
            if (em.find(Country.class, country) == null) {
                throw new InvalidInputException("countries", "validation.countryUnknown", country);
            }
        }
        for (String area : orEmpty(draft.iomAreas())) {
            if (em.find(IomArea.class, area) == null) {
                throw new InvalidInputException("iomAreas", "validation.iomAreaUnknown", area);
            }
        }
        for (Integer objective : orEmpty(draft.objectives())) {
            if (em.find(GlobalCompactObjective.class, objective) == null) {
                throw new InvalidInputException("objectives", "validation.objectiveUnknown", objective);
            }
        }
        for (Long request : orEmpty(draft.requestIds())) {
            AssistanceRequest led = em.find(AssistanceRequest.class, request);
            if (led == null || led.status() == RequestStatus.DRAFT) {
                throw new InvalidInputException("requestIds", "validation.agreement.requestUnknown", request);
            }
        }
        if (draft.effectiveOn() != null && draft.expiresOn() != null
                && draft.expiresOn().isBefore(draft.effectiveOn())) {
            throw new InvalidInputException("expiresOn", "validation.period");
        }
        String reference = draft.referenceNumber().strip();
        boolean taken = em.createNamedQuery("CooperationAgreement.findByReference", CooperationAgreement.class)
                .setParameter("reference", reference).getResultStream().anyMatch(a -> !a.id().equals(agreement.id()));
        if (taken) {
            throw new DuplicateRecordException("referenceNumber", "validation.agreement.referenceTaken", reference);
        }
        agreement.describe(reference, draft.type(), draft.title(), draft.summary(), governments, agencies,
                orEmpty(draft.countries()), orEmpty(draft.iomAreas()), orEmpty(draft.objectives()),
                draft.signedOn(), draft.effectiveOn(), draft.expiresOn(), draft.dataSharingTerms(),
                orEmpty(draft.requestIds()));
    }

    private static <T> Set<T> orEmpty(Set<T> values) {
        return values == null ? Set.of() : new TreeSet<>(values);
    }

    /** A second agreement with the same reference, written at the same moment, is refused by the unique key. */
    private void flushNew() {
        try {
            em.flush();
        } catch (PersistenceException refused) {
            if (ConstraintViolations.isDuplicateKey(refused)) {
                throw new DuplicateRecordException("referenceNumber", "validation.agreement.referenceTaken", "");
            }
            throw refused;
        }
    }

    private void flush(CooperationAgreement agreement, long versionRead) {
        try {
            em.flush();
        } catch (OptimisticLockException changedMeanwhile) {
            throw new StaleVersionException(RECORD_TYPE, agreement.id(), versionRead, versionRead + 1);
        }
    }

    private CooperationAgreement load(long id) {
        return Optional.ofNullable(em.find(CooperationAgreement.class, id))
                .orElseThrow(() -> new RecordNotFoundException(RECORD_TYPE, id));
    }

    /** The agreement, if the caller may know of it: IOM, or a party's own users; to anyone else it does not exist. */
    private CooperationAgreement readable(long id, Caller caller) {
        CooperationAgreement agreement = load(id);
        if (!caller.isIom() && !isParty(agreement, caller)) {
            throw new RecordNotFoundException(RECORD_TYPE, id);
        }
        return agreement;
    }

    private static boolean isParty(CooperationAgreement agreement, Caller caller) {
        return caller.role() == Role.LIAISON && agreement.isParty(scope(caller), null)
                || caller.role() == Role.AGENCY && agreement.isParty(null, scope(caller));
    }

    private static Long scope(Caller caller) {
        return Optional.ofNullable(caller.organisationId()).orElse(-1L);
    }

    private AgreementView view(CooperationAgreement a, Caller caller) {
        boolean iom = caller.isIom() && (caller.role() == Role.ADMIN || caller.role() == Role.COORDINATOR);
        Long days = a.expiresOn() == null ? null
                : ChronoUnit.DAYS.between(LocalDate.now(ZoneOffset.UTC), a.expiresOn());
        return new AgreementView(a.id(), a.referenceNumber(), a.type(), a.title(), a.summary(), a.status(),
                a.governmentIds(), a.agencyIds(), a.countries(), a.iomAreas(), a.objectives(), a.signedOn(),
                a.effectiveOn(), a.expiresOn(), days, caller.isIom() || isParty(a, caller) ? a.dataSharingTerms() : null,
                a.requestIds(), signatories(a).stream().map(CooperationAgreements::view).toList(), iom,
                iom ? AgreementAction.allowed(a.status()) : List.of(), a.version(), a.createdAt(), a.updatedAt());
    }

    private static SignatoryView view(AgreementSignatory s) {
        return new SignatoryView(s.id(), s.name(), s.title(), s.organisation(), s.signedOn());
    }

    private static AgreementDocumentView view(AgreementDocument d) {
        return new AgreementDocumentView(d.id(), d.agreementId(), d.kind(), d.description(), d.effectiveOn(),
                d.fileName(), d.sizeBytes(), d.sha256(), d.createdAt());
    }
}
