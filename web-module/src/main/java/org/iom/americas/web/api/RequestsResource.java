package org.iom.americas.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
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
import org.iom.americas.kernel.paging.Page;
import org.iom.americas.kernel.paging.PageRequest;
import org.iom.americas.partners.AssistanceRequestView;
import org.iom.americas.partners.AssistanceRequests;
import org.iom.americas.partners.AttachmentFile;
import org.iom.americas.partners.AttachmentView;
import org.iom.americas.partners.RequestAction;
import org.iom.americas.partners.RequestDraft;
import org.iom.americas.partners.RequestFilter;
import org.iom.americas.partners.RequestMessageView;
import org.iom.americas.partners.RequestStatus;
import org.iom.americas.partners.Urgency;

@Path("requests")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Assistance requests", description = "What partner governments ask of IOM, from draft to decision. "
        + "LIAISON: their own government's requests only (others are 404). COORDINATOR, ADMIN: all, and answer.")
public class RequestsResource {

    @Inject
    AssistanceRequests requests;

    @Context
    UriInfo uri;

    @Context
    HttpHeaders headers;

    /** The free text that goes with an action: the question, the reason for declining, a comment. */
    public record ActionNote(String note) {
    }

    /** A message of the conversation. */
    public record NewMessage(String body) {
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, "text/csv", FormatParameter.XLSX})
    @Operation(summary = "List requests, newest first, or the coordinators' queue",
            description = "Filters: status, urgency, country, open=true (awaiting IOM). queue=true lists the open "
                    + "requests most urgent first, then by decision due date. Each carries its serviceLevel "
                    + "(ON_TIME, DUE_SOON, OVERDUE) and the actions the caller may take.")
    @APIResponse(responseCode = "200", description = "One page; nextCursor, when present, leads to the next",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "AssistanceRequestViewPage")))
    public Page<AssistanceRequestView> list(@QueryParam("status") String status,
                                            @QueryParam("urgency") String urgency,
                                            @QueryParam("country") String country,
                                            @QueryParam("open") String open,
                                            @QueryParam("queue") String queue,
                                            @QueryParam("limit") String limit,
                                            @QueryParam("cursor") String cursor) {
        RequestFilter filter = new RequestFilter(QueryParameters.enumValue("status", status, RequestStatus.class),
                QueryParameters.enumValue("urgency", urgency, Urgency.class),
                QueryParameters.code("country", country),
                Boolean.TRUE.equals(QueryParameters.bool("open", open)),
                Boolean.TRUE.equals(QueryParameters.bool("queue", queue)));
        return requests.list(filter, PageRequest.of(QueryParameters.integer("limit", limit), cursor));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Draft a request for the caller's government", description = "LIAISON.")
    @APIResponse(responseCode = "400", description = "Invalid fields",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "201", description = "Drafted; Location names the request",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "AssistanceRequestView")))
    public Response draft(RequestDraft draft) {
        AssistanceRequestView request = requests.draft(draft);
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(request.id())).build())
                .entity(request).tag(etag(request)).build();
    }

    @GET
    @Path("{id: [0-9]+}")
    @Operation(summary = "Read one request")
    @APIResponse(responseCode = "200", description = "The record",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "AssistanceRequestView")))
    public Response read(@PathParam("id") long id) {
        AssistanceRequestView request = requests.find(id);
        return Response.ok(request).tag(etag(request)).build();
    }

    @PUT
    @Path("{id: [0-9]+}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Revise a draft, or a request IOM asked more information about",
            description = "LIAISON. Carries the version read: If-Match (mismatch 412) or version (mismatch 409); "
                    + "neither is 428.")
    @APIResponse(responseCode = "200", description = "The record",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "AssistanceRequestView")))
    public Response revise(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           RequestDraft revision) {
        return Versions.revision(ifMatch, revision == null ? null : revision.version(),
                () -> requests.find(id).version(),
                expected -> requests.revise(id, revision == null ? null : revision.withVersion(expected)),
                AssistanceRequestView::version, ApiLocale.of(headers), uri.getRequestUri().getRawPath());
    }

    @POST
    @Path("{id: [0-9]+}/{action: submit|review|request-information|resubmit|accept|decline|withdraw}")
    @Operation(summary = "Move the request on: submit, resubmit, withdraw (LIAISON); review, request-information, "
            + "accept, decline (COORDINATOR, ADMIN)",
            description = "Body (optional, JSON): {\"note\": \"...\"}; required for request-information (the "
                    + "question) and decline (the reason), and added to the conversation. An action the state does "
                    + "not allow is 409 with allowedActions.")
    @APIResponse(responseCode = "409", description = "Not allowed from the current state",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "200", description = "The record",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "AssistanceRequestView")))
    public Response act(@PathParam("id") long id, @PathParam("action") String action, ActionNote note) {
        RequestAction move = RequestAction.valueOf(action.toUpperCase(Locale.ROOT).replace('-', '_'));
        AssistanceRequestView request = requests.act(id, move, note == null ? null : note.note());
        return Response.ok(request).tag(etag(request)).build();
    }

    @GET
    @Path("{id: [0-9]+}/messages")
    @Operation(summary = "The conversation on a request, oldest first")
    @APIResponse(responseCode = "200", description = "One page; nextCursor, when present, leads to the next",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "RequestMessageViewPage")))
    public Page<RequestMessageView> messages(@PathParam("id") long id) {
        return new Page<>(requests.messages(id), null);
    }

    @POST
    @Path("{id: [0-9]+}/messages")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a message to the conversation", description = "{\"body\": \"...\"}, 1 to 5,000 "
            + "characters. The other side is notified.")
    @APIResponse(responseCode = "201", description = "The record as stored",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "RequestMessageView")))
    public Response post(@PathParam("id") long id, NewMessage message) {
        RequestMessageView posted = requests.post(id, message == null ? null : message.body());
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(posted.id())).build())
                .entity(posted).build();
    }

    @GET
    @Path("{id: [0-9]+}/attachments")
    @Operation(summary = "The files attached to a request, with their SHA-256")
    @APIResponse(responseCode = "200", description = "One page; nextCursor, when present, leads to the next",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "AttachmentViewPage")))
    public Page<AttachmentView> attachments(@PathParam("id") long id) {
        return new Page<>(requests.attachments(id), null);
    }

    @POST
    @Path("{id: [0-9]+}/attachments")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Attach a file", description = "The body is the file; its name in "
            + "Content-Disposition (attachment; filename=\"...\") or ?fileName=. PDF, Word, Excel, PowerPoint, "
            + "OpenDocument, PNG or JPEG, decided from the content; at most 10 MB (413), other types 415.")
    @APIResponse(responseCode = "201", description = "Kept; Location names the file",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "AttachmentView")))
    public Response attach(@PathParam("id") long id, @QueryParam("fileName") String fileName,
                           @HeaderParam("Content-Disposition") String disposition, InputStream body)
            throws IOException {
        AttachmentView attachment = requests.attach(id, FileTransfers.name(fileName, disposition),
                FileTransfers.read(body));
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(attachment.id())).build())
                .entity(attachment).build();
    }

    @GET
    @Path("{id: [0-9]+}/attachments/{attachment: [0-9]+}")
    @Produces(MediaType.WILDCARD)
    @Operation(summary = "Download an attached file",
            description = "Always as a download, of the type found in its content; never shown as a page.")
    public Response download(@PathParam("id") long id, @PathParam("attachment") long attachmentId) {
        AttachmentFile file = requests.download(id, attachmentId);
        return FileTransfers.download(file.content(), file.attachment().mediaType(), file.attachment().fileName(),
                file.attachment().sha256());
    }

    private static EntityTag etag(AssistanceRequestView request) {
        return new EntityTag(Long.toString(request.version()));
    }
}
