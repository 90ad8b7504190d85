package org.iom.americas.projects;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * An active project whose activities an agency has not reported up to the end of the last full quarter, the
 * rhythm donors and the regional office ask for.
 *
 * @param reportedUntil the end of the agency's latest report on the project; {@code null} when it never reported
 * @param dueUntil      the quarter's last day the report should reach
 */
public record ReportDue(long projectId, String code, String title, LocalDate reportedUntil, LocalDate dueUntil)
        implements Serializable {
}
