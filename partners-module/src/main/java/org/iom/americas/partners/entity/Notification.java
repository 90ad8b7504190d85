package org.iom.americas.partners.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.iom.americas.kernel.persistence.UtcInstantConverter;

/**
 * A message in one account's inbox. Not a cooperation record: it is a copy of something that is already audited
 * (a transition, a message), worded for its reader, so it is neither versioned nor audited itself.
 */
@Entity
@Table(name = "notification")
@NamedQuery(name = "Notification.countUnread",
        query = "SELECT COUNT(n) FROM Notification n WHERE n.accountId = :account AND n.readAt IS NULL")
public class Notification implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "account_id", nullable = false, updatable = false)
    private long accountId;

    @Column(name = "kind", length = 40, nullable = false, updatable = false)
    private String kind;

    @Column(name = "request_id", updatable = false)
    private Long requestId;

    @Column(name = "agreement_id", updatable = false)
    private Long agreementId;

    @Column(name = "subject", length = 300, nullable = false, updatable = false)
    private String subject;

    @Column(name = "body", length = 2000, nullable = false, updatable = false)
    private String body;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "read_at")
    private Instant readAt;

    protected Notification() {
    }

    public Notification(long accountId, String kind, Long requestId, String subject, String body) {
        this(accountId, kind, requestId, null, subject, body);
    }

    /** About a request or an agreement (the one it is about named, the other {@code null}). */
    public Notification(long accountId, String kind, Long requestId, Long agreementId, String subject, String body) {
        this.accountId = accountId;
        this.kind = kind;
        this.requestId = requestId;
        this.agreementId = agreementId;
        this.subject = subject.length() > 300 ? subject.substring(0, 300) : subject;
        this.body = body.length() > 2000 ? body.substring(0, 2000) : body;
        this.createdAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    public void read(Instant at) {
        if (readAt == null) {
            readAt = at.truncatedTo(ChronoUnit.MICROS);
        }
    }

    public Long id() {
        return id;
    }

    public long accountId() {
        return accountId;
    }

    public String kind() {
        return kind;
    }

    public Long requestId() {
        return requestId;
    }

    public Long agreementId() {
        return agreementId;
    }

    public String subject() {
        return subject;
    }

    public String body() {
        return body;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant readAt() {
        return readAt;
    }
}
