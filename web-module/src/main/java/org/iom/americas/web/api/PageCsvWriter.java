package org.iom.americas.web.api;

import jakarta.ws.rs.Produces;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.lang.annotation.Annotation;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;
import org.iom.americas.kernel.money.Money;
import org.iom.americas.kernel.paging.Page;

/**
 * Any page of a list as CSV, for {@code Accept: text/csv} or {@code ?format=csv}: one column per field of the
 * listed record, in the record's order, headed by the field's API name; lists joined with "; ", money as amount and
 * currency, cells formula-safe. The next page's cursor travels in a {@code Link} header, as in JSON it is a field.
 */
@Provider
@Produces("text/csv")
public class PageCsvWriter implements MessageBodyWriter<Page<?>> {

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return Page.class.isAssignableFrom(type) && recordOf(genericType) != null;
    }

    @Override
    public void writeTo(Page<?> page, Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType,
                        MultivaluedMap<String, Object> headers, OutputStream entityStream) throws IOException {
        Class<?> record = recordOf(genericType);
        RecordComponent[] fields = record.getRecordComponents();
        headers.putSingle("Content-Type", "text/csv; charset=UTF-8");
        headers.putSingle("Content-Disposition", "attachment; filename=\"" + record.getSimpleName()
                .replace("View", "").toLowerCase(java.util.Locale.ROOT) + "s.csv\"");
        if (page.nextCursor() != null) {
            headers.putSingle("X-Next-Cursor", page.nextCursor());
        }
        Writer out = new OutputStreamWriter(entityStream, StandardCharsets.UTF_8);
        out.write(CsvCells.row(Arrays.stream(fields).map(RecordComponent::getName).toArray()));
        for (Object item : page.items()) {
            List<Object> cells = new ArrayList<>();
            for (RecordComponent field : fields) {
                try {
                    cells.add(text(field.getAccessor().invoke(item)));
                } catch (ReflectiveOperationException unreadable) {
                    throw new WebApplicationException(unreadable);
                }
            }
            out.write(CsvCells.row(cells.toArray()));
        }
        out.flush();
    }

    private static Object text(Object value) {
        if (value instanceof Money money) {
            return money.amount() + " " + money.currency();
        }
        if (value instanceof Collection<?> values) {
            return values.stream().map(v -> String.valueOf(text(v))).collect(Collectors.joining("; "));
        }
        if (value instanceof Record nested) {
            return Arrays.stream(nested.getClass().getRecordComponents()).map(c -> {
                try {
                    return String.valueOf(c.getAccessor().invoke(nested));
                } catch (ReflectiveOperationException unreadable) {
                    throw new WebApplicationException(unreadable);
                }
            }).collect(Collectors.joining(" "));
        }
        return value;
    }

    private static Class<?> recordOf(Type genericType) {
        if (genericType instanceof ParameterizedType page && page.getActualTypeArguments().length == 1
                && page.getActualTypeArguments()[0] instanceof Class<?> item && item.isRecord()) {
            return item;
        }
        return null;
    }
}
