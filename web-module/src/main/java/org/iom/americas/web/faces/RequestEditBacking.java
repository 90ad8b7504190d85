package org.iom.americas.web.faces;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.stream.Collectors;
import org.iom.americas.kernel.error.BusinessException;
import org.iom.americas.kernel.error.RecordNotFoundException;
import org.iom.americas.kernel.error.StaleVersionException;
import org.iom.americas.kernel.money.Money;
import org.iom.americas.partners.AssistanceRequestView;
import org.iom.americas.partners.AssistanceRequests;
import org.iom.americas.partners.RequestDraft;
import org.iom.americas.partners.RequestType;
import org.iom.americas.partners.Urgency;
import org.iom.americas.web.InputDates;
import org.iom.americas.web.i18n.Messages;

/**
 * The request form of a liaison: a new draft (no id), or a draft or a request IOM asked about, revised against
 * the version read. It saves a draft; submitting is a separate, deliberate step on the request's page.
 */
@Named
@ViewScoped
public class RequestEditBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "request";
    /** The boundary's names of the fields that the form names otherwise. */
    static final java.util.Map<String, String> INPUTS = java.util.Map.of("budget.amount", "budgetAmount",
            "budget.currency", "budgetCurrency", "objectives[]", "objectives", "locations[]", "locations",
            "iomAreas[]", "iomAreas");

    @Inject
    AssistanceRequests requests;

    @Inject
    LanguageBacking language;

    private Long id;
    private RequestType type;
    private String title;
    private String description;
    private String country;
    private String locations;
    private List<String> iomAreas = new ArrayList<>();
    private List<String> objectives = new ArrayList<>();
    private Urgency urgency = Urgency.ROUTINE;
    private String requestedStart;
    private String budgetAmount;
    private String budgetCurrency = "USD";
    private long version;

    public void load() {
        if (FacesContext.getCurrentInstance().isPostback() || id == null) {
            return;
        }
        try {
            show(requests.find(id));
        } catch (RecordNotFoundException unknown) {
            GovernmentBacking.notFound();
        }
    }

    public String save() {
        try {
            RequestDraft draft = new RequestDraft(type, title, description, country,
                    new LinkedHashSet<>(GovernmentEditBacking.lines(locations)),
                    new LinkedHashSet<>(iomAreas), objectives.stream().map(Integer::valueOf)
                    .collect(Collectors.toCollection(LinkedHashSet::new)), urgency,
                    InputDates.parse("requestedStart", requestedStart),
                    budgetAmount == null || budgetAmount.isBlank() ? null
                            : new Money(budgetAmount.strip(), budgetCurrency == null ? null : budgetCurrency.strip()),
                    id == null ? null : version);
            AssistanceRequestView saved = id == null ? requests.draft(draft) : requests.revise(id, draft);
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.getExternalContext().getFlash().setKeepMessages(true);
            String text = Messages.text(language.getLocale(), "request.saved");
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, text));
            return "/request.xhtml?faces-redirect=true&id=" + saved.id();
        } catch (RuntimeException failure) {
            FacesProblems.show(failure, FORM, language.getLocale(), INPUTS).ifPresent(this::recoverFrom);
            return null;
        }
    }

    private void recoverFrom(BusinessException failure) {
        if (failure instanceof StaleVersionException) {
            show(requests.find(id));
            FacesProblems.showStale(language.getLocale());
        }
    }

    private void show(AssistanceRequestView request) {
        type = request.type();
        title = request.title();
        description = request.description();
        country = request.country();
        locations = String.join("\n", request.locations());
        iomAreas = new ArrayList<>(request.iomAreas());
        objectives = request.objectives().stream().map(String::valueOf)
                .collect(Collectors.toCollection(ArrayList::new));
        urgency = request.urgency();
        requestedStart = request.requestedStart() == null ? null : request.requestedStart().toString();
        budgetAmount = request.budget() == null ? null : request.budget().amount();
        budgetCurrency = request.budget() == null ? "USD" : request.budget().currency();
        version = request.version();
    }

    public RequestType[] getTypes() {
        return RequestType.values();
    }

    public Urgency[] getUrgencies() {
        return Urgency.values();
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

    public RequestType getType() {
        return type;
    }

    public void setType(RequestType type) {
        this.type = type;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getCountry() {
        return country;
    }

    public void setCountry(String country) {
        this.country = country;
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

    public Urgency getUrgency() {
        return urgency;
    }

    public void setUrgency(Urgency urgency) {
        this.urgency = urgency;
    }

    public String getRequestedStart() {
        return requestedStart;
    }

    public void setRequestedStart(String requestedStart) {
        this.requestedStart = requestedStart;
    }

    public String getBudgetAmount() {
        return budgetAmount;
    }

    public void setBudgetAmount(String budgetAmount) {
        this.budgetAmount = budgetAmount;
    }

    public String getBudgetCurrency() {
        return budgetCurrency;
    }

    public void setBudgetCurrency(String budgetCurrency) {
        this.budgetCurrency = budgetCurrency;
    }
}
