package org.iom.americas.web.faces;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.iom.americas.kernel.paging.Page;
import org.iom.americas.kernel.paging.PageRequest;
import org.iom.americas.partners.AccountView;
import org.iom.americas.partners.Accounts;
import org.iom.americas.web.i18n.Messages;

/** The administrators' list of accounts, where an account is disabled or enabled again. */
@Named
@ViewScoped
public class AccountsBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int PAGE_SIZE = 100;

    @Inject
    Accounts accounts;

    @Inject
    LanguageBacking language;

    private String cursor;
    private Page<AccountView> page;

    public void load() {
        if (!AdministratorsOnly.admitted()) {
            return;
        }
        page = accounts.list(new PageRequest(PAGE_SIZE, cursor));
    }

    public void disable(long id) {
        act(() -> accounts.disable(id), "account.disabled");
    }

    public void enable(long id) {
        act(() -> accounts.enable(id), "account.enabled");
    }

    private void act(java.util.function.Supplier<AccountView> change, String doneKey) {
        try {
            AccountView changed = change.get();
            String text = Messages.text(language.getLocale(), doneKey, changed.username());
            FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, text));
        } catch (RuntimeException failure) {
            FacesProblems.show(failure, "accounts", language.getLocale());
        }
        load();
    }

    public List<AccountView> getAccounts() {
        if (page == null) {
            load();
        }
        return page.items();
    }

    public String getNextCursor() {
        return page == null ? null : page.nextCursor();
    }

    public String getCursor() {
        return cursor;
    }

    public void setCursor(String cursor) {
        this.cursor = cursor;
    }
}
