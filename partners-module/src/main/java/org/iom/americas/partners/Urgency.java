package org.iom.americas.partners;

/** How soon a request needs an answer; each urgency has its own service levels. Ordered most urgent first. */
public enum Urgency {
    EMERGENCY, PRIORITY, ROUTINE
}
