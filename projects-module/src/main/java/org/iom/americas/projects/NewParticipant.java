package org.iom.americas.projects;

import jakarta.validation.constraints.NotNull;
import java.io.Serializable;

/** An agency or (as counterpart) a government joining a project. Exactly one of the two ids. */
public record NewParticipant(Long agencyId, Long governmentId, @NotNull ParticipantRole role) implements Serializable {

    /** Written out to keep the constraints off the constructor's parameters (payara/Payara#7649). */
    public NewParticipant(Long agencyId, Long governmentId, ParticipantRole role) {
        this.agencyId = agencyId;
        this.governmentId = governmentId;
        this.role = role;
    }
}
