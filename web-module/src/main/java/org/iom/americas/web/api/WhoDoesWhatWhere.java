package org.iom.americas.web.api;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.iom.americas.kernel.reference.Place;
import org.iom.americas.partners.PartnerAgencyView;
import org.iom.americas.projects.ActivityReportView;
import org.iom.americas.projects.FundingView;
import org.iom.americas.projects.JointProjectView;
import org.iom.americas.web.i18n.Messages;

/**
 * The "who does what, where, when, for whom" table of joint projects: one row per activity report, and one per
 * project that has none yet. As HXL, a row of hashtags under the header lets humanitarian tools read each column
 * without knowing our names for them.
 */
final class WhoDoesWhatWhere {

    /** The columns' message keys ({@code w3.*}): English for machines and HXL tools, any language for a reader. */
    static final List<String> HEADERS = List.of("project", "implementer", "funders", "sector", "activity", "country",
            "admin1", "admin1Pcode", "start", "end", "status", "reached", "reachedFemale", "reachedMale",
            "reachedChildren", "reachedAdults", "reachedElderly", "committed", "currency");

    static final List<String> HASHTAGS = List.of("#activity+project+code", "#org+impl", "#org+funder", "#sector",
            "#activity", "#country+code", "#adm1+name", "#adm1+code", "#date+start", "#date+end", "#status",
            "#reached", "#reached+f", "#reached+m", "#reached+children", "#reached+adults", "#reached+elderly",
            "#value", "#currency");

    private final Writer out;
    private final Map<Long, PartnerAgencyView> agencies;

    WhoDoesWhatWhere(Writer out, Map<Long, PartnerAgencyView> agencies) {
        this.out = out;
        this.agencies = agencies;
    }

    void start(boolean hxl, Locale language) throws IOException {
        out.write(CsvCells.row(HEADERS.stream().map(key -> Messages.text(language, "w3." + key)).toArray()));
        if (hxl) {
            out.write(CsvCells.row(HASHTAGS.toArray()));
        }
    }

    void project(JointProjectView project, List<ActivityReportView> reports) throws IOException {
        String funders = project.funding().stream().map(FundingView::donorAgencyId).distinct().map(this::name)
                .collect(Collectors.joining("; "));
        if (reports.isEmpty()) {
            String country = project.countries().isEmpty() ? null : project.countries().get(0);
            Place place = project.locations().isEmpty() ? null : project.locations().get(0);
            out.write(CsvCells.row(project.code(), name(project.leadAgencyId()), funders,
                    String.join("; ", project.iomAreas()), project.title(), place == null ? country : place.country(),
                    place == null ? null : place.admin1(), place == null ? null : place.pcode(),
                    project.startDate(), project.endDate(), project.status(), null, null, null, null, null, null,
                    project.totals().committedUsd().amount(), "USD"));
            return;
        }
        for (ActivityReportView report : reports) {
            var reached = report.reached();
            String pcode = project.locations().stream().filter(l -> l.country().equals(report.country())
                    && l.admin1().equalsIgnoreCase(String.valueOf(report.admin1()))).map(Place::pcode)
                    .filter(code -> code != null).findFirst().orElse(null);
            out.write(CsvCells.row(project.code(), name(report.agencyId()), funders, report.iomArea(),
                    report.activity(), report.country(), report.admin1(), pcode, report.periodStart(),
                    report.periodEnd(), project.status(), reached.total(),
                    reached.femaleChildren() + reached.femaleAdults() + reached.femaleElderly(),
                    reached.maleChildren() + reached.maleAdults() + reached.maleElderly(),
                    reached.femaleChildren() + reached.maleChildren(), reached.femaleAdults() + reached.maleAdults(),
                    reached.femaleElderly() + reached.maleElderly(), project.totals().committedUsd().amount(),
                    "USD"));
        }
    }

    private String name(Long agencyId) {
        if (agencyId == null) {
            return null;
        }
        PartnerAgencyView agency = agencies.get(agencyId);
        return agency == null ? "#" + agencyId : agency.name();
    }
}
