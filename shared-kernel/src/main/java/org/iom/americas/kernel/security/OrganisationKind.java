package org.iom.americas.kernel.security;

/** The three kinds of organisation an account can belong to. */
public enum OrganisationKind {
    IOM, PARTNER_AGENCY, PARTNER_GOVERNMENT
}
