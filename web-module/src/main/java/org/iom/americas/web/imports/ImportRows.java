package org.iom.americas.web.imports;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.iom.americas.kernel.error.BusinessException;
import org.iom.americas.kernel.error.FieldProblem;
import org.iom.americas.kernel.error.InvalidInputException;
import org.iom.americas.kernel.security.Roles;
import org.iom.americas.partners.AgencyType;
import org.iom.americas.partners.NewPartnerAgency;
import org.iom.americas.partners.PartnerAgencies;
import org.iom.americas.partners.PartnerAgencyRevision;
import org.iom.americas.partners.PartnerAgencyView;
import org.iom.americas.projects.ActivityReportView;
import org.iom.americas.projects.ActivityReports;
import org.iom.americas.projects.JointProjectView;
import org.iom.americas.projects.JointProjects;
import org.iom.americas.projects.ProjectPlan;
import org.iom.americas.projects.ReportDetails;
import org.iom.americas.web.InputDates;
import org.iom.americas.web.PlaceLines;
import org.iom.americas.web.i18n.Messages;
import org.iom.americas.web.i18n.Violations;
import org.iom.americas.web.imports.RowOutcome.CellProblem;
import org.iom.americas.web.imports.RowOutcome.Result;

/**
 * Applies rows through the modules' public services, as the importing person: each row is matched on its natural
 * key (an agency's acronym; a project's code, or its lead, title and start; a report's project, agency, activity,
 * place and period), then created, updated, or left unchanged when it already says the same. A row the services
 * refuse is rejected with each problem in its column, in the importer's language.
 */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.AGENCY})
public class ImportRows {

    private static final Logger LOG = Logger.getLogger(ImportRows.class.getName());

    @Resource
    SessionContext context;

    @Inject
    PartnerAgencies agencies;

    @Inject
    JointProjects projects;

    @Inject
    ActivityReports reports;

    /** One row in a transaction of its own; a dry run, and a rejected row, leave nothing behind. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public RowOutcome applyAlone(ImportKind kind, ImportRow row, boolean dryRun, Locale locale) {
        RowOutcome outcome = apply(kind, row, locale);
        if (dryRun || outcome.result() == Result.REJECTED) {
            context.setRollbackOnly();
        }
        return outcome;
    }

    /**
     * Every row in one transaction: all of them are kept, or, from the first row refused, none (the rows after it
     * are not tried, and the list ends with the refused one).
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<RowOutcome> applyTogether(ImportKind kind, List<ImportRow> rows, Locale locale) {
        List<RowOutcome> outcomes = new ArrayList<>();
        for (ImportRow row : rows) {
            RowOutcome outcome = apply(kind, row, locale);
            outcomes.add(outcome);
            if (outcome.result() == Result.REJECTED) {
                context.setRollbackOnly();
                break;
            }
        }
        return outcomes;
    }

    private RowOutcome apply(ImportKind kind, ImportRow row, Locale locale) {
        try {
            return switch (kind) {
                case AGENCIES -> agency(row);
                case PROJECTS -> project(row);
                case REPORTS -> report(row);
            };
        } catch (RuntimeException failure) {
            return RowOutcome.rejected(row.number(), problems(failure, row, locale));
        }
    }

    private RowOutcome agency(ImportRow row) {
        String acronym = required(row, "acronym");
        AgencyType type = enumOf(row, "type", AgencyType.class);
        Set<String> countries = codes(row.get("countries"));
        Set<String> areas = codes(row.get("iomAreas"));
        Optional<PartnerAgencyView> known = agencies.withAcronym(acronym);
        if (known.isEmpty()) {
            PartnerAgencyView created = agencies.register(new NewPartnerAgency(row.get("name"), acronym, type,
                    row.get("website"), row.get("contactName"), row.get("contactEmail"), countries, areas));
            return new RowOutcome(row.number(), Result.CREATED, created.id(), List.of());
        }
        PartnerAgencyView agency = known.get();
        boolean same = Objects.equals(agency.name(), row.get("name")) && agency.type() == type
                && Objects.equals(agency.website(), row.get("website"))
                && Objects.equals(agency.contactName(), row.get("contactName"))
                && Objects.equals(agency.contactEmail(), row.get("contactEmail"))
                && new TreeSet<>(agency.countries()).equals(countries) && new TreeSet<>(agency.iomAreas()).equals(areas);
        if (same) {
            return new RowOutcome(row.number(), Result.UNCHANGED, agency.id(), List.of());
        }
        agencies.revise(agency.id(), new PartnerAgencyRevision(row.get("name"), type, agency.active(),
                row.get("website"), row.get("contactName"), row.get("contactEmail"), countries, areas,
                agency.version()));
        return new RowOutcome(row.number(), Result.UPDATED, agency.id(), List.of());
    }

    private RowOutcome project(ImportRow row) {
        Long lead = row.get("leadAgency") == null ? null : agencyId(row, "leadAgency");
        ProjectPlan plan = new ProjectPlan(row.get("title"), row.get("summary"), codes(row.get("countries")),
                PlaceLines.parse("locations", row.get("locations")), codes(row.get("iomAreas")),
                numbers(row, "objectives"), InputDates.parse("startDate", row.get("startDate")),
                InputDates.parse("endDate", row.get("endDate")), lead, null, null);
        Optional<JointProjectView> known;
        if (row.get("code") != null) {
            known = projects.withCode(row.get("code"));
            if (known.isEmpty()) {
                throw new InvalidInputException("code", "validation.import.codeUnknown", row.get("code"));
            }
        } else {
            known = lead == null || plan.title() == null || plan.startDate() == null ? Optional.empty()
                    : projects.plannedBy(lead, plan.title(), plan.startDate());
        }
        if (known.isEmpty()) {
            JointProjectView created = projects.plan(plan);
            return new RowOutcome(row.number(), Result.CREATED, created.id(), List.of());
        }
        JointProjectView project = known.get();
        boolean same = Objects.equals(project.title(), plan.title())
                && Objects.equals(project.summary(), plan.summary())
                && new TreeSet<>(project.countries()).equals(plan.countries())
                && new TreeSet<>(project.iomAreas()).equals(plan.iomAreas())
                && new TreeSet<>(project.objectives()).equals(plan.objectives())
                && new LinkedHashSet<>(project.locations()).equals(new LinkedHashSet<>(plan.locations()))
                && Objects.equals(project.startDate(), plan.startDate())
                && Objects.equals(project.endDate(), plan.endDate())
                && Objects.equals(project.leadAgencyId(), plan.leadAgencyId());
        if (same) {
            return new RowOutcome(row.number(), Result.UNCHANGED, project.id(), List.of());
        }
        projects.revise(project.id(), new ProjectPlan(plan.title(), plan.summary(), plan.countries(),
                plan.locations(), plan.iomAreas(), plan.objectives(), plan.startDate(), plan.endDate(),
                plan.leadAgencyId(), project.humanitarianResponseId(), project.version()));
        return new RowOutcome(row.number(), Result.UPDATED, project.id(), List.of());
    }

    private RowOutcome report(ImportRow row) {
        String code = required(row, "project");
        JointProjectView project = projects.withCode(code).orElseThrow(
                () -> new InvalidInputException("project", "validation.import.codeUnknown", code));
        long agency = agencyId(row, "agency");
        ReportDetails.Reached reached = new ReportDetails.Reached(integer(row, "total"),
                count(row, "femaleChildren"), count(row, "femaleAdults"), count(row, "femaleElderly"),
                count(row, "maleChildren"), count(row, "maleAdults"), count(row, "maleElderly"),
                count(row, "migrants"), count(row, "refugees"), count(row, "internallyDisplaced"),
                count(row, "hostCommunity"), count(row, "returnees"));
        ReportDetails details = new ReportDetails(agency, null, upper(row.get("iomArea")), row.get("activity"),
                upper(row.get("country")), row.get("admin1"), InputDates.parse("periodStart", row.get("periodStart")),
                InputDates.parse("periodEnd", row.get("periodEnd")), row.get("achieved"), reached, null);
        Optional<ActivityReportView> known = reports.reports(project.id()).stream()
                .filter(r -> r.agencyId() == agency && Objects.equals(r.activity(), details.activity())
                        && Objects.equals(r.country(), details.country())
                        && Objects.equals(r.admin1(), details.admin1())
                        && Objects.equals(r.periodStart(), details.periodStart())
                        && Objects.equals(r.periodEnd(), details.periodEnd()))
                .findFirst();
        if (known.isEmpty()) {
            ActivityReportView created = reports.report(project.id(), details);
            return new RowOutcome(row.number(), Result.CREATED, created.id(), List.of());
        }
        ActivityReportView report = known.get();
        boolean same = Objects.equals(report.iomArea(), details.iomArea())
                && sameAmount(report.achieved(), details.achieved()) && report.reached().equals(reached);
        if (same) {
            return new RowOutcome(row.number(), Result.UNCHANGED, report.id(), List.of());
        }
        reports.revise(project.id(), report.id(), new ReportDetails(agency, report.indicatorId(), details.iomArea(),
                details.activity(), details.country(), details.admin1(), details.periodStart(), details.periodEnd(),
                details.achieved(), reached, report.version()));
        return new RowOutcome(row.number(), Result.UPDATED, report.id(), List.of());
    }

    /** An agency named by its acronym, or by its full name. */
    private long agencyId(ImportRow row, String column) {
        String named = required(row, column);
        return agencies.withAcronym(named).or(() -> agencies.list().stream()
                        .filter(a -> a.name().equalsIgnoreCase(named)).findFirst())
                .map(PartnerAgencyView::id)
                .orElseThrow(() -> new InvalidInputException(column, "validation.import.agencyUnknown", named));
    }

    private static String required(ImportRow row, String column) {
        String value = row.get(column);
        if (value == null) {
            throw new InvalidInputException(column, "validation.import.required");
        }
        return value;
    }

    private static <E extends Enum<E>> E enumOf(ImportRow row, String column, Class<E> type) {
        String value = required(row, column);
        try {
            return Enum.valueOf(type, value.toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_'));
        } catch (IllegalArgumentException unknown) {
            throw new InvalidInputException(column, "validation.import.oneOf", value, Arrays.stream(
                    type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", ")));
        }
    }

    private static Integer integer(ImportRow row, String column) {
        String value = row.get(column);
        if (value == null) {
            return null;
        }
        try {
            return Integer.valueOf(value.replace(",", "").replace(" ", ""));
        } catch (NumberFormatException notAWholeNumber) {
            throw new InvalidInputException(column, "validation.import.wholeNumber", value);
        }
    }

    private static int count(ImportRow row, String column) {
        Integer value = integer(row, column);
        return value == null ? 0 : value;
    }

    private static Set<Integer> numbers(ImportRow row, String column) {
        Set<Integer> numbers = new TreeSet<>();
        for (String part : split(row.get(column))) {
            try {
                numbers.add(Integer.valueOf(part));
            } catch (NumberFormatException notANumber) {
                throw new InvalidInputException(column, "validation.import.wholeNumber", part);
            }
        }
        return numbers;
    }

    /** Codes in one cell, separated by semicolons, commas, bars or spaces: "MX; GT", "HN|SV". */
    private static Set<String> codes(String cell) {
        return split(cell).stream().map(ImportRows::upper).collect(Collectors.toCollection(TreeSet::new));
    }

    private static List<String> split(String cell) {
        return cell == null ? List.of() : Arrays.stream(cell.split("[;,|\\s]+")).map(String::strip)
                .filter(s -> !s.isEmpty()).toList();
    }

    private static String upper(String code) {
        return code == null ? null : code.strip().toUpperCase(Locale.ROOT);
    }

    private static boolean sameAmount(String stored, String imported) {
        if (stored == null || imported == null) {
            return stored == null && imported == null;
        }
        try {
            return new java.math.BigDecimal(stored).compareTo(new java.math.BigDecimal(imported)) == 0;
        } catch (NumberFormatException notANumber) {
            return false;
        }
    }

    /** Each problem of a refused row, in the column it is about, in the importer's language. */
    private static List<CellProblem> problems(RuntimeException failure, ImportRow row, Locale locale) {
        List<CellProblem> problems = new ArrayList<>();
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConstraintViolationException invalid) {
                for (ConstraintViolation<?> violation : invalid.getConstraintViolations()) {
                    problems.add(new CellProblem(column(row, Violations.fieldOf(violation.getPropertyPath())),
                            Violations.message(violation, locale)));
                }
                return problems;
            }
            if (cause instanceof BusinessException business) {
                if (business.fieldProblems().isEmpty()) {
                    problems.add(new CellProblem(null,
                            Messages.text(locale, business.messageKey(), business.arguments())));
                }
                for (FieldProblem problem : business.fieldProblems()) {
                    problems.add(new CellProblem(column(row, problem.field()),
                            Messages.text(locale, problem.messageKey(), problem.arguments())));
                }
                return problems;
            }
            if (cause instanceof EJBAccessException) {
                problems.add(new CellProblem(null, Messages.text(locale, "validation.import.forbidden")));
                return problems;
            }
        }
        LOG.log(Level.WARNING, "import row " + row.number() + " failed unexpectedly", failure);
        problems.add(new CellProblem(null, Messages.text(locale, "validation.import.unexpected")));
        return problems;
    }

    /** The column a boundary's field is read from ("reached.total" is the total column), as the reader sees it. */
    private static String column(ImportRow row, String field) {
        String key = field.replaceAll("\\[.*?]", "").replaceFirst("^reached\\.?", "");
        key = switch (key) {
            case "", "reached" -> "total";
            case "leadAgencyId" -> "leadAgency";
            case "agencyId" -> "agency";
            default -> key.contains(".") ? key.substring(key.lastIndexOf('.') + 1) : key;
        };
        return row.columns().containsKey(key) ? row.where(key) : key;
    }
}
