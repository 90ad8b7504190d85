package org.iom.americas.web.faces;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.iom.americas.kernel.error.BusinessException;
import org.iom.americas.kernel.error.InvalidInputException;
import org.iom.americas.kernel.error.RecordNotFoundException;
import org.iom.americas.kernel.error.StaleVersionException;
import org.iom.americas.partners.AgreementDraft;
import org.iom.americas.partners.AgreementType;
import org.iom.americas.partners.AgreementView;
import org.iom.americas.partners.CooperationAgreements;
import org.iom.americas.web.InputDates;
import org.iom.americas.web.i18n.Messages;

/** Drafting an agreement, or revising it against the version read (a renewal is a new expiry date). */
@Named
@ViewScoped
public class AgreementEditBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "agreement";
    static final Map<String, String> INPUTS = Map.of("governmentIds[]", "governmentIds", "agencyIds[]", "agencyIds",
            "countries[]", "countries", "iomAreas[]", "iomAreas", "objectives[]", "objectives", "requestIds[]",
            "requestIds");

    @Inject
    CooperationAgreements agreements;

    @Inject
    LanguageBacking language;

    private Long id;
    private AgreementType type;
    private String referenceNumber;
    private String title;
    private String summary;
    private List<String> governmentIds = new ArrayList<>();
    private List<String> agencyIds = new ArrayList<>();
    private List<String> countries = new ArrayList<>();
    private List<String> iomAreas = new ArrayList<>();
    private List<String> objectives = new ArrayList<>();
    private String signedOn;
    private String effectiveOn;
    private String expiresOn;
    private String dataSharingTerms;
    private String requestIds;
    private long version;

    public void load() {
        if (FacesContext.getCurrentInstance().isPostback() || id == null) {
            return;
        }
        try {
            show(agreements.find(id));
        } catch (RecordNotFoundException unknown) {
            GovernmentBacking.notFound();
        }
    }

    public String save() {
        try {
            AgreementDraft draft = new AgreementDraft(type, referenceNumber, title, summary, ids(governmentIds),
                    ids(agencyIds), new LinkedHashSet<>(countries), new LinkedHashSet<>(iomAreas),
                    objectives.stream().map(Integer::valueOf).collect(Collectors.toCollection(LinkedHashSet::new)),
                    InputDates.parse("signedOn", signedOn), InputDates.parse("effectiveOn", effectiveOn),
                    InputDates.parse("expiresOn", expiresOn), dataSharingTerms, requests(requestIds),
                    id == null ? null : version);
            AgreementView saved = id == null ? agreements.draft(draft) : agreements.revise(id, draft);
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.getExternalContext().getFlash().setKeepMessages(true);
            String text = Messages.text(language.getLocale(), "agreement.saved", saved.referenceNumber());
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, text));
            return "/agreement.xhtml?faces-redirect=true&id=" + saved.id();
        } catch (RuntimeException failure) {
            FacesProblems.show(failure, FORM, language.getLocale(), INPUTS).ifPresent(this::recoverFrom);
            return null;
        }
    }

    private void recoverFrom(BusinessException failure) {
        if (failure instanceof StaleVersionException) {
            show(agreements.find(id));
            FacesProblems.showStale(language.getLocale());
        }
    }

    private static Set<Long> ids(List<String> values) {
        return values.stream().map(Long::valueOf).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /** Request numbers as typed: "12, 15" or "#12 #15". */
    private static Set<Long> requests(String text) {
        Set<Long> ids = new LinkedHashSet<>();
        if (text == null) {
            return ids;
        }
        for (String part : text.split("[\\s,;]+")) {
            String number = part.replace("#", "").strip();
            if (number.isEmpty()) {
                continue;
            }
            Long id = ViewParameters.idOrNull(number);
            if (id == null) {
                throw new InvalidInputException("requestIds", "validation.agreement.requestUnknown", part);
            }
            ids.add(id);
        }
        return ids;
    }

    private void show(AgreementView a) {
        type = a.type();
        referenceNumber = a.referenceNumber();
        title = a.title();
        summary = a.summary();
        governmentIds = a.governmentIds().stream().map(String::valueOf).collect(Collectors.toList());
        agencyIds = a.agencyIds().stream().map(String::valueOf).collect(Collectors.toList());
        countries = new ArrayList<>(a.countries());
        iomAreas = new ArrayList<>(a.iomAreas());
        objectives = a.objectives().stream().map(String::valueOf).collect(Collectors.toList());
        signedOn = a.signedOn() == null ? null : a.signedOn().toString();
        effectiveOn = a.effectiveOn() == null ? null : a.effectiveOn().toString();
        expiresOn = a.expiresOn() == null ? null : a.expiresOn().toString();
        dataSharingTerms = a.dataSharingTerms();
        requestIds = a.requestIds().stream().map(String::valueOf).collect(Collectors.joining(", "));
        version = a.version();
    }

    public List<AgreementType> getTypes() {
        return Arrays.asList(AgreementType.values());
    }

    public boolean isNew() {
        return id == null;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public AgreementType getType() {
        return type;
    }

    public void setType(AgreementType type) {
        this.type = type;
    }

    public String getReferenceNumber() {
        return referenceNumber;
    }

    public void setReferenceNumber(String referenceNumber) {
        this.referenceNumber = referenceNumber;
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

    public List<String> getGovernmentIds() {
        return governmentIds;
    }

    public void setGovernmentIds(List<String> governmentIds) {
        this.governmentIds = governmentIds;
    }

    public List<String> getAgencyIds() {
        return agencyIds;
    }

    public void setAgencyIds(List<String> agencyIds) {
        this.agencyIds = agencyIds;
    }

    public List<String> getCountries() {
        return countries;
    }

    public void setCountries(List<String> countries) {
        this.countries = countries;
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

    public String getSignedOn() {
        return signedOn;
    }

    public void setSignedOn(String signedOn) {
        this.signedOn = signedOn;
    }

    public String getEffectiveOn() {
        return effectiveOn;
    }

    public void setEffectiveOn(String effectiveOn) {
        this.effectiveOn = effectiveOn;
    }

    public String getExpiresOn() {
        return expiresOn;
    }

    public void setExpiresOn(String expiresOn) {
        this.expiresOn = expiresOn;
    }

    public String getDataSharingTerms() {
        return dataSharingTerms;
    }

    public void setDataSharingTerms(String dataSharingTerms) {
        this.dataSharingTerms = dataSharingTerms;
    }

    public String getRequestIds() {
        return requestIds;
    }

    public void setRequestIds(String requestIds) {
        this.requestIds = requestIds;
    }
}
