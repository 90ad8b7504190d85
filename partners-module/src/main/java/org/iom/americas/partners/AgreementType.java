package org.iom.americas.partners;

/** The kinds of agreement that formalise IOM's cooperation with a member state or a partner agency. */
public enum AgreementType {
    HOST_COUNTRY_AGREEMENT, MEMORANDUM_OF_UNDERSTANDING, COOPERATION_AGREEMENT, LETTER_OF_INTENT,
    DATA_SHARING_AGREEMENT, FUNDING_AGREEMENT
}
