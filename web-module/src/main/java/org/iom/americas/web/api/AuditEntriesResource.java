package org.iom.americas.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.iom.americas.kernel.audit.ChainVerification;
import org.iom.americas.kernel.error.InvalidInputException;
import org.iom.americas.kernel.json.SharedJson;
import org.iom.americas.kernel.paging.Page;
import org.iom.americas.kernel.paging.PageRequest;
import org.iom.americas.web.platform.AuditEntryView;
import org.iom.americas.web.platform.AuditFilter;
import org.iom.americas.web.platform.AuditTrail;
import org.iom.americas.web.platform.SecurityAudit;

@Path("audit")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Audit trail", description = "Every change of a cooperation record, hash-chained. ADMIN only.")
public class AuditEntriesResource {

    private static final int CSV_LIMIT = 100_000;

    @Inject
    AuditTrail trail;

    @Inject
    SecurityAudit securityAudit;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "List audit entries, newest first",
            description = "Filters: recordType, recordId, actor, organisation (IOM, PARTNER_AGENCY:7, ...), action "
                    + "(CREATE, UPDATE, DELETE, TRANSITION, SECURITY), from and to (ISO 8601 instants). ADMIN.")
    @APIResponse(responseCode = "200", description = "One page; nextCursor, when present, leads to the next",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "AuditEntryViewPage")))
    public Page<AuditEntryView> entries(@QueryParam("recordType") String recordType,
                                        @QueryParam("recordId") String recordId,
                                        @QueryParam("actor") String actor,
                                        @QueryParam("organisation") String organisation,
                                        @QueryParam("action") String action,
                                        @QueryParam("from") String from,
                                        @QueryParam("to") String to,
                                        @QueryParam("limit") String limit,
                                        @QueryParam("cursor") String cursor) {
        return trail.entries(new AuditFilter(recordType, recordId, actor, organisation, action,
                        instant("from", from), instant("to", to)),
                PageRequest.of(QueryParameters.integer("limit", limit), cursor));
    }

    @GET
    @Path("verification")
    @Operation(summary = "Verify the whole chain",
            description = "Walks every entry; names the first broken one (changed, deleted, moved) if any. ADMIN.")
    public ChainVerification.Result verify() {
        return trail.verify();
    }

    @GET
    @Produces("text/csv")
    @Operation(summary = "Export the filtered audit entries as CSV, newest first",
            description = "The filters of the list; at most 100,000 entries. Cells that a spreadsheet would run as a "
                    + "formula are prefixed with an apostrophe. ADMIN.")
    public Response entriesAsCsv(@QueryParam("recordType") String recordType,
                                 @QueryParam("recordId") String recordId,
                                 @QueryParam("actor") String actor,
                                 @QueryParam("organisation") String organisation,
                                 @QueryParam("action") String action,
                                 @QueryParam("from") String from,
                                 @QueryParam("to") String to) {
        AuditFilter filter = new AuditFilter(recordType, recordId, actor, organisation, action,
                instant("from", from), instant("to", to));
        // the first page is read here, so a refusal (403) or a bad filter (400) answers before the body starts
        Page<AuditEntryView> first = trail.entries(filter, PageRequest.first(PageRequest.MAX_LIMIT));
        securityAudit.record("audit.exported", "format=csv filter=" + filter);
        StreamingOutput body = output -> {
            java.io.Writer out = new java.io.BufferedWriter(
                    new java.io.OutputStreamWriter(output, java.nio.charset.StandardCharsets.UTF_8));
            out.write(CsvCells.row("seq", "occurredAt", "actor", "actorAccountId", "actorOrganisation", "action",
                    "recordType", "recordId", "changes", "entryHash"));
            Page<AuditEntryView> page = first;
            int written = 0;
            while (true) {
                for (AuditEntryView e : page.items()) {
                    out.write(CsvCells.row(e.seq(), e.occurredAt(), e.actor(), e.actorAccountId(),
                            e.actorOrganisation(), e.action(), e.recordType(), e.recordId(), e.changes(),
                            e.entryHash()));
                    written++;
                }
                if (page.nextCursor() == null || written >= CSV_LIMIT) {
                    break;
                }
                page = trail.entries(filter, new PageRequest(PageRequest.MAX_LIMIT, page.nextCursor()));
            }
            out.flush();
        };
        return Response.ok(body, "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"audit-entries.csv\"").build();
    }

    @POST
    @Path("checkpoints")
    @Operation(summary = "Record a checkpoint of the chain now", description = "ADMIN. Also taken every hour.")
    public jakarta.json.JsonObject checkpoint() {
        return SharedJson.objectBuilder().add("seq", trail.checkpoint()).build();
    }

    @GET
    @Path("export")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Export the whole chain with its checkpoints and head",
            description = "For verification offline: the canonical form is described in the document. ADMIN.")
    public Response export() {
        securityAudit.record("audit.exported", "format=chain head=" + trail.headSeq());
        StreamingOutput body = output -> {
            java.io.Writer writer = new java.io.BufferedWriter(
                    new java.io.OutputStreamWriter(output, java.nio.charset.StandardCharsets.UTF_8));
            trail.export(writer);
            writer.flush();
        };
        return Response.ok(body).header("Content-Disposition", "attachment; filename=\"audit-chain.json\"").build();
    }

    private static Instant instant(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(name, "problem.parameter.notAnInstant", value);
        }
    }
}
