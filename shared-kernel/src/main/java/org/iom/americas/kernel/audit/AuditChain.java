package org.iom.americas.kernel.audit;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.iom.americas.kernel.json.SharedJson;
import org.iom.americas.kernel.persistence.UtcInstantConverter;
import org.iom.americas.kernel.security.Caller;
import org.iom.americas.kernel.security.OrganisationKind;
import org.iom.americas.kernel.security.SecurityEvents;

/**
 * The audit chain in two steps. {@link #append} writes an entry through whatever runs the statements of the current
 * transaction, into the pending entries: a rolled-back change takes its entry with it, and the change's transaction
 * takes no lock on the chain, so writers commit side by side. {@link #seal} then links the committed pending entries
 * onto the chain in a short transaction of its own, holding the head row until it commits, so sealers take turns
 * (across a cluster too) and the chain never forks; one seal links everything that waits, so concurrent writers share
 * its commit.
 */
public final class AuditChain {

    /** The statements of the current transaction: a query that returns rows, and an update. */
    public interface Statements {

        List<Object[]> query(String sql, Object... arguments);

        void update(String sql, Object... arguments);
    }

    /** Columns of an entry, in the order both tables and {@link AuditRecord} share them after {@code seq}. */
    private static final String CONTENT = "occurred_at, actor, actor_account_id, actor_organisation, action, "
            + "record_type, record_id, changes";
    /** seq, the eight content columns, previous_hash, entry_hash. */
    private static final int ENTRY_COLUMNS = 11;
    private static final int ROWS_PER_INSERT = 100;
    private static final UtcInstantConverter INSTANTS = new UtcInstantConverter();
    private static final ThreadLocal<Boolean> WROTE = new ThreadLocal<>();

    private AuditChain() {
    }

    /** Appends an entry whose actor is the caller of the current call. */
    public static void append(Statements statements, Caller caller, String action, String recordType,
                              String recordId, String changes) {
        append(statements, caller.username(), caller.isSystem() ? null : caller.accountId(), organisationOf(caller),
                action, recordType, recordId, changes);
    }

    public static void append(Statements statements, String actor, Long actorAccountId, String actorOrganisation,
                              String action, String recordType, String recordId, String changes) {
        statements.update("INSERT INTO audit_pending (" + CONTENT + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                UtcInstantConverter.format(Instant.now().truncatedTo(ChronoUnit.MICROS)), actor, actorAccountId,
                actorOrganisation, action, recordType, recordId, changes);
        WROTE.set(Boolean.TRUE);
    }

    /**
     * Whether this thread appended an entry since it last asked, and forgets it: the web boundary asks once its
     * answer's transactions have ended, and seals before it answers.
     */
    public static boolean appendedSinceAsked() {
        boolean wrote = WROTE.get() != null;
        WROTE.remove();
        return wrote;
    }

    /**
     * Moves up to {@code max} committed pending entries, oldest first, onto the chain. Must run in a transaction of
     * its own that holds nothing else: the head row stays locked until it commits.
     *
     * @return how many entries it sealed
     */
    public static int seal(Statements statements, int max) {
        Object[] head = statements.query(
                "SELECT last_seq, last_hash FROM audit_chain_head WHERE id = 1 FOR UPDATE").get(0);
        // read after the head is ours: every entry another sealer moved is gone, every committed one is seen
        List<Object[]> pending = statements.query(
                "SELECT id, " + CONTENT + " FROM audit_pending ORDER BY id LIMIT " + max);
        if (pending.isEmpty()) {
            return 0;
        }
        long seq = ((Number) head[0]).longValue();
        String hash = (String) head[1];
        List<Object> values = new ArrayList<>();
        List<Object> ids = new ArrayList<>();
        for (Object[] row : pending) {
            AuditRecord entry = new AuditRecord(++seq, INSTANTS.convertToEntityAttribute(row[1]), (String) row[2],
                    row[3] == null ? null : ((Number) row[3]).longValue(), (String) row[4], (String) row[5],
                    (String) row[6], (String) row[7], (String) row[8], hash);
            hash = entry.hash();
            values.addAll(List.of(entry.seq(), UtcInstantConverter.format(entry.occurredAt()), entry.actor()));
            values.addAll(Arrays.asList(entry.actorAccountId(), entry.actorOrganisation(), entry.action(),
                    entry.recordType(), entry.recordId(), entry.changes(), entry.previousHash(), hash));
            ids.add(row[0]);
            if (ids.size() % ROWS_PER_INSERT == 0) {
                insert(statements, values);
            }
        }
        insert(statements, values);
        statements.update("DELETE FROM audit_pending WHERE id IN (" + placeholders(ids.size()) + ")",
                ids.toArray());
        statements.update("UPDATE audit_chain_head SET last_seq = ?, last_hash = ? WHERE id = 1", seq, hash);
        return pending.size();
    }

    private static void insert(Statements statements, List<Object> values) {
        if (values.isEmpty()) {
            return;
        }
        int rows = values.size() / ENTRY_COLUMNS;
        String row = "(" + placeholders(ENTRY_COLUMNS) + ")";
        statements.update("INSERT INTO audit_entry (seq, " + CONTENT + ", previous_hash, entry_hash) VALUES "
                + String.join(", ", Collections.nCopies(rows, row)), values.toArray());
        values.clear();
    }

    private static String placeholders(int count) {
        return String.join(", ", Collections.nCopies(count, "?"));
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
                "SECURITY", "SecurityEvent", event, SharedJson.objectBuilder()
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
