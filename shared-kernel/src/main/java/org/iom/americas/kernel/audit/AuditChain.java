package org.iom.americas.kernel.audit;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.iom.americas.kernel.persistence.UtcInstantConverter;
import org.iom.americas.kernel.security.Caller;
import org.iom.americas.kernel.security.OrganisationKind;
import org.iom.americas.kernel.security.SecurityEvents;

/**
 * Appends one entry to the chain through whatever runs the statements of the current transaction. The chain head
 * row is locked until that transaction ends, so concurrent writers take turns and the chain never forks; a
 * rolled-back transaction takes its entry and the head's advance with it.
 */
public final class AuditChain {

    /** The statements of the current transaction: a query that returns rows, and an update. */
    public interface Statements {

        List<Object[]> query(String sql, Object... arguments);

        void update(String sql, Object... arguments);
    }

    private AuditChain() {
    }

    /** Appends an entry whose actor is the caller of the current call. */
    public static AuditRecord append(Statements statements, Caller caller, String action, String recordType,
                                     String recordId, String changes) {
        return append(statements, caller.username(), caller.isSystem() ? null : caller.accountId(),
                organisationOf(caller), action, recordType, recordId, changes);
    }

    public static AuditRecord append(Statements statements, String actor, Long actorAccountId,
                                     String actorOrganisation, String action, String recordType, String recordId,
                                     String changes) {
        Object[] head = statements.query(
                "SELECT last_seq, last_hash FROM audit_chain_head WHERE id = 1 FOR UPDATE").get(0);
        AuditRecord entry = new AuditRecord(((Number) head[0]).longValue() + 1,
                Instant.now().truncatedTo(ChronoUnit.MICROS), actor, actorAccountId, actorOrganisation, action,
                recordType, recordId, changes, (String) head[1]);
        String hash = entry.hash();
        statements.update("INSERT INTO audit_entry (seq, occurred_at, actor, actor_account_id, actor_organisation, "
                        + "action, record_type, record_id, changes, previous_hash, entry_hash) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                entry.seq(), UtcInstantConverter.format(entry.occurredAt()), entry.actor(), entry.actorAccountId(),
                entry.actorOrganisation(), entry.action(), entry.recordType(), entry.recordId(), entry.changes(),
                entry.previousHash(), hash);
        statements.update("UPDATE audit_chain_head SET last_seq = ?, last_hash = ? WHERE id = 1", entry.seq(), hash);
        return entry;
    }

    /**
     * Logs a security event (a sign-in, a failure, a denial, an export) and appends it to the trail as a
     * {@code SECURITY} entry, so the auditor reads it beside the changes it may explain.
     */
    public static void securityEvent(Statements statements, String event, String actor, Long actorAccountId,
                                     String actorOrganisation, String detail) {
        SecurityEvents.record(event, actor, detail);
        String who = actor == null || actor.isBlank() ? "-" : actor.replaceAll("[^\\p{L}\\p{N}._@-]", "?");
        append(statements, who.length() > 64 ? who.substring(0, 64) : who, actorAccountId, actorOrganisation,
                "SECURITY", "SecurityEvent", event, jakarta.json.Json.createObjectBuilder()
                        .add("detail", detail == null ? "" : detail).build().toString());
    }

    /** Native queries of a container-managed entity manager: the statements of its JTA transaction. */
    public static Statements of(EntityManager em) {
        return new Statements() {
            @Override
            @SuppressWarnings("unchecked")
            public List<Object[]> query(String sql, Object... arguments) {
                return bind(em.createNativeQuery(sql), arguments).getResultList();
            }

            @Override
            public void update(String sql, Object... arguments) {
                bind(em.createNativeQuery(sql), arguments).executeUpdate();
            }
        };
    }

    public static String organisationOf(Caller caller) {
        return organisationOf(caller.organisationKind(), caller.organisationId());
    }

    /** {@code IOM}, {@code PARTNER_AGENCY:7}: the form the audit filters take. */
    public static String organisationOf(OrganisationKind kind, Long organisationId) {
        return organisationId == null ? kind.name() : kind.name() + ":" + organisationId;
    }

    private static jakarta.persistence.Query bind(jakarta.persistence.Query query, Object... arguments) {
        for (int i = 0; i < arguments.length; i++) {
            query.setParameter(i + 1, arguments[i]);
        }
        return query;
    }
}
