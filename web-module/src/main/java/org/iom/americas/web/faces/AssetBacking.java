package org.iom.americas.web.faces;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.ServletContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Addresses of the application's own static files that change when their content does ({@code ?h=} and the first
 * twelve hex digits of the SHA-256), so browsers may keep them for a year (see {@code SecurityHeaders}) and still
 * never run yesterday's script after a release. A liaison on a slow line downloads each file once.
 */
@Named
@ApplicationScoped
public class AssetBacking {

    private final Map<String, String> fingerprints = new ConcurrentHashMap<>();

    /** The address of {@code resources/<name>}, e.g. {@code css/app.css}. */
    public String url(String name) {
        ServletContext context = (ServletContext) FacesContext.getCurrentInstance().getExternalContext().getContext();
        String fingerprint = fingerprints.computeIfAbsent(name, n -> fingerprint(context, n));
        return context.getContextPath() + "/jakarta.faces.resource/" + name + ".xhtml?h=" + fingerprint;
    }

    private static String fingerprint(ServletContext context, String name) {
        try (InputStream content = context.getResourceAsStream("/resources/" + name)) {
            if (content == null) {
                throw new IllegalArgumentException("no static resource " + name);
            }
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update(content.readAllBytes());
            return HexFormat.of().formatHex(sha256.digest()).substring(0, 12);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
