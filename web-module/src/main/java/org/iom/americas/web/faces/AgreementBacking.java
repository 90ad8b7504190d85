package org.iom.americas.web.faces;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.iom.americas.kernel.error.RecordNotFoundException;
import org.iom.americas.partners.AgreementAction;
import org.iom.americas.partners.AgreementDocumentKind;
import org.iom.americas.partners.AgreementDocumentView;
import org.iom.americas.partners.AgreementView;
import org.iom.americas.partners.CooperationAgreements;
import org.iom.americas.partners.NewSignatory;
import org.iom.americas.partners.PartnerAgencies;
import org.iom.americas.partners.PartnerGovernments;
import org.iom.americas.partners.ReferenceCatalog;
import org.iom.americas.projects.JointProjectView;
import org.iom.americas.projects.JointProjects;
import org.iom.americas.web.InputDates;
import org.iom.americas.web.i18n.Messages;

/**
 * One agreement as IOM and its parties read it: parties, scope, dates, signatories, the signed copy and its
 * amendments with their SHA-256, the projects under it and the requests that led to it; for IOM, the moves of its
 * lifecycle and the forms to record signatories and documents. The printable record is the same bean.
 */
@Named
@ViewScoped
public class AgreementBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CooperationAgreements agreements;

    @Inject
    JointProjects projects;

    @Inject
    PartnerAgencies agencies;

    @Inject
    PartnerGovernments governments;

    @Inject
    ReferenceCatalog reference;

    @Inject
    LanguageBacking language;

    private Long id;
    private AgreementView agreement;
    private List<AgreementDocumentView> documents;
    private List<JointProjectView> underIt;
    private PartnerNames names;
    private final Map<String, String> signatory = new HashMap<>();
    private final Map<String, String> document = new HashMap<>(Map.of("kind", "SIGNED_AGREEMENT"));
    private transient Part file;

    public void load() {
        if (FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        try {
            if (id == null) {
                throw new RecordNotFoundException(CooperationAgreements.RECORD_TYPE, "");
            }
            refresh();
        } catch (RecordNotFoundException unknown) {
            GovernmentBacking.notFound();
        }
    }

    private void refresh() {
        agreement = agreements.find(id);
        documents = agreements.documents(id);
        underIt = projects.underAgreement(id);
        names = PartnerNames.load(agencies, reference, language.getLocale());
    }

    public void act(String action) {
        change("actions", "agreement.moved", () -> agreements.act(id, AgreementAction.ofPath(action)), () -> { });
    }

    public void addSignatory() {
        change("signatory", "agreement.signatory.added", () -> agreements.addSignatory(id, new NewSignatory(
                signatory.get("name"), signatory.get("title"), signatory.get("organisation"),
                InputDates.parse("signedOn", signatory.get("signedOn")))), signatory::clear);
    }

    public void upload() {
        if (file == null) {
            return;
        }
        try (InputStream content = file.getInputStream()) {
            byte[] bytes = content.readNBytes(25 * 1024 * 1024 + 1);
            change("document", "agreement.document.kept", () -> agreements.attach(id,
                    ViewParameters.enumOrNull(AgreementDocumentKind.class, document.get("kind")),
                    document.get("description"), InputDates.parse("effectiveOn", document.get("effectiveOn")),
                    file.getSubmittedFileName(), bytes), () -> document.remove("description"));
        } catch (IOException unreadable) {
            FacesProblems.show(new java.io.UncheckedIOException(unreadable), "document", language.getLocale());
        }
    }

    private void change(String form, String doneKey, Runnable change, Runnable clear) {
        try {
            change.run();
            clear.run();
            String text = Messages.text(language.getLocale(), doneKey);
            FacesContext.getCurrentInstance().addMessage(null,
                    new FacesMessage(FacesMessage.SEVERITY_INFO, text, text));
        } catch (RuntimeException failure) {
            FacesProblems.show(failure, form, language.getLocale());
        }
        refresh();
    }

    public String agency(Long agencyId) {
        return names.agency(agencyId);
    }

    public String area(String code) {
        return names.area(code);
    }

    public String government(Long governmentId) {
        try {
            return governments.find(governmentId, language.getLocale()).countryName();
        } catch (RecordNotFoundException gone) {
            return "#" + governmentId;
        }
    }

    /** When the printable record was made, to the minute in UTC: a printed copy says how current it is. */
    public String getPrintedAt() {
        return java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC).truncatedTo(java.time.temporal.ChronoUnit.MINUTES)
                + " UTC";
    }

    public AgreementDocumentKind[] getDocumentKinds() {
        return AgreementDocumentKind.values();
    }

    public String actionKey(String path) {
        return "agreement.action." + path.toUpperCase(Locale.ROOT).replace('-', '_');
    }

    public AgreementView getAgreement() {
        return agreement;
    }

    public List<AgreementDocumentView> getDocuments() {
        return documents;
    }

    public List<JointProjectView> getProjects() {
        return underIt;
    }

    public Map<String, String> getSignatory() {
        return signatory;
    }

    public Map<String, String> getDocument() {
        return document;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }
}
