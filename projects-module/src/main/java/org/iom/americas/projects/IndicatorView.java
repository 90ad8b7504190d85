package org.iom.americas.projects;

import java.io.Serializable;

/**
 * An indicator with its progress: everything its reports achieved against the target; {@code percent} is whole
 * percent, rounded down, and may pass 100.
 */
public record IndicatorView(long id, String name, String unit, String target, String achieved, int percent)
        implements Serializable {
}
