package org.iom.americas.partners.control;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.iom.americas.kernel.paging.KeysetCursor;
import org.iom.americas.kernel.paging.PageRequest;
import org.iom.americas.partners.AgreementFilter;
import org.iom.americas.partners.entity.CooperationAgreement;

/**
 * The keyset query behind the agreement lists: newest first, or, when an expiry period is asked for, the soonest
 * to expire first (the list a coordinator works through before a renewal round).
 */
public final class AgreementListQuery {

    private AgreementListQuery() {
    }

    /**
     * @param governmentId only the agreements this government is party to, or {@code null}
     * @param agencyId     only the agreements this agency is party to, or {@code null}
     */
    public static List<CooperationAgreement> fetch(EntityManager em, AgreementFilter filter, Long governmentId,
                                                   Long agencyId, PageRequest page) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<CooperationAgreement> query = cb.createQuery(CooperationAgreement.class);
        Root<CooperationAgreement> agreement = query.from(CooperationAgreement.class);
        Path<Long> id = agreement.get("id");
        List<Predicate> where = new ArrayList<>();
        if (governmentId != null) {
            where.add(cb.isMember(governmentId, agreement.get("governmentIds")));
        }
        if (agencyId != null) {
            where.add(cb.isMember(agencyId, agreement.get("agencyIds")));
        }
        if (filter.type() != null) {
            where.add(cb.equal(agreement.get("type"), filter.type()));
        }
        if (filter.status() != null) {
            where.add(cb.equal(agreement.get("status"), filter.status()));
        }
        if (filter.country() != null) {
            where.add(cb.isMember(filter.country(), agreement.get("countries")));
        }
        Path<LocalDate> expires = agreement.get("expiresOn");
        boolean byExpiry = filter.expiresFrom() != null || filter.expiresTo() != null;
        if (filter.expiresFrom() != null) {
            where.add(cb.greaterThanOrEqualTo(expires, filter.expiresFrom()));
        }
        if (filter.expiresTo() != null) {
            where.add(cb.lessThanOrEqualTo(expires, filter.expiresTo()));
        }
        if (byExpiry) {
            if (page.cursor() != null) {
                KeysetCursor after = KeysetCursor.decode(page.cursor(), 2);
                LocalDate lastExpiry = LocalDate.parse(after.part(0));
                long lastId = after.longPart(1);
                where.add(cb.or(cb.greaterThan(expires, lastExpiry),
                        cb.and(cb.equal(expires, lastExpiry), cb.greaterThan(id, lastId))));
            }
            query.orderBy(cb.asc(expires), cb.asc(id));
        } else {
            if (page.cursor() != null) {
                where.add(cb.lessThan(id, KeysetCursor.decode(page.cursor(), 1).longPart(0)));
            }
            query.orderBy(cb.desc(id));
        }
        query.select(agreement).where(where.toArray(Predicate[]::new));
        return em.createQuery(query).setMaxResults(page.limit() + 1).getResultList();
    }

    public static KeysetCursor cursorOf(CooperationAgreement agreement, AgreementFilter filter) {
        return filter.expiresFrom() != null || filter.expiresTo() != null
                ? KeysetCursor.of(agreement.expiresOn().toString(), agreement.id())
                : KeysetCursor.of(agreement.id());
    }
}
