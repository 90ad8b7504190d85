package org.iom.americas.partners.control;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.util.ArrayList;
import java.util.List;
import org.iom.americas.kernel.paging.KeysetCursor;
import org.iom.americas.kernel.paging.PageRequest;
import org.iom.americas.kernel.persistence.TextSearch;
import org.iom.americas.partners.AgencyFilter;
import org.iom.americas.partners.entity.PartnerAgency;

/**
 * The keyset query behind the agencies list and search, by name then id. The free text is matched with LIKE under
 * the columns' utf8mb4_unicode_ci collation, which ignores case and accents, so "mexico" finds "México"; its
 * wildcards are escaped, so a "%" typed by a user is only a percent sign.
 */
public final class AgencyListQuery {

    private AgencyListQuery() {
    }

    public static List<PartnerAgency> fetch(EntityManager em, AgencyFilter filter, PageRequest page) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<PartnerAgency> query = cb.createQuery(PartnerAgency.class);
        Root<PartnerAgency> agency = query.from(PartnerAgency.class);
        Path<String> name = agency.get("name");
        Path<Long> id = agency.get("id");
        List<Predicate> where = new ArrayList<>();
        if (filter.q() != null && !filter.q().isBlank()) {
            String pattern = TextSearch.containing(filter.q());
            where.add(cb.or(cb.like(cb.lower(name), pattern, TextSearch.ESCAPE),
                    cb.like(cb.lower(agency.get("acronym")), pattern, TextSearch.ESCAPE)));
        }
        if (filter.type() != null) {
            where.add(cb.equal(agency.get("type"), filter.type()));
        }
        if (filter.active() != null) {
            where.add(cb.equal(agency.get("active"), filter.active()));
        }
        if (filter.country() != null) {
            where.add(cb.isMember(filter.country(), agency.<java.util.Collection<String>>get("countries")));
        }
        if (filter.iomArea() != null) {
            where.add(cb.isMember(filter.iomArea(), agency.<java.util.Collection<String>>get("iomAreas")));
        }
        if (page.cursor() != null) {
            KeysetCursor after = KeysetCursor.decode(page.cursor(), 2);
            String lastName = after.part(0);
            where.add(cb.or(cb.greaterThan(name, lastName),
                    cb.and(cb.equal(name, lastName), cb.greaterThan(id, after.longPart(1)))));
        }
        query.select(agency).where(where.toArray(Predicate[]::new)).orderBy(cb.asc(name), cb.asc(id));
        return em.createQuery(query).setMaxResults(page.limit() + 1).getResultList();
    }

    public static KeysetCursor cursorOf(PartnerAgency agency) {
        return KeysetCursor.of(agency.name(), agency.id());
    }

}
