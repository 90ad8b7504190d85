package org.iom.americas.partners;

/**
 * Which requests to list; any criterion may be {@code null}. {@code queue} orders the open requests the way
 * coordinators work through them: most urgent first, then by decision due date.
 */
public record RequestFilter(RequestStatus status, Urgency urgency, String country, boolean openOnly, boolean queue) {
}
