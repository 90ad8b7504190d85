package org.iom.americas.projects;

import java.util.EnumSet;
import java.util.Set;

/** Where a joint project stands. Pipeline, active and suspended projects are still running work. */
public enum ProjectStatus {
    PIPELINE, ACTIVE, SUSPENDED, COMPLETED, CANCELLED;

    public static Set<ProjectStatus> running() {
        return EnumSet.of(PIPELINE, ACTIVE, SUSPENDED);
    }
}
