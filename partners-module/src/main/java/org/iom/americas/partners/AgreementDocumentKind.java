package org.iom.americas.partners;

/** The signed agreement itself, or an amendment to it. */
public enum AgreementDocumentKind {
    SIGNED_AGREEMENT, AMENDMENT
}
