package org.iom.americas.projects;

import java.io.Serializable;

/** An organisation in a project: an agency or a government, in one role. */
public record ParticipantView(long id, Long agencyId, Long governmentId, ParticipantRole role) implements Serializable {
}
