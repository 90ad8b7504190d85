package org.iom.americas.partners.control;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.iom.americas.kernel.paging.KeysetCursor;
import org.iom.americas.kernel.paging.PageRequest;
import org.iom.americas.partners.RequestFilter;
import org.iom.americas.partners.RequestStatus;
import org.iom.americas.partners.Urgency;
import org.iom.americas.partners.entity.AssistanceRequest;

/**
 * The keyset queries behind the request lists: newest first, or the coordinators' queue (open requests, most
 * urgent first, then the earliest decision due). Urgencies sort by name, and their names happen to sort by
 * urgency (EMERGENCY, PRIORITY, ROUTINE), which the index on (status, urgency, decision_due, id) serves.
 */
public final class RequestListQuery {

    private static final List<RequestStatus> OPEN = List.of(RequestStatus.SUBMITTED, RequestStatus.UNDER_REVIEW,
            RequestStatus.INFORMATION_REQUESTED, RequestStatus.RESUBMITTED);

    private RequestListQuery() {
    }

    /** @param governmentId the only government whose requests may be listed, or {@code null} for all */
    public static List<AssistanceRequest> fetch(EntityManager em, RequestFilter filter, Long governmentId,
                                                PageRequest page) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<AssistanceRequest> query = cb.createQuery(AssistanceRequest.class);
        Root<AssistanceRequest> request = query.from(AssistanceRequest.class);
        Path<Long> id = request.get("id");
        List<Predicate> where = new ArrayList<>();
        if (governmentId != null) {
            where.add(cb.equal(request.get("governmentId"), governmentId));
        }
        if (filter.status() != null) {
            where.add(cb.equal(request.get("status"), filter.status()));
        }
        if (filter.urgency() != null) {
            where.add(cb.equal(request.get("urgency"), filter.urgency()));
        }
        if (filter.country() != null) {
            where.add(cb.equal(request.get("country"), filter.country()));
        }
        if (filter.openOnly() || filter.queue()) {
            where.add(request.get("status").in(OPEN));
        }
        if (filter.queue()) {
            Path<Urgency> urgency = request.get("urgency");
            Path<Instant> due = request.get("decisionDue");
            if (page.cursor() != null) {
                KeysetCursor after = KeysetCursor.decode(page.cursor(), 3);
                Urgency lastUrgency = Urgency.valueOf(after.part(0));
                Instant lastDue = Instant.parse(after.part(1));
                long lastId = after.longPart(2);
                where.add(cb.or(cb.greaterThan(urgency, lastUrgency),
                        cb.and(cb.equal(urgency, lastUrgency), cb.greaterThan(due, lastDue)),
                        cb.and(cb.equal(urgency, lastUrgency), cb.equal(due, lastDue), cb.greaterThan(id, lastId))));
            }
            query.orderBy(cb.asc(urgency), cb.asc(due), cb.asc(id));
        } else {
            if (page.cursor() != null) {
                where.add(cb.lessThan(id, KeysetCursor.decode(page.cursor(), 1).longPart(0)));
            }
            query.orderBy(cb.desc(id));
        }
        query.select(request).where(where.toArray(Predicate[]::new));
        return em.createQuery(query).setMaxResults(page.limit() + 1).getResultList();
    }

    public static KeysetCursor cursorOf(AssistanceRequest request, RequestFilter filter) {
        return filter.queue()
                ? KeysetCursor.of(request.urgency().name(), request.decisionDue().toString(), request.id())
                : KeysetCursor.of(request.id());
    }
}
