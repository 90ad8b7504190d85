package org.iom.americas.web.faces;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import org.iom.americas.kernel.reference.WorkingLanguage;

/**
 * The reader's working language: the one chosen with the switcher, else the first of the browser's
 * {@code Accept-Language} that is one of the four, else English.
 */
@Named
@SessionScoped
public class LanguageBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final List<String> SUPPORTED = List.of("en", "es", "pt", "fr");

    private String chosen;

    public Locale getLocale() {
        if (chosen != null) {
            return Locale.forLanguageTag(chosen);
        }
        Iterator<Locale> preferred = FacesContext.getCurrentInstance().getExternalContext().getRequestLocales();
        while (preferred.hasNext()) {
            String language = preferred.next().getLanguage();
            if (SUPPORTED.contains(language)) {
                return WorkingLanguage.of(Locale.forLanguageTag(language)).locale();
            }
        }
        return Locale.ENGLISH;
    }

    public String getLanguage() {
        return getLocale().getLanguage();
    }

    public List<String> getLanguages() {
        return SUPPORTED;
    }

    /** Switches the language and shows the same page again, with its parameters, in that language. */
    public String switchTo(String language) {
        if (SUPPORTED.contains(language)) {
            chosen = language;
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces.getViewRoot().getViewId() + "?faces-redirect=true&includeViewParams=true";
    }
}
