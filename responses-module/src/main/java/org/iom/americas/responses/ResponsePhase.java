package org.iom.americas.responses;

/** The phase of a humanitarian response; every phase but {@code CLOSED} is an open response. */
public enum ResponsePhase {
    ALERT, EMERGENCY, EARLY_RECOVERY, CLOSED
}
