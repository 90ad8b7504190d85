package org.iom.americas.partners;

/** Where an agreement stands, from its first draft to its end. */
public enum AgreementStatus {
    DRAFT, UNDER_NEGOTIATION, SIGNED, IN_FORCE, EXPIRED, TERMINATED
}
