package org.iom.americas.projects;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/** Another partner's project that works in the same area, in the same places, at the same time. */
public record ProjectOverlap(long id, String code, String title, Long leadAgencyId, ProjectStatus status,
                             LocalDate startDate, LocalDate endDate, List<String> sharedAreas,
                             List<String> sharedPlaces) implements Serializable {
}
