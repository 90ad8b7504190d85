package org.iom.americas.projects;

/** The part an organisation plays in a joint project. */
public enum ParticipantRole {
    LEAD, IMPLEMENTING_PARTNER, DONOR, GOVERNMENT_COUNTERPART
}
