package org.iom.americas.web.api;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MultivaluedMap;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;
import org.iom.americas.kernel.money.Money;
import org.iom.americas.kernel.paging.Page;

/**
 * A listed record as a table row, for the spreadsheet forms of every list: one column per field, in the record's
 * order, headed by the field's API name; lists joined with "; ", money as amount and currency, nested records as
 * their fields.
 */
final class RecordColumns {

    private final RecordComponent[] fields;

    private RecordColumns(Class<?> record) {
        this.fields = record.getRecordComponents();
    }

    /** The columns of the records a {@code Page<X>} lists, or {@code null} when X is not a record. */
    static RecordColumns ofPage(Type genericType) {
        if (genericType instanceof ParameterizedType page && page.getActualTypeArguments().length == 1
                && page.getActualTypeArguments()[0] instanceof Class<?> item && item.isRecord()) {
            return new RecordColumns(item);
        }
        return null;
    }

    List<String> headers() {
        return Arrays.stream(fields).map(RecordComponent::getName).toList();
    }

    List<Object> values(Object item) {
        List<Object> cells = new ArrayList<>();
        for (RecordComponent field : fields) {
            cells.add(text(read(field, item)));
        }
        return cells;
    }

    /** Names the download after the listed records, and passes on the next page's cursor. */
    static void describe(MultivaluedMap<String, Object> headers, Page<?> page, Type genericType, String extension) {
        Class<?> item = (Class<?>) ((ParameterizedType) genericType).getActualTypeArguments()[0];
        headers.putSingle("Content-Disposition", "attachment; filename=\"" + item.getSimpleName().replace("View", "")
                .toLowerCase(java.util.Locale.ROOT) + "s." + extension + "\"");
        if (page.nextCursor() != null) {
            headers.putSingle("X-Next-Cursor", page.nextCursor());
        }
    }

    private static Object text(Object value) {
        if (value instanceof Money money) {
            return money.amount() + " " + money.currency();
        }
        if (value instanceof Collection<?> values) {
            return values.stream().map(v -> String.valueOf(text(v))).collect(Collectors.joining("; "));
        }
        if (value instanceof Record nested) {
            return Arrays.stream(nested.getClass().getRecordComponents())
                    .map(c -> String.valueOf(read(c, nested))).collect(Collectors.joining(" "));
        }
        return value;
    }

    private static Object read(RecordComponent field, Object record) {
        try {
            return field.getAccessor().invoke(record);
        } catch (ReflectiveOperationException unreadable) {
            throw new WebApplicationException(unreadable);
        }
    }
}
