package org.iom.americas.kernel.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.eclipse.persistence.annotations.ReadOnly;
import org.iom.americas.kernel.persistence.UtcInstantConverter;

/** An entry of the audit trail, for reading. Entries are written by {@link AuditTrailListener} only. */
@Entity
@Table(name = "audit_entry")
@ReadOnly
public class AuditEntry {

    @Id
    @Column(name = "seq")
    private long seq;

    @Convert(converter = UtcInstantConverter.class)
    @Column(name = "occurred_at")
    private Instant occurredAt;

    @Column(name = "actor")
    private String actor;

    @Column(name = "actor_account_id")
    private Long actorAccountId;

    @Column(name = "actor_organisation")
    private String actorOrganisation;

    @Column(name = "action")
    private String action;

    @Column(name = "record_type")
    private String recordType;

    @Column(name = "record_id")
    private String recordId;

    @Column(name = "changes")
    private String changes;

    @Column(name = "previous_hash")
    private String previousHash;

    @Column(name = "entry_hash")
    private String entryHash;

    protected AuditEntry() {
    }

    public AuditRecord record() {
        return new AuditRecord(seq, occurredAt, actor, actorAccountId, actorOrganisation, action, recordType,
                recordId, changes, previousHash);
    }

    public long seq() {
        return seq;
    }

    public String entryHash() {
        return entryHash;
    }
}
