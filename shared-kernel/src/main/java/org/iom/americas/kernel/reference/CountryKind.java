package org.iom.americas.kernel.reference;

/** Territories appear in field work but have no IOM membership of their own. */
public enum CountryKind {
    STATE, TERRITORY
}
