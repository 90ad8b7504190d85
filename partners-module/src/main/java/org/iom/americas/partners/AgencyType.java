package org.iom.americas.partners;

/** The kinds of partner agency IOM works with. */
public enum AgencyType {
    UN_AGENCY, INTERNATIONAL_NGO, NATIONAL_NGO, INTERGOVERNMENTAL_ORGANISATION, RED_CROSS_RED_CRESCENT, ACADEMIC,
    PRIVATE_SECTOR, DONOR
}
