package org.iom.americas.partners.control;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.iom.americas.kernel.paging.KeysetCursor;
import org.iom.americas.kernel.paging.PageRequest;
import org.iom.americas.kernel.reference.WorkingLanguage;
import org.iom.americas.partners.GovernmentFilter;
import org.iom.americas.partners.GovernmentOrder;
import org.iom.americas.partners.entity.PartnerGovernment;

/**
 * The keyset query behind the governments list: filters, then (sort key, id) past the cursor, one row more than
 * the page so the caller knows whether another page follows.
 */
public final class GovernmentListQuery {

    private GovernmentListQuery() {
    }

    public static List<PartnerGovernment> fetch(EntityManager em, GovernmentFilter filter, PageRequest page,
                                                Locale locale) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<PartnerGovernment> query = cb.createQuery(PartnerGovernment.class);
        Root<PartnerGovernment> government = query.from(PartnerGovernment.class);
        Path<String> sortKey = sortKey(government, filter.order(), locale);
        Path<Long> id = government.get("id");

        List<Predicate> where = new ArrayList<>();
        if (filter.subregion() != null) {
            where.add(cb.equal(government.get("country").get("subregion"), filter.subregion()));
        }
        if (filter.membershipStatus() != null) {
            where.add(cb.equal(government.get("membershipStatus"), filter.membershipStatus()));
        }
        if (page.cursor() != null) {
            KeysetCursor after = KeysetCursor.decode(page.cursor(), 2);
            String lastKey = after.part(0);
            long lastId = after.longPart(1);
            where.add(filter.order().descending()
                    ? cb.or(cb.lessThan(sortKey, lastKey), cb.and(cb.equal(sortKey, lastKey), cb.lessThan(id, lastId)))
                    : cb.or(cb.greaterThan(sortKey, lastKey), cb.and(cb.equal(sortKey, lastKey), cb.greaterThan(id, lastId))));
        }
        query.select(government).where(where.toArray(Predicate[]::new));
        query.orderBy(filter.order().descending()
                ? List.of(cb.desc(sortKey), cb.desc(id))
                : List.of(cb.asc(sortKey), cb.asc(id)));
        return em.createQuery(query).setMaxResults(page.limit() + 1).getResultList();
    }

    public static KeysetCursor cursorOf(PartnerGovernment government, GovernmentOrder order, Locale locale) {
        String key = switch (order) {
            case NAME, NAME_DESCENDING -> government.country().name(locale);
            case COUNTRY, COUNTRY_DESCENDING -> government.country().alpha2();
        };
        return KeysetCursor.of(key, government.id());
    }

    private static Path<String> sortKey(Root<PartnerGovernment> government, GovernmentOrder order, Locale locale) {
        Path<Object> country = government.get("country");
        return switch (order) {
            case NAME, NAME_DESCENDING -> country.get("name").get(WorkingLanguage.of(locale).name().toLowerCase(Locale.ROOT));
            case COUNTRY, COUNTRY_DESCENDING -> country.get("alpha2");
        };
    }
}
