package org.iom.americas.partners;

/** A government's standing in IOM. Kept as data on the record, never inferred from the country. */
public enum MembershipStatus {
    MEMBER_STATE, OBSERVER_STATE, NON_MEMBER
}
