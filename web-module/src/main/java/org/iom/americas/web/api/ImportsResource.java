package org.iom.americas.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.iom.americas.kernel.error.InvalidInputException;
import org.iom.americas.web.imports.BulkImports;
import org.iom.americas.web.imports.ImportJobView;
import org.iom.americas.web.imports.ImportKind;
import org.iom.americas.web.imports.ImportMode;
import org.iom.americas.web.imports.RowOutcome;

@Path("imports")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Bulk import", description = "Partner agencies (ADMIN), joint projects and activity reports "
        + "(COORDINATOR, ADMIN, AGENCY within its rights) from CSV, XLSX or HXL-tagged files.")
public class ImportsResource {

    @Inject
    BulkImports imports;

    @Context
    UriInfo uri;

    @Context
    HttpHeaders headers;

    @POST
    @Path("{kind: agencies|projects|reports}")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Import a file", description = "The body is the file (CSV in UTF-8, comma or semicolon, "
            + "or XLSX: its first sheet); the first row names the columns (see the template), or a second row of "
            + "HXL hashtags does. mode: dry-run (nothing changes; each row says what it would do), all-or-nothing "
            + "(every row, or none if any is wrong) or row-by-row (the good rows; the others rejected). Rows are "
            + "matched on natural keys, so the same file imported again changes nothing. The rows are applied in "
            + "the background: follow Location.")
    @APIResponse(responseCode = "202", description = "Started; Location names the import to follow",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "ImportJobView")))
    public Response start(@PathParam("kind") String kind, @QueryParam("mode") String mode,
                          @QueryParam("fileName") String fileName,
                          @HeaderParam("Content-Disposition") String disposition, InputStream body)
            throws IOException {
        ImportMode how = QueryParameters.enumValue("mode", mode == null ? null : mode.replace('-', '_'),
                ImportMode.class);
        if (how == null) {
            throw new InvalidInputException("mode", "validation.import.mode");
        }
        ImportJobView job = imports.start(ImportKind.valueOf(kind.toUpperCase(Locale.ROOT)), how,
                FileTransfers.name(fileName, disposition), FileTransfers.read(body), ApiLocale.of(headers));
        return Response.accepted(job).location(uri.getBaseUriBuilder().path("imports")
                .path(Long.toString(job.id())).build()).build();
    }

    @GET
    @Path("{id: [0-9]+}")
    @Operation(summary = "Follow an import", description = "state RUNNING (processedRows of totalRows), DONE (the "
            + "counts and each row's outcome with its problems by column) or FAILED. The importer's own imports.")
    @APIResponse(responseCode = "200", description = "The import",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "ImportJobView")))
    public ImportJobView follow(@PathParam("id") long id) {
        return imports.find(id);
    }

    @GET
    @Path("{id: [0-9]+}/report")
    @Produces("text/csv")
    @Operation(summary = "The report of an import, as CSV",
            description = "One line per problem (or per row without one): row, result, record id, column, message.")
    public Response report(@PathParam("id") long id) {
        ImportJobView job = imports.find(id);
        StringBuilder csv = new StringBuilder(CsvCells.row("row", "result", "recordId", "column", "message"));
        for (RowOutcome outcome : job.outcomes()) {
            if (outcome.problems().isEmpty()) {
                csv.append(CsvCells.row(outcome.row(), outcome.result(), outcome.recordId(), null, null));
            }
            for (RowOutcome.CellProblem problem : outcome.problems()) {
                csv.append(CsvCells.row(outcome.row(), outcome.result(), outcome.recordId(), problem.column(),
                        problem.message()));
            }
        }
        return Response.ok(csv.toString(), "text/csv; charset=UTF-8").header("Content-Disposition",
                ContentDisposition.attachment("import-" + id + "-report.csv")).build();
    }

    @GET
    @Path("templates/{kind: agencies|projects|reports}")
    @Produces("text/csv")
    @Operation(summary = "An empty file to fill in", description = "The columns a file of this kind may have, "
            + "with their HXL hashtags in the second row.")
    public Response template(@PathParam("kind") String kind) {
        ImportKind what = ImportKind.valueOf(kind.toUpperCase(Locale.ROOT));
        Object[] names = what.columns().stream().map(ImportKind.Column::key).toArray();
        Object[] tags = what.columns().stream().map(ImportKind.Column::hashtag).toArray();
        return Response.ok(CsvCells.row(names) + CsvCells.row(tags), "text/csv; charset=UTF-8")
                .header("Content-Disposition", ContentDisposition.attachment(what.path() + "-template.csv")).build();
    }
}
