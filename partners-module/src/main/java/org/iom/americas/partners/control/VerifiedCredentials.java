package org.iom.americas.partners.control;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Credentials verified in the last few minutes, so an API client sending HTTP Basic on every request pays the
 * 600,000-iteration hash once, not every time. Holds a keyed digest of the password (the key never leaves this
 * process) and the account's security stamp at the time: the caller checks that stamp against the database on every
 * use, so a new password or a disabled account ends the cached entry at once, on every instance.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class VerifiedCredentials {

    static final Duration TIME_TO_LIVE = Duration.ofMinutes(5);
    private static final int MAX_ENTRIES = 10_000;

    private final byte[] key = new byte[32];
    private final Map<String, Entry> entries = new ConcurrentHashMap<>();

    public VerifiedCredentials() {
        new SecureRandom().nextBytes(key);
    }

    /** The account id and security stamp of an earlier successful check of exactly these credentials. */
    public record Entry(byte[] digest, long accountId, String securityStamp, Instant expires) {
    }

    public Entry lookup(String username, char[] password, Instant now) {
        Entry entry = entries.get(username);
        if (entry == null || entry.expires().isBefore(now)) {
            return null;
        }
        return java.security.MessageDigest.isEqual(entry.digest(), digest(username, password)) ? entry : null;
    }

    public void remember(String username, char[] password, long accountId, String securityStamp, Instant now) {
        if (entries.size() >= MAX_ENTRIES) {
            entries.values().removeIf(e -> e.expires().isBefore(now));
            if (entries.size() >= MAX_ENTRIES) {
                entries.clear();
            }
        }
        entries.put(username, new Entry(digest(username, password), accountId, securityStamp,
                now.plus(TIME_TO_LIVE)));
    }

    public void forget(String username) {
        entries.remove(username);
    }

    private byte[] digest(String username, char[] password) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            mac.update(username.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            mac.update((byte) 0);
            byte[] secret = PasswordHashing.utf8(password);
            byte[] result = mac.doFinal(secret);
            Arrays.fill(secret, (byte) 0);
            return result;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
