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
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.iom.americas.kernel.paging.Page;
import org.iom.americas.kernel.paging.PageRequest;
import org.iom.americas.projects.JointProjectView;
import org.iom.americas.responses.CrisisType;
import org.iom.americas.responses.FigureView;
import org.iom.americas.responses.HumanitarianResponseView;
import org.iom.americas.responses.HumanitarianResponses;
import org.iom.americas.responses.NewFigure;
import org.iom.americas.responses.ResponseAction;
import org.iom.americas.responses.ResponseDetails;
import org.iom.americas.responses.ResponsePartnerView;
import org.iom.americas.responses.ResponsePhase;
import org.iom.americas.responses.SituationUpdateView;

@Path("responses")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Humanitarian responses", description = "Responses to displacement, disasters and climate-driven crises. "
        + "Everyone signed in reads; COORDINATOR and ADMIN open and run them.")
public class ResponsesResource {

    @Inject
    HumanitarianResponses responses;

    @Context
    UriInfo uri;

    @Context
    HttpHeaders headers;

    /** A partner engaged in a sector. */
    public record Engagement(Long agencyId, String iomArea) {
    }

    /** A situation update to publish. */
    public record Update(String title, String body) {
    }

    /** A request that relates to the response. */
    public record Relation(Long requestId) {
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, "text/csv", FormatParameter.XLSX})
    @Operation(summary = "List responses, newest first", description = "Filters: phase, country, crisisType.")
    @APIResponse(responseCode = "200", description = "One page; nextCursor, when present, leads to the next",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "HumanitarianResponseViewPage")))
    public Page<HumanitarianResponseView> list(@QueryParam("phase") String phase, @QueryParam("country") String country,
                                               @QueryParam("crisisType") String crisisType,
                                               @QueryParam("limit") String limit, @QueryParam("cursor") String cursor) {
        return responses.list(QueryParameters.enumValue("phase", phase, ResponsePhase.class),
                QueryParameters.code("country", country),
                QueryParameters.enumValue("crisisType", crisisType, CrisisType.class),
                PageRequest.of(QueryParameters.integer("limit", limit), cursor));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Open a response (in the alert phase)", description = "COORDINATOR, ADMIN.")
    @APIResponse(responseCode = "201", description = "Opened; Location names the response",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "HumanitarianResponseView")))
    public Response open(ResponseDetails details) {
        HumanitarianResponseView opened = responses.open(details);
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(opened.id())).build())
                .entity(opened).tag(new EntityTag(Long.toString(opened.version()))).build();
    }

    @GET
    @Path("{id: [0-9]+}")
    @Operation(summary = "Read one response, with its current totals of displaced people and people in need")
    @APIResponse(responseCode = "200", description = "The record",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "HumanitarianResponseView")))
    public Response read(@PathParam("id") long id) {
        HumanitarianResponseView response = responses.find(id);
        return Response.ok(response).tag(new EntityTag(Long.toString(response.version()))).build();
    }

    @PUT
    @Path("{id: [0-9]+}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Revise a response", description = "COORDINATOR, ADMIN; version or If-Match.")
    @APIResponse(responseCode = "200", description = "The record",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "HumanitarianResponseView")))
    public Response revise(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           ResponseDetails details) {
        return Versions.revision(ifMatch, details == null ? null : details.version(),
                () -> responses.find(id).version(),
                expected -> responses.revise(id, details == null ? null : details.withVersion(expected)),
                HumanitarianResponseView::version, ApiLocale.of(headers), uri.getRequestUri().getRawPath());
    }

    @POST
    @Path("{id: [0-9]+}/{action: escalate|recover|close}")
    @Operation(summary = "Move the response to its next phase",
            description = "escalate (alert → emergency), recover (emergency → early recovery), close; others 409.")
    @APIResponse(responseCode = "200", description = "The record",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "HumanitarianResponseView")))
    public HumanitarianResponseView act(@PathParam("id") long id, @PathParam("action") String action) {
        return responses.act(id, ResponseAction.valueOf(action.toUpperCase(Locale.ROOT)));
    }

    @GET
    @Path("{id: [0-9]+}/figures")
    @Operation(summary = "Displaced people and people in need over time, corrections included and marked")
    @APIResponse(responseCode = "200", description = "One page; nextCursor, when present, leads to the next",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "FigureViewPage")))
    public Page<FigureView> figures(@PathParam("id") long id) {
        return new Page<>(responses.figures(id), null);
    }

    @POST
    @Path("{id: [0-9]+}/figures")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record a figure", description = "{\"country\", \"admin1\", \"asOf\", \"displaced\", "
            + "\"inNeed\", \"source\"}. COORDINATOR, ADMIN.")
    @APIResponse(responseCode = "201", description = "The record as stored",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "FigureView")))
    public Response record(@PathParam("id") long id, NewFigure figure) {
        FigureView recorded = responses.record(id, figure);
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(recorded.id())).build())
                .entity(recorded).build();
    }

    @POST
    @Path("{id: [0-9]+}/figures/{figure: [0-9]+}/corrections")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Correct a figure, keeping the old one", description = "{\"displaced\", \"inNeed\", "
            + "\"source\", \"reason\"}. A figure already corrected is 409: correct its correction.")
    @APIResponse(responseCode = "201", description = "The record as stored",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "FigureView")))
    public Response correct(@PathParam("id") long id, @PathParam("figure") long figureId, NewFigure correction) {
        FigureView corrected = responses.correct(id, figureId, correction);
        return Response.status(201).entity(corrected).build();
    }

    @GET
    @Path("{id: [0-9]+}/partners")
    @Operation(summary = "The partners engaged and their sectors")
    @APIResponse(responseCode = "200", description = "One page; nextCursor, when present, leads to the next",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "ResponsePartnerViewPage")))
    public Page<ResponsePartnerView> partners(@PathParam("id") long id) {
        return new Page<>(responses.partners(id), null);
    }

    @POST
    @Path("{id: [0-9]+}/partners")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Engage a partner in a sector", description = "{\"agencyId\", \"iomArea\"}.")
    @APIResponse(responseCode = "201", description = "The record as stored",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "ResponsePartnerView")))
    public Response engage(@PathParam("id") long id, Engagement engagement) {
        ResponsePartnerView engaged = responses.engage(id, engagement == null ? null : engagement.agencyId(),
                engagement == null ? null : engagement.iomArea());
        return Response.status(201).entity(engaged).build();
    }

    @GET
    @Path("{id: [0-9]+}/updates")
    @Operation(summary = "Situation updates, newest first")
    @APIResponse(responseCode = "200", description = "One page; nextCursor, when present, leads to the next",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "SituationUpdateViewPage")))
    public Page<SituationUpdateView> updates(@PathParam("id") long id) {
        return new Page<>(responses.updates(id), null);
    }

    @POST
    @Path("{id: [0-9]+}/updates")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Publish a situation update", description = "{\"title\", \"body\"}. COORDINATOR, ADMIN.")
    @APIResponse(responseCode = "201", description = "The record as stored",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "SituationUpdateView")))
    public Response publish(@PathParam("id") long id, Update update) {
        SituationUpdateView published = responses.publish(id, update == null ? null : update.title(),
                update == null ? null : update.body());
        return Response.status(201).entity(published).build();
    }

    @GET
    @Path("{id: [0-9]+}/projects")
    @Operation(summary = "The joint projects that belong to the response")
    @APIResponse(responseCode = "200", description = "One page; nextCursor, when present, leads to the next",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "JointProjectViewPage")))
    public Page<JointProjectView> projects(@PathParam("id") long id) {
        return new Page<>(responses.projects(id), null);
    }

    @GET
    @Path("{id: [0-9]+}/requests")
    @Operation(summary = "The ids of the assistance requests that relate",
            description = "Each reader reads the requests their own rights allow at /api/requests/{id}.")
    @APIResponse(responseCode = "200", description = "One page; nextCursor, when present, leads to the next",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "IdPage")))
    public Page<Long> requests(@PathParam("id") long id) {
        return new Page<>(responses.requests(id), null);
    }

    @POST
    @Path("{id: [0-9]+}/requests")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Relate an assistance request", description = "{\"requestId\"}. COORDINATOR, ADMIN.")
    @APIResponse(responseCode = "201", description = "The record as stored",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "HumanitarianResponseView")))
    public Response relate(@PathParam("id") long id, Relation relation) {
        return Response.status(201).entity(new Page<>(responses.relate(id,
                relation == null ? null : relation.requestId()), null)).build();
    }
}
