package org.iom.americas.partners.control;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a password must be: 12 to 128 characters (a passphrase is welcome), not the username, and not one of the
 * passwords that breached-password lists show people choose most (a deny list shipped with the module).
 *
 * @see <a href="https://pages.nist.gov/800-63-3/sp800-63b.html">NIST SP 800-63B 5.1.1.2</a>
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;

    private static final Set<String> COMMON = load("common-passwords.txt");

    private PasswordPolicy() {
    }

    /** @return the message key of the first rule the password breaks, if any */
    public static Optional<String> violation(String username, char[] password) {
        if (password == null || password.length < MIN_LENGTH) {
            return Optional.of("validation.password.tooShort");
        }
        if (password.length > MAX_LENGTH) {
            return Optional.of("validation.password.tooLong");
        }
        String lower = new String(password).toLowerCase(Locale.ROOT);
        if (username != null && lower.contains(username.toLowerCase(Locale.ROOT))) {
            return Optional.of("validation.password.containsUsername");
        }
        if (COMMON.contains(lower) || COMMON.contains(lower.replaceAll("[^a-z]", ""))) {
            return Optional.of("validation.password.common");
        }
        return Optional.empty();
    }

    private static Set<String> load(String resource) {
        try (InputStream in = PasswordPolicy.class.getResourceAsStream(resource);
             BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return lines.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .map(l -> l.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
