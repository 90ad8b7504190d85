package org.iom.americas.web.api;

import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import org.iom.americas.kernel.paging.Page;

/**
 * Any page of a list as CSV, for {@code Accept: text/csv} or {@code ?format=csv}: the columns of
 * {@link RecordColumns}, cells formula-safe. The next page's cursor travels in {@code X-Next-Cursor}, as in JSON it
 * is a field.
 */
@Provider
@Produces("text/csv")
public class PageCsvWriter implements MessageBodyWriter<Page<?>> {

    @Context
    UriInfo uri;

    @Context
    HttpHeaders http;

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return Page.class.isAssignableFrom(type) && RecordColumns.ofPage(genericType) != null;
    }

    @Override
    public void writeTo(Page<?> page, Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType,
                        MultivaluedMap<String, Object> headers, OutputStream entityStream) throws IOException {
        RecordColumns columns = RecordColumns.ofPage(genericType);
        headers.putSingle("Content-Type", "text/csv; charset=UTF-8");
        RecordColumns.describe(headers, page, genericType, "csv");
        Writer out = new OutputStreamWriter(entityStream, StandardCharsets.UTF_8);
        out.write(CsvCells.row(columns.headers(uri, http).toArray()));
        for (Object item : page.items()) {
            out.write(CsvCells.row(columns.values(item).toArray()));
        }
        out.flush();
    }
}
