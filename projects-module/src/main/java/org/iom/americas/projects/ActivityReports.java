package org.iom.americas.projects;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.iom.americas.kernel.error.InvalidInputException;
import org.iom.americas.kernel.error.RecordNotFoundException;
import org.iom.americas.kernel.error.StaleVersionException;
import org.iom.americas.kernel.reference.IomArea;
import org.iom.americas.kernel.security.Caller;
import org.iom.americas.kernel.security.Role;
import org.iom.americas.kernel.security.Roles;
import org.iom.americas.projects.entity.ActivityReport;
import org.iom.americas.projects.entity.JointProject;
import org.iom.americas.projects.entity.ProjectIndicator;
import org.iom.americas.projects.entity.ProjectParticipant;

/**
 * What projects measure and what their partners report. Everyone signed in reads; an agency reports for the
 * projects it takes part in (as lead or implementing partner) and changes only its own reports; IOM's
 * coordinators set indicators and may correct any report. Every report's breakdowns must fit its total.
 */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.AGENCY, Roles.LIAISON})
public class ActivityReports {

    static final String RECORD_TYPE = "ActivityReport";

    @PersistenceContext(unitName = "coordination")
    EntityManager em;

    @Inject
    SecurityContext security;

    public List<IndicatorView> indicators(long projectId) {
        project(projectId);
        Map<Long, BigDecimal> achieved = new HashMap<>();
        for (Object[] row : em.createNamedQuery("ActivityReport.achievedByIndicator", Object[].class)
                .setParameter("project", projectId).getResultList()) {
            achieved.put((Long) row[0], row[1] == null ? BigDecimal.ZERO : (BigDecimal) row[1]);
        }
        return em.createNamedQuery("ProjectIndicator.findByProject", ProjectIndicator.class)
                .setParameter("project", projectId).getResultStream()
                .map(i -> view(i, achieved.getOrDefault(i.id(), BigDecimal.ZERO))).toList();
    }

    /** An indicator with its target; IOM, or the lead agency, sets what a project measures. */
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.AGENCY})
    public IndicatorView measure(long projectId, @Valid @NotNull NewIndicator indicator) {
        JointProject project = project(projectId);
        Caller caller = Caller.of(security);
        if (!isIom(caller) && !caller.organisationId().equals(project.leadAgencyId())) {
            throw new EJBAccessException("only IOM and the lead agency set a project's indicators");
        }
        ProjectIndicator created = new ProjectIndicator(projectId, indicator.name(), indicator.unit(),
                new BigDecimal(indicator.target()));
        em.persist(created);
        em.flush();
        return view(created, BigDecimal.ZERO);
    }

    public List<ActivityReportView> reports(long projectId) {
        project(projectId);
        Caller caller = Caller.of(security);
        return em.createNamedQuery("ActivityReport.findByProject", ActivityReport.class)
                .setParameter("project", projectId).getResultStream().map(r -> view(r, caller)).toList();
    }

    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.AGENCY})
    public ActivityReportView report(long projectId, @Valid @NotNull ReportDetails details) {
        JointProject project = project(projectId);
        Caller caller = Caller.of(security);
        long agency = isIom(caller) ? Optional.ofNullable(details.agencyId())
                .orElseThrow(() -> new InvalidInputException("agencyId", "validation.report.agency"))
                : caller.organisationId();
        if (!isIom(caller) && details.agencyId() != null && details.agencyId() != agency) {
            throw new InvalidInputException("agencyId", "validation.report.ownAgency");
        }
        if (!takesPart(project, agency)) {
            throw new InvalidInputException("agencyId", "validation.report.notAPartner");
        }
        ActivityReport report = new ActivityReport(projectId, agency);
        describe(report, project, details);
        em.persist(report);
        em.flush();
        return view(report, caller);
    }

    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.AGENCY})
    public ActivityReportView revise(long projectId, long reportId, @Valid @NotNull ReportDetails details) {
        JointProject project = project(projectId);
        Caller caller = Caller.of(security);
        ActivityReport report = em.find(ActivityReport.class, reportId);
        if (report == null || report.projectId() != projectId) {
            throw new RecordNotFoundException(RECORD_TYPE, reportId);
        }
        if (!mayChange(report, caller)) {
            throw new EJBAccessException("an agency changes its own reports only");
        }
        if (details.version() == null) {
            throw new InvalidInputException("version", "validation.versionRequired");
        }
        if (report.version() != details.version()) {
            throw new StaleVersionException(RECORD_TYPE, reportId, details.version(), report.version());
        }
        describe(report, project, details);
        try {
            em.flush();
        } catch (OptimisticLockException changedMeanwhile) {
            throw new StaleVersionException(RECORD_TYPE, reportId, details.version(), details.version() + 1);
        }
        return view(report, caller);
    }

    private void describe(ActivityReport report, JointProject project, ReportDetails details) {
        if (details.periodEnd().isBefore(details.periodStart())) {
            throw new InvalidInputException("periodEnd", "validation.period");
        }
        if (!project.countries().contains(details.country())) {
            throw new InvalidInputException("country", "validation.report.country", details.country());
        }
        if (em.find(IomArea.class, details.iomArea()) == null) {
            throw new InvalidInputException("iomArea", "validation.iomAreaUnknown", details.iomArea());
        }
        if (details.indicatorId() != null) {
            ProjectIndicator indicator = em.find(ProjectIndicator.class, details.indicatorId());
            if (indicator == null || indicator.projectId() != project.id()) {
                throw new InvalidInputException("indicatorId", "validation.report.indicator");
            }
        }
        ReportDetails.Reached reached = details.reached();
        if (reached.bySexAndAge() > reached.total()) {
            throw new InvalidInputException("reached", "validation.report.sexAndAge", reached.bySexAndAge(),
                    reached.total());
        }
        if (reached.byPopulation() > reached.total()) {
            throw new InvalidInputException("reached", "validation.report.population", reached.byPopulation(),
                    reached.total());
        }
        report.describe(details.indicatorId(), details.iomArea(), details.activity(), details.country(),
                details.admin1(), details.periodStart(), details.periodEnd(),
                details.achieved() == null ? null : new BigDecimal(details.achieved()));
        report.reached(reached.total(), new int[] {reached.femaleChildren(), reached.femaleAdults(),
                reached.femaleElderly(), reached.maleChildren(), reached.maleAdults(), reached.maleElderly()},
                new int[] {reached.migrants(), reached.refugees(), reached.internallyDisplaced(),
                        reached.hostCommunity(), reached.returnees()});
    }

    /**
     * The reports an agency owes: each active project it leads or implements that started before the last full
     * quarter ended, where the agency's reports do not yet reach that quarter's last day. Two queries in all.
     */
    public List<ReportDue> dueFrom(long agencyId, @NotNull LocalDate today) {
        LocalDate quarterStart = today.withDayOfMonth(1).withMonth((today.getMonthValue() - 1) / 3 * 3 + 1);
        LocalDate dueUntil = quarterStart.minusDays(1);
        List<JointProject> running = em.createQuery("SELECT p FROM JointProject p WHERE p.status = :active "
                        + "AND (p.startDate IS NULL OR p.startDate <= :dueUntil) AND (p.leadAgencyId = :agency OR p.id IN "
                        + "(SELECT pp.projectId FROM ProjectParticipant pp WHERE pp.agencyId = :agency AND pp.role IN "
                        + ":reporting)) ORDER BY p.id", JointProject.class)
                .setParameter("active", ProjectStatus.ACTIVE).setParameter("dueUntil", dueUntil)
                .setParameter("agency", agencyId)
                .setParameter("reporting", EnumSet.of(ParticipantRole.LEAD, ParticipantRole.IMPLEMENTING_PARTNER))
                .setMaxResults(200).getResultList();
        if (running.isEmpty()) {
            return List.of();
        }
        Map<Long, LocalDate> reportedUntil = new HashMap<>();
        em.createQuery("SELECT r.projectId, MAX(r.periodEnd) FROM ActivityReport r WHERE r.agencyId = :agency "
                        + "AND r.projectId IN :projects GROUP BY r.projectId", Object[].class)
                .setParameter("agency", agencyId)
                .setParameter("projects", running.stream().map(JointProject::id).toList())
                .getResultStream().forEach(row -> reportedUntil.put((Long) row[0], (LocalDate) row[1]));
        return running.stream().filter(p -> reportedUntil.get(p.id()) == null
                        || reportedUntil.get(p.id()).isBefore(dueUntil))
                .map(p -> new ReportDue(p.id(), p.code(), p.title(), reportedUntil.get(p.id()), dueUntil)).toList();
    }

    /**
     * Whether the caller may report activities for the project: IOM's coordinators and administrators, or an agency
     * that leads or implements it (what {@link #report} allows, for a page to offer its form or not).
     */
    public boolean mayReport(long projectId) {
        Caller caller = Caller.of(security);
        if (caller.isIom()) {
            return isIom(caller);
        }
        return caller.role() == Role.AGENCY && caller.organisationId() != null
                && takesPart(project(projectId), caller.organisationId());
    }

    private boolean takesPart(JointProject project, long agency) {
        return Long.valueOf(agency).equals(project.leadAgencyId())
                || em.createNamedQuery("ProjectParticipant.findByProject", ProjectParticipant.class)
                .setParameter("project", project.id()).getResultStream()
                .anyMatch(p -> Long.valueOf(agency).equals(p.agencyId())
                        && (p.role() == ParticipantRole.LEAD || p.role() == ParticipantRole.IMPLEMENTING_PARTNER));
    }

    private JointProject project(long id) {
        return Optional.ofNullable(em.find(JointProject.class, id))
                .orElseThrow(() -> new RecordNotFoundException("JointProject", id));
    }

    private static boolean isIom(Caller caller) {
        return caller.role() == Role.ADMIN || caller.role() == Role.COORDINATOR;
    }

    private static boolean mayChange(ActivityReport report, Caller caller) {
        return isIom(caller) || caller.role() == Role.AGENCY
                && Long.valueOf(report.agencyId()).equals(caller.organisationId());
    }

    private static IndicatorView view(ProjectIndicator i, BigDecimal achieved) {
        int percent = i.target().signum() == 0 ? 0 : achieved.multiply(BigDecimal.valueOf(100))
                .divide(i.target(), 0, RoundingMode.DOWN).intValue();
        return new IndicatorView(i.id(), i.name(), i.unit(), i.target().toPlainString(),
                achieved.setScale(2, RoundingMode.UNNECESSARY).toPlainString(), percent);
    }

    private static ActivityReportView view(ActivityReport r, Caller caller) {
        int[] s = r.sexAndAge();
        int[] p = r.populations();
        return new ActivityReportView(r.id(), r.projectId(), r.agencyId(), r.indicatorId(), r.iomArea(),
                r.activity(), r.country(), r.admin1(), r.periodStart(), r.periodEnd(),
                r.achieved() == null ? null : r.achieved().toPlainString(),
                new ReportDetails.Reached(r.reachedTotal(), s[0], s[1], s[2], s[3], s[4], s[5], p[0], p[1], p[2],
                        p[3], p[4]), mayChange(r, caller), r.version(), r.createdAt(), r.updatedAt());
    }
}
