package org.iom.americas.kernel.figures;

import java.io.Serializable;

/**
 * How many records share one value of a dimension (a country, an IOM area, an urgency): the unit every dashboard
 * chart and map is drawn from, counted by the module that owns the records.
 */
public record Tally(String key, long count) implements Serializable {

    /** A row of {@code SELECT key, COUNT(...) ... GROUP BY key}. */
    public static Tally of(Object[] row) {
        return new Tally((String) row[0], ((Number) row[1]).longValue());
    }
}
