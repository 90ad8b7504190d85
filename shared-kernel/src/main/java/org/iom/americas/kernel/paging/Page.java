package org.iom.americas.kernel.paging;

import jakarta.json.bind.annotation.JsonbNillable;
import java.io.Serializable;
import java.util.List;
import java.util.function.Function;

/** One page of a list and the cursor of the next one ({@code null} on the last page, and said so). */
@JsonbNillable
public record Page<T>(List<T> items, String nextCursor) implements Serializable {

    public Page {
        items = List.copyOf(items);
    }

    /**
     * Builds a page from a query that fetched one row more than asked for: that extra row only says whether a
     * next page exists.
     */
    public static <E, T> Page<T> fromOverfetch(List<E> rows, int limit, Function<E, T> toItem,
                                               Function<E, KeysetCursor> cursorOf) {
        boolean more = rows.size() > limit;
        List<E> shown = more ? rows.subList(0, limit) : rows;
        String next = more ? cursorOf.apply(shown.get(shown.size() - 1)).encode() : null;
        return new Page<>(shown.stream().map(toItem).toList(), next);
    }
}
