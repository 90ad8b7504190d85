package org.iom.americas.web.api;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.UriInfo;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.iom.americas.kernel.money.Money;
import org.iom.americas.kernel.paging.Page;
import org.iom.americas.kernel.reference.WorkingLanguage;
import org.iom.americas.web.i18n.Messages;

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

    /**
     * The header row: the API's field names, which partners' systems map once and keep; or, for a person who
     * downloads a list from a page ({@code ?headers=labels}), the fields' names in their language ({@code lang},
     * else {@code Accept-Language}). A field without a label keeps its API name.
     */
    List<String> headers(UriInfo uri, HttpHeaders http) {
        Optional<Locale> labels = labelLocale(uri, http);
        if (labels.isEmpty()) {
            return headers();
        }
        return headers().stream().map(name -> {
            String label = Messages.text(labels.get(), "column." + name);
            return label.equals("column." + name) ? name : label;
        }).toList();
    }

    /** The reader's language when an export asks for labelled columns ({@code ?headers=labels}), else nothing. */
    static Optional<Locale> labelLocale(UriInfo uri, HttpHeaders http) {
        if (uri == null || !"labels".equals(uri.getQueryParameters().getFirst("headers"))) {
            return Optional.empty();
        }
        return Optional.of(WorkingLanguage.preferred(Optional.ofNullable(uri.getQueryParameters().getFirst("lang"))
                        .map(Locale::forLanguageTag).stream().iterator())
                .map(WorkingLanguage::locale).orElseGet(() -> ApiLocale.of(http)));
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
