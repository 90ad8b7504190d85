package org.iom.americas.web.platform;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.iom.americas.kernel.audit.AuditEntry;
import org.iom.americas.kernel.audit.AuditRecord;
import org.iom.americas.kernel.audit.ChainVerification;
import org.iom.americas.kernel.json.SharedJson;
import org.iom.americas.kernel.paging.KeysetCursor;
import org.iom.americas.kernel.paging.Page;
import org.iom.americas.kernel.paging.PageRequest;
import org.iom.americas.kernel.persistence.UtcInstantConverter;
import org.iom.americas.kernel.security.Roles;

/**
 * The audit trail for administrators: filtered, newest first, keyset-paged; and the verification that walks the
 * whole chain and names the first entry that breaks it. Only {@code ADMIN} reads it.
 */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class AuditTrail {

    private static final int WALK_BATCH = 5_000;

    @PersistenceContext(unitName = "coordination")
    EntityManager em;

    @Resource(lookup = SchemaMigration.DATA_SOURCE)
    DataSource dataSource;

    @EJB
    AuditSealer sealer;

    /**
     * Entries committed before the call are on the chain, pending ones included: the first page seals first. Later
     * pages reach back in time, and what a seal adds is newer than any of them.
     */
    public Page<AuditEntryView> entries(AuditFilter filter, PageRequest page) {
        if (page.cursor() == null) {
            sealer.sealCommitted();
        }
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<AuditEntry> query = cb.createQuery(AuditEntry.class);
        Root<AuditEntry> entry = query.from(AuditEntry.class);
        List<Predicate> where = new ArrayList<>();
        equal(cb, where, entry, "recordType", filter.recordType());
        equal(cb, where, entry, "recordId", filter.recordId());
        equal(cb, where, entry, "actor", filter.actor());
        equal(cb, where, entry, "actorOrganisation", filter.organisation());
        equal(cb, where, entry, "action", filter.action());
        if (filter.from() != null) {
            where.add(cb.greaterThanOrEqualTo(entry.get("occurredAt"), filter.from()));
        }
        if (filter.to() != null) {
            where.add(cb.lessThan(entry.get("occurredAt"), filter.to()));
        }
        if (page.cursor() != null) {
            where.add(cb.lessThan(entry.get("seq"), KeysetCursor.decode(page.cursor(), 1).longPart(0)));
        }
        query.select(entry).where(where.toArray(Predicate[]::new)).orderBy(cb.desc(entry.get("seq")));
        return Page.fromOverfetch(em.createQuery(query).setMaxResults(page.limit() + 1).getResultList(), page.limit(),
                AuditTrail::view, e -> KeysetCursor.of(e.seq()));
    }

    /** Walks the chain from its first entry to the head, in batches, outside any transaction. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public ChainVerification.Result verify() {
        sealer.sealCommitted();
        ChainVerification verification = new ChainVerification();
        try (Connection connection = dataSource.getConnection()) {
            long headSeq;
            String headHash;
            try (PreparedStatement head = connection.prepareStatement(
                    "SELECT last_seq, last_hash FROM audit_chain_head WHERE id = 1");
                 ResultSet row = head.executeQuery()) {
                row.next();
                headSeq = row.getLong(1);
                headHash = row.getString(2);
            }
            boolean intact = walk(connection, headSeq, rows -> verification.accept(record(rows), rows.getString(11)));
            if (!intact) {
                return verification.result();
            }
            verification.finish(headSeq, headHash);
            return verification.result();
        } catch (SQLException unreadable) {
            throw new IllegalStateException("The audit trail could not be read", unreadable);
        }
    }

    /** The position of the last entry of the chain. */
    public long headSeq() {
        sealer.sealCommitted();
        return ((Number) em.createNativeQuery("SELECT last_seq FROM audit_chain_head WHERE id = 1")
                .getSingleResult()).longValue();
    }

    /**
     * Records the chain head as a checkpoint, unless the head has not moved since the last one.
     *
     * @return the checkpoint's position, or the last one's if nothing was added since
     */
    public long checkpoint() {
        sealer.sealCommitted();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement take = connection.prepareStatement("INSERT IGNORE INTO audit_checkpoint (seq, entry_hash, "
                     + "taken_at) SELECT last_seq, last_hash, ? FROM audit_chain_head WHERE id = 1 AND last_seq > 0 "
                     + "AND NOT EXISTS (SELECT 1 FROM audit_checkpoint c WHERE c.seq = audit_chain_head.last_seq)");
             PreparedStatement head = connection.prepareStatement(
                     "SELECT last_seq FROM audit_chain_head WHERE id = 1")) {
            take.setString(1, UtcInstantConverter.format(java.time.Instant.now()));
            take.executeUpdate();
            try (ResultSet row = head.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        } catch (SQLException unwritable) {
            throw new IllegalStateException("The audit checkpoint could not be written", unwritable);
        }
    }

    /**
     * Writes the whole chain, its checkpoints and its head as JSON, entry by entry (a chain of millions is never
     * held in memory): everything a third party needs to recompute every hash offline.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void export(java.io.Writer out) throws java.io.IOException {
        sealer.sealCommitted();
        try (Connection connection = dataSource.getConnection()) {
            out.write("{\"format\":\"iom-americas-audit-chain/1\",\"canonicalForm\":\"audit-v1, then for each of seq, "
                    + "occurredAt (ISO 8601), actor, actorAccountId, actorOrganisation, action, recordType, recordId, "
                    + "changes, previousHash: '|' length ':' value (length -1 and no value when absent); SHA-256, hex\"");
            try (PreparedStatement head = connection.prepareStatement(
                    "SELECT last_seq, last_hash FROM audit_chain_head WHERE id = 1");
                 ResultSet row = head.executeQuery()) {
                row.next();
                out.write(",\"head\":" + SharedJson.objectBuilder().add("seq", row.getLong(1))
                        .add("hash", row.getString(2)).build());
            }
            out.write(",\"checkpoints\":[");
            try (PreparedStatement checkpoints = connection.prepareStatement(
                    "SELECT seq, entry_hash, taken_at FROM audit_checkpoint ORDER BY seq");
                 ResultSet rows = checkpoints.executeQuery()) {
                boolean first = true;
                while (rows.next()) {
                    out.write((first ? "" : ",") + SharedJson.objectBuilder().add("seq", rows.getLong(1))
                            .add("hash", rows.getString(2))
                            .add("takenAt", UtcInstantConverter.parse(rows.getString(3)).toString()).build());
                    first = false;
                }
            }
            out.write("],\"entries\":[");
            boolean[] first = {true};
            walk(connection, Long.MAX_VALUE, rows -> {
                jakarta.json.JsonObjectBuilder entry = SharedJson.objectBuilder()
                        .add("seq", rows.getLong(1))
                        .add("occurredAt", UtcInstantConverter.parse(rows.getString(2)).toString())
                        .add("actor", rows.getString(3));
                optional(entry, "actorAccountId", rows.getObject(4, Long.class));
                optional(entry, "actorOrganisation", rows.getString(5));
                entry.add("action", rows.getString(6)).add("recordType", rows.getString(7));
                optional(entry, "recordId", rows.getString(8));
                optional(entry, "changes", rows.getString(9));
                entry.add("previousHash", rows.getString(10)).add("hash", rows.getString(11));
                try {
                    out.write((first[0] ? "" : ",") + entry.build());
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
                first[0] = false;
                return true;
            });
            out.write("]}");
        } catch (SQLException unreadable) {
            throw new IllegalStateException("The audit trail could not be read", unreadable);
        }
    }

    /** What is done with each entry of a walk; {@code false} ends the walk. */
    @FunctionalInterface
    private interface EntryVisitor {
        boolean visit(ResultSet entry) throws SQLException;
    }

    /**
     * Reads the entries up to {@code lastSeq} in order, a batch at a time (a chain of millions is never held in
     * memory), and hands each to the visitor.
     *
     * @return whether the walk reached the end (the visitor never said stop)
     */
    private static boolean walk(Connection connection, long lastSeq, EntryVisitor visitor) throws SQLException {
        long after = 0;
        try (PreparedStatement batch = connection.prepareStatement("SELECT seq, occurred_at, actor, "
                + "actor_account_id, actor_organisation, action, record_type, record_id, changes, previous_hash, "
                + "entry_hash FROM audit_entry WHERE seq > ? AND seq <= ? ORDER BY seq LIMIT ?")) {
            while (true) {
                batch.setLong(1, after);
                batch.setLong(2, lastSeq);
                batch.setInt(3, WALK_BATCH);
                int read = 0;
                try (ResultSet rows = batch.executeQuery()) {
                    while (rows.next()) {
                        read++;
                        after = rows.getLong(1);
                        if (!visitor.visit(rows)) {
                            return false;
                        }
                    }
                }
                if (read < WALK_BATCH) {
                    return true;
                }
            }
        }
    }

    private static AuditRecord record(ResultSet rows) throws SQLException {
        return new AuditRecord(rows.getLong(1), UtcInstantConverter.parse(rows.getString(2)), rows.getString(3),
                rows.getObject(4, Long.class), rows.getString(5), rows.getString(6), rows.getString(7),
                rows.getString(8), rows.getString(9), rows.getString(10));
    }

    private static void optional(jakarta.json.JsonObjectBuilder entry, String name, Object value) {
        if (value == null) {
            entry.addNull(name);
        } else if (value instanceof Long number) {
            entry.add(name, number);
        } else {
            entry.add(name, value.toString());
        }
    }

    private static void equal(CriteriaBuilder cb, List<Predicate> where, Root<AuditEntry> entry, String attribute,
                              String value) {
        if (value != null && !value.isBlank()) {
            where.add(cb.equal(entry.get(attribute), value.strip()));
        }
    }

    private static AuditEntryView view(AuditEntry entry) {
        AuditRecord record = entry.record();
        return new AuditEntryView(record.seq(), record.occurredAt(), record.actor(), record.actorAccountId(),
                record.actorOrganisation(), record.action(), record.recordType(), record.recordId(),
                record.changes() == null ? null : SharedJson.reader(record.changes()).readObject(),
                record.previousHash(), entry.entryHash());
    }
}
