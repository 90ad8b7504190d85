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
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.iom.americas.kernel.paging.Page;

/**
 * Any page of a list as an XLSX workbook, for {@code ?format=xlsx}: the columns of {@link RecordColumns}. Every
 * cell is written as text or number, never as a formula, so "=HYPERLINK(...)" typed by someone shows as the text it
 * is; texts are still prefixed like in CSV, so a copy into another sheet stays harmless.
 */
@Provider
@Produces(FormatParameter.XLSX)
public class PageXlsxWriter implements MessageBodyWriter<Page<?>> {

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
        RecordColumns.describe(headers, page, genericType, "xlsx");
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(100)) {
            Sheet sheet = workbook.createSheet("data");
            write(sheet.createRow(0), List.copyOf(columns.headers(uri, http)));
            int index = 1;
            for (Object item : page.items()) {
                write(sheet.createRow(index++), columns.values(item));
            }
            workbook.write(entityStream);
            workbook.dispose();
        }
    }

    private static void write(Row row, List<?> values) {
        for (int i = 0; i < values.size(); i++) {
            Object value = values.get(i);
            if (value instanceof Number number && !(value instanceof java.math.BigDecimal)) {
                row.createCell(i).setCellValue(number.doubleValue());
            } else if (value != null) {
                row.createCell(i).setCellValue(CsvCells.neutralised(value.toString()));
            }
        }
    }
}
