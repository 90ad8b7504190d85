package org.iom.americas.partners;

import java.io.Serializable;

/**
 * How many open requests of one urgency stand in one service-level state ({@code ON_TIME}, {@code DUE_SOON},
 * {@code OVERDUE}): the coordinators' first question each morning.
 */
public record RequestTally(Urgency urgency, String serviceLevel, long count) implements Serializable {
}
