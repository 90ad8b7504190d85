package org.iom.americas.web.api;

import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import java.util.Map;

/**
 * {@code ?format=csv} means {@code Accept: text/csv}: a link in a page or a spreadsheet's "from web" import cannot
 * set a header, and every list then chooses its representation in one way only, by the media type. HXL is CSV with
 * a hashtag row; the resource reads {@code format=hxl} itself to add it.
 */
@Provider
@PreMatching
public class FormatParameter implements ContainerRequestFilter {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static final Map<String, String> MEDIA_TYPES = Map.of(
            "json", MediaType.APPLICATION_JSON,
            "csv", "text/csv",
            "xlsx", XLSX,
            "iati", MediaType.APPLICATION_XML,
            "hxl", "text/csv");

    @Override
    public void filter(ContainerRequestContext request) {
        String format = request.getUriInfo().getQueryParameters().getFirst("format");
        if (format == null || format.isBlank()) {
            return;
        }
        String mediaType = MEDIA_TYPES.get(format.strip().toLowerCase(java.util.Locale.ROOT));
        if (mediaType == null) {
            throw new NotAcceptableException();
        }
        request.getHeaders().putSingle(HttpHeaders.ACCEPT, mediaType);
    }
}
