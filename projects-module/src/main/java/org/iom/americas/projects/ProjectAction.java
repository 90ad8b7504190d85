package org.iom.americas.projects;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The moves of a project's lifecycle, from which states each may be made, and where it leads. */
public enum ProjectAction {
    ACTIVATE(ProjectStatus.ACTIVE, EnumSet.of(ProjectStatus.PIPELINE)),
    SUSPEND(ProjectStatus.SUSPENDED, EnumSet.of(ProjectStatus.ACTIVE)),
    RESUME(ProjectStatus.ACTIVE, EnumSet.of(ProjectStatus.SUSPENDED)),
    COMPLETE(ProjectStatus.COMPLETED, EnumSet.of(ProjectStatus.ACTIVE)),
    CANCEL(ProjectStatus.CANCELLED, EnumSet.of(ProjectStatus.PIPELINE, ProjectStatus.ACTIVE, ProjectStatus.SUSPENDED));

    private final ProjectStatus target;
    private final Set<ProjectStatus> from;

    ProjectAction(ProjectStatus target, Set<ProjectStatus> from) {
        this.target = target;
        this.from = from;
    }

    public ProjectStatus target() {
        return target;
    }

    public boolean isAllowedFrom(ProjectStatus status) {
        return from.contains(status);
    }

    public static List<String> allowed(ProjectStatus status) {
        return Arrays.stream(values()).filter(a -> a.isAllowedFrom(status)).map(ProjectAction::path).toList();
    }

    public String path() {
        return name().toLowerCase(Locale.ROOT);
    }
}
