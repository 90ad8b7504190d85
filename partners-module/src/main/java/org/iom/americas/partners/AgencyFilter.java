package org.iom.americas.partners;

/**
 * Which agencies to list; any criterion may be {@code null}. {@code q} finds a part of the name or the acronym,
 * whatever the case and the accents ("mexico" finds "México").
 */
public record AgencyFilter(String q, AgencyType type, String country, String iomArea, Boolean active) {
}
