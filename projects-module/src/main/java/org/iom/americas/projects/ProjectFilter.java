package org.iom.americas.projects;

import java.time.LocalDate;

/** Which projects to list; any criterion may be {@code null}. A period keeps the projects that overlap it. */
public record ProjectFilter(String country, ProjectStatus status, String iomArea, Long agencyId, LocalDate from,
                            LocalDate to) {
}
