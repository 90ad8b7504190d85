package org.iom.americas.partners;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import org.iom.americas.kernel.error.RecordNotFoundException;
import org.iom.americas.kernel.security.Roles;
import org.iom.americas.partners.entity.Account;
import org.iom.americas.partners.entity.ApiToken;

/**
 * Personal API tokens, which an administrator issues per account (for a partner's own system) and revokes. A token
 * is 256 random bits; only its SHA-256 is kept, so a copy of the database opens nothing.
 */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class ApiTokens {

    static final String PREFIX = "iomc_";
    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext(unitName = "coordination")
    EntityManager em;

    public ApiTokenView issue(long accountId, @NotBlank @Size(max = 100) String name) {
        if (em.find(Account.class, accountId) == null) {
            throw new RecordNotFoundException("Account", accountId);
        }
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        ApiToken issued = new ApiToken(accountId, name, hash(token));
        em.persist(issued);
        em.flush();
        return new ApiTokenView(issued.id(), accountId, issued.name(), token, issued.createdAt(), null);
    }

    public List<ApiTokenView> of(long accountId) {
        return em.createNamedQuery("ApiToken.findByAccount", ApiToken.class).setParameter("account", accountId)
                .getResultStream().map(t -> new ApiTokenView(t.id(), t.accountId(), t.name(), null, t.createdAt(),
                        t.revokedAt())).toList();
    }

    public void revoke(long accountId, long tokenId) {
        ApiToken token = em.find(ApiToken.class, tokenId);
        if (token == null || token.accountId() != accountId) {
            throw new RecordNotFoundException("ApiToken", tokenId);
        }
        token.revoke(Instant.now().truncatedTo(ChronoUnit.MICROS));
        em.flush();
    }

    /** The SHA-256 of a token, as it is stored and looked up. */
    public static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
