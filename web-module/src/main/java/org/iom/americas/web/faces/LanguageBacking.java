package org.iom.americas.web.faces;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;
import org.iom.americas.kernel.reference.WorkingLanguage;

/**
 * The reader's working language: the one chosen with the switcher ({@code ?lang=pt} on any page), else the
 * account's preference set at sign-in, else the first of the browser's {@code Accept-Language} that is one of the
 * four, else English. The switcher is a plain link: it works without script and keeps the page's parameters.
 */
@Named
@SessionScoped
public class LanguageBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final List<String> SUPPORTED = List.of("en", "es", "pt", "fr");

    private String chosen;

    public Locale getLocale() {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        choose(external.getRequestParameterMap().get("lang"));
        if (chosen != null) {
            return Locale.forLanguageTag(chosen);
        }
        return WorkingLanguage.preferred(external.getRequestLocales()).map(WorkingLanguage::locale)
                .orElse(Locale.ENGLISH);
    }

    public void choose(String language) {
        if (language != null && SUPPORTED.contains(language)) {
            chosen = language;
        }
    }

    public String getLanguage() {
        return getLocale().getLanguage();
    }

    public List<String> getLanguages() {
        return SUPPORTED;
    }

    /** This page's address, with its parameters, in another language. */
    public String linkTo(String language) {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        StringJoiner query = new StringJoiner("&", "?", "");
        for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
            if (request.getMethod().equals("GET") && !parameter.getKey().equals("lang")) {
                for (String value : parameter.getValue()) {
                    query.add(encode(parameter.getKey()) + "=" + encode(value));
                }
            }
        }
        query.add("lang=" + language);
        return request.getRequestURI() + query;
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
