package org.iom.americas.web.i18n;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Looks up a message in the caller's working language. The base bundle is English; the JVM's own default locale
 * is never a fallback, so a server set up in Spanish still answers an English reader in English.
 */
public final class Messages {

    public static final String BUNDLE = "org.iom.americas.web.i18n.messages";

    private static final ResourceBundle.Control NO_JVM_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private Messages() {
    }

    public static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, locale, Messages.class.getClassLoader(), NO_JVM_FALLBACK);
    }

    public static String text(Locale locale, String key, List<Object> arguments) {
        String pattern;
        try {
            pattern = bundle(locale).getString(key);
        } catch (MissingResourceException notAKey) {
            return key;
        }
        return arguments.isEmpty() ? pattern : new MessageFormat(pattern, locale).format(arguments.toArray());
    }

    public static String text(Locale locale, String key, Object... arguments) {
        return text(locale, key, List.of(arguments));
    }
}
