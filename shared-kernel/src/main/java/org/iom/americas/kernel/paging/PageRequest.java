package org.iom.americas.kernel.paging;

import java.io.Serializable;
import org.iom.americas.kernel.error.InvalidInputException;

/** How much of a list to return and where to continue. Out-of-range limits are refused, never clamped. */
public record PageRequest(int limit, String cursor) implements Serializable {

    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 200;

    public PageRequest {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new InvalidInputException("limit", "problem.limit.range", 1, MAX_LIMIT);
        }
        if (cursor != null && cursor.isBlank()) {
            cursor = null;
        }
    }

    public static PageRequest of(Integer limit, String cursor) {
        return new PageRequest(limit == null ? DEFAULT_LIMIT : limit, cursor);
    }

    public static PageRequest first(int limit) {
        return new PageRequest(limit, null);
    }
}
