package org.iom.americas.projects.control;

import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.persistence.config.HintValues;
import org.eclipse.persistence.config.QueryHints;
import org.iom.americas.kernel.paging.KeysetCursor;
import org.iom.americas.kernel.paging.PageRequest;
import org.iom.americas.projects.ProjectFilter;
import org.iom.americas.projects.entity.JointProject;
import org.iom.americas.projects.entity.ProjectParticipant;

/** The keyset query behind the projects list, newest first; a partner filter finds projects it leads or joins. */
public final class ProjectListQuery {

    private ProjectListQuery() {
    }

    public static List<JointProject> fetch(EntityManager em, ProjectFilter filter, PageRequest page) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<JointProject> query = cb.createQuery(JointProject.class);
        Root<JointProject> project = query.from(JointProject.class);
        Path<Long> id = project.get("id");
        List<Predicate> where = new ArrayList<>();
        if (filter.country() != null) {
            where.add(cb.isMember(filter.country(), project.<java.util.Collection<String>>get("countries")));
        }
        if (filter.iomArea() != null) {
            where.add(cb.isMember(filter.iomArea(), project.<java.util.Collection<String>>get("iomAreas")));
        }
        if (filter.status() != null) {
            where.add(cb.equal(project.get("status"), filter.status()));
        }
        if (filter.agencyId() != null) {
            Subquery<Long> joined = query.subquery(Long.class);
            Root<ProjectParticipant> participant = joined.from(ProjectParticipant.class);
            joined.select(participant.get("projectId")).where(cb.equal(participant.get("agencyId"), filter.agencyId()));
            where.add(cb.or(cb.equal(project.get("leadAgencyId"), filter.agencyId()), id.in(joined)));
        }
        Path<LocalDate> start = project.get("startDate");
        Path<LocalDate> end = project.get("endDate");
        if (filter.to() != null) {
            where.add(cb.or(cb.isNull(start), cb.lessThanOrEqualTo(start, filter.to())));
        }
        if (filter.from() != null) {
            where.add(cb.or(cb.isNull(end), cb.greaterThanOrEqualTo(end, filter.from())));
        }
        if (page.cursor() != null) {
            where.add(cb.lessThan(id, KeysetCursor.decode(page.cursor(), 1).longPart(0)));
        }
        query.select(project).where(where.toArray(Predicate[]::new)).orderBy(cb.desc(id));
        // a page only shows what it reads: nothing registered for change tracking, nothing to compare at commit.
        // Read-only queries bypass the transaction's own changes, so only a pure read (this list) may use one.
        return em.createQuery(query).setHint(QueryHints.READ_ONLY, HintValues.TRUE).setMaxResults(page.limit() + 1)
                .getResultList();
    }
}
