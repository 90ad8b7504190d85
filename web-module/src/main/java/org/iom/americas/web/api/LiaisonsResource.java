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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.iom.americas.kernel.paging.Page;
import org.iom.americas.kernel.paging.PageRequest;
import org.iom.americas.partners.GovernmentLiaisonView;
import org.iom.americas.partners.GovernmentLiaisons;
import org.iom.americas.partners.LiaisonDetails;

@Path("liaisons")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Government liaisons", description = "The people who speak for partner governments. ADMIN and "
        + "COORDINATOR keep the register; a LIAISON reads their own government's; agencies have no access.")
public class LiaisonsResource {

    @Inject
    GovernmentLiaisons liaisons;

    @Context
    UriInfo uri;

    @Context
    HttpHeaders headers;

    @GET
    @Produces({MediaType.APPLICATION_JSON, "text/csv", FormatParameter.XLSX})
    @Operation(summary = "List liaisons, by registration", description = "governmentId filters (IOM).")
    @APIResponse(responseCode = "200", description = "One page; nextCursor, when present, leads to the next",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "GovernmentLiaisonViewPage")))
    public Page<GovernmentLiaisonView> list(@QueryParam("governmentId") String governmentId,
                                            @QueryParam("limit") String limit,
                                            @QueryParam("cursor") String cursor) {
        Integer government = QueryParameters.integer("governmentId", governmentId);
        return liaisons.list(government == null ? null : government.longValue(),
                PageRequest.of(QueryParameters.integer("limit", limit), cursor));
    }

    @GET
    @Path("{id: [0-9]+}")
    @Operation(summary = "Read one liaison", description = "Another government's liaison is 404 to a LIAISON.")
    @APIResponse(responseCode = "200", description = "The record",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "GovernmentLiaisonView")))
    public Response read(@PathParam("id") long id) {
        GovernmentLiaisonView liaison = liaisons.find(id);
        return Response.ok(liaison).tag(new EntityTag(Long.toString(liaison.version()))).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Register a liaison", description = "ADMIN, COORDINATOR. One e-mail once per government.")
    @APIResponse(responseCode = "201", description = "Registered; Location names the liaison",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "GovernmentLiaisonView")))
    public Response register(LiaisonDetails details) {
        GovernmentLiaisonView liaison = liaisons.register(details);
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(liaison.id())).build())
                .entity(liaison).tag(new EntityTag(Long.toString(liaison.version()))).build();
    }

    @PUT
    @Path("{id: [0-9]+}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Revise a liaison", description = "ADMIN, COORDINATOR. The version read as If-Match "
            + "(mismatch 412) or version (mismatch 409); neither 428. The government never changes.")
    @APIResponse(responseCode = "200", description = "The record",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "GovernmentLiaisonView")))
    public Response revise(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           LiaisonDetails details) {
        return Versions.revision(ifMatch, details == null ? null : details.version(),
                () -> liaisons.find(id).version(),
                expected -> liaisons.revise(id, details == null ? null : details.withVersion(expected)),
                GovernmentLiaisonView::version, ApiLocale.of(headers), uri.getRequestUri().getRawPath());
    }
}
