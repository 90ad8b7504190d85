package org.iom.americas.web.faces;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.iom.americas.kernel.paging.PageRequest;
import org.iom.americas.kernel.security.Role;
import org.iom.americas.partners.AccountView;
import org.iom.americas.partners.Accounts;
import org.iom.americas.partners.GovernmentFilter;
import org.iom.americas.partners.NewAccount;
import org.iom.americas.partners.PartnerAgencies;
import org.iom.americas.partners.PartnerAgencyView;
import org.iom.americas.partners.PartnerGovernmentView;
import org.iom.americas.partners.PartnerGovernments;
import org.iom.americas.web.i18n.Messages;

/**
 * The administrators' forms for one account: opening a new one (no id), or setting a new password for an
 * existing one (with id). The password rules are the boundary's; their messages appear next to the field.
 */
@Named
@ViewScoped
public class AccountEditBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Accounts accounts;

    @Inject
    PartnerGovernments governments;

    @Inject
    PartnerAgencies agencies;

    @Inject
    LanguageBacking language;

    private Long id;
    private AccountView account;
    private String username;
    private String displayName;
    private String email;
    private Role role;
    private Long governmentId;
    private Long agencyId;
    private String preferredLanguage;
    private String password;

    public void load() {
        if (!AdministratorsOnly.admitted()) {
            return;
        }
        if (id != null && account == null) {
            account = accounts.find(id);
        }
    }

    public String open() {
        try {
            AccountView opened = accounts.open(new NewAccount(username, displayName, email, role, governmentId, agencyId,
                    preferredLanguage, password));
            return done("account.opened", opened.username());
        } catch (RuntimeException failure) {
            password = null;
            FacesProblems.show(failure, "account", language.getLocale());
            return null;
        }
    }

    public String setNewPassword() {
        try {
            AccountView changed = accounts.resetPassword(id, password);
            return done("account.password.saved", changed.username());
        } catch (RuntimeException failure) {
            password = null;
            FacesProblems.show(failure, "account", language.getLocale());
            return null;
        }
    }

    private String done(String key, String user) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getExternalContext().getFlash().setKeepMessages(true);
        String text = Messages.text(language.getLocale(), key, user);
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, text));
        return "/accounts.xhtml?faces-redirect=true";
    }

    public Role[] getRoles() {
        return Role.values();
    }

    public List<PartnerGovernmentView> getGovernments() {
        return governments.list(GovernmentFilter.all(), PageRequest.first(PageRequest.MAX_LIMIT), language.getLocale())
                .items();
    }

    public List<PartnerAgencyView> getAgencies() {
        return agencies.list();
    }

    public AccountView getAccount() {
        return account;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public Role getRole() {
        return role;
    }

    public void setRole(Role role) {
        this.role = role;
    }

    public Long getGovernmentId() {
        return governmentId;
    }

    public void setGovernmentId(Long governmentId) {
        this.governmentId = governmentId;
    }

    public Long getAgencyId() {
        return agencyId;
    }

    public void setAgencyId(Long agencyId) {
        this.agencyId = agencyId;
    }

    public String getPreferredLanguage() {
        return preferredLanguage;
    }

    public void setPreferredLanguage(String preferredLanguage) {
        this.preferredLanguage = preferredLanguage;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
