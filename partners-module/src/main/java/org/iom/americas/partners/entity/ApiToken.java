package org.iom.americas.partners.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import org.iom.americas.kernel.audit.LifecycleState;
import org.iom.americas.kernel.audit.Redacted;
import org.iom.americas.kernel.persistence.CooperationRecord;
import org.iom.americas.kernel.persistence.UtcInstantConverter;

/** A personal API token of one account, known only by its SHA-256; revoked, it opens nothing any more. */
@Entity
@Table(name = "api_token")
@NamedQuery(name = "ApiToken.findByHash", query = "SELECT t FROM ApiToken t WHERE t.tokenHash = :hash")
@NamedQuery(name = "ApiToken.findByAccount",
        query = "SELECT t FROM ApiToken t WHERE t.accountId = :account ORDER BY t.id")
public class ApiToken extends CooperationRecord {

    private static final long serialVersionUID = 1L;

    @Column(name = "account_id", nullable = false, updatable = false)
    private long accountId;

    @Column(name = "name", length = 100, nullable = false, updatable = false)
    private String name;

    @Redacted
    @Column(name = "token_hash", length = 64, nullable = false, updatable = false)
    private String tokenHash;

    @LifecycleState
    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "revoked_at")
    private Instant revokedAt;

    protected ApiToken() {
    }

    public ApiToken(long accountId, String name, String tokenHash) {
        this.accountId = accountId;
        this.name = name.strip();
        this.tokenHash = tokenHash;
    }

    public void revoke(Instant at) {
        if (revokedAt == null) {
            revokedAt = at;
        }
    }

    public long accountId() {
        return accountId;
    }

    public String name() {
        return name;
    }

    public Instant revokedAt() {
        return revokedAt;
    }
}
