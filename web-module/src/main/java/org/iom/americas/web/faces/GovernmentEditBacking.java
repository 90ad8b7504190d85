package org.iom.americas.web.faces;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.iom.americas.kernel.error.BusinessException;
import org.iom.americas.kernel.error.RecordNotFoundException;
import org.iom.americas.kernel.error.StaleVersionException;
import org.iom.americas.partners.MembershipStatus;
import org.iom.americas.partners.NewPartnerGovernment;
import org.iom.americas.partners.PartnerGovernmentRevision;
import org.iom.americas.partners.PartnerGovernmentView;
import org.iom.americas.partners.PartnerGovernments;
import org.iom.americas.web.i18n.Messages;

/**
 * The form that registers a partner government (no id) or revises one (with the version it was read at, so a
 * concurrent change is refused instead of overwritten).
 */
@Named
@ViewScoped
public class GovernmentEditBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "government";

    @Inject
    PartnerGovernments governments;

    @Inject
    LanguageBacking language;

    private Long id;
    private String countryName;
    private String country;
    private MembershipStatus membershipStatus;
    private String countryOffice;
    private String notes;
    private String institutions;
    private long version;

    public void load() {
        if (FacesContext.getCurrentInstance().isPostback() || id == null) {
            return;
        }
        try {
            show(governments.find(id, language.getLocale()));
        } catch (RecordNotFoundException unknown) {
            GovernmentBacking.notFound();
        }
    }

    public String save() {
        try {
            PartnerGovernmentView saved = id == null
                    ? governments.register(new NewPartnerGovernment(country, membershipStatus, countryOffice, notes,
                            lines(institutions)), language.getLocale())
                    : governments.revise(id, new PartnerGovernmentRevision(membershipStatus, countryOffice, notes,
                            version, lines(institutions)), language.getLocale());
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.getExternalContext().getFlash().setKeepMessages(true);
            String text = Messages.text(language.getLocale(), "government.saved");
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, text));
            return "/government.xhtml?faces-redirect=true&id=" + saved.id();
        } catch (RuntimeException failure) {
            FacesProblems.show(failure, FORM, language.getLocale()).ifPresent(this::recoverFrom);
            return null;
        }
    }

    private void recoverFrom(BusinessException failure) {
        if (failure instanceof StaleVersionException) {
            // show what is stored now; the editor repeats their change on the current version
            show(governments.find(id, language.getLocale()));
            FacesProblems.showStale(language.getLocale());
        }
    }

    private void show(PartnerGovernmentView government) {
        countryName = government.countryName();
        country = government.country();
        membershipStatus = government.membershipStatus();
        countryOffice = government.countryOffice();
        notes = government.notes();
        institutions = String.join("\n", government.institutions());
        version = government.version();
    }

    public MembershipStatus[] getStatuses() {
        return MembershipStatus.values();
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

    public String getCountryName() {
        return countryName;
    }

    public String getCountry() {
        return country;
    }

    public void setCountry(String country) {
        this.country = country;
    }

    public MembershipStatus getMembershipStatus() {
        return membershipStatus;
    }

    public void setMembershipStatus(MembershipStatus membershipStatus) {
        this.membershipStatus = membershipStatus;
    }

    public String getCountryOffice() {
        return countryOffice;
    }

    public void setCountryOffice(String countryOffice) {
        this.countryOffice = countryOffice;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }

    /** One name per line, as the form's text area holds them. */
    static java.util.List<String> lines(String text) {
        return text == null ? java.util.List.of() : java.util.Arrays.stream(text.split("[\\r\\n]+"))
                .map(String::strip).filter(line -> !line.isEmpty()).distinct().toList();
    }

    public String getInstitutions() {
        return institutions;
    }

    public void setInstitutions(String institutions) {
        this.institutions = institutions;
    }

    public long getVersion() {
        return version;
    }
}
