package org.iom.americas.partners;

/** Where a request stands in its lifecycle. */
public enum RequestStatus {
    DRAFT, SUBMITTED, UNDER_REVIEW, INFORMATION_REQUESTED, RESUBMITTED, ACCEPTED, DECLINED, WITHDRAWN;

    /** Whether IOM still owes the government an answer. */
    public boolean isOpen() {
        return this == SUBMITTED || this == UNDER_REVIEW || this == RESUBMITTED || this == INFORMATION_REQUESTED;
    }

    /** Whether the government may still change what it asks. */
    public boolean isEditable() {
        return this == DRAFT || this == INFORMATION_REQUESTED;
    }
}
