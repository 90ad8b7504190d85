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
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.iom.americas.kernel.error.InvalidInputException;
import org.iom.americas.kernel.paging.Page;
import org.iom.americas.kernel.paging.PageRequest;
import org.iom.americas.kernel.reference.Subregion;
import org.iom.americas.partners.GovernmentFilter;
import org.iom.americas.partners.GovernmentOrder;
import org.iom.americas.partners.MembershipStatus;
import org.iom.americas.partners.NewPartnerGovernment;
import org.iom.americas.partners.PartnerGovernmentRevision;
import org.iom.americas.partners.PartnerGovernmentView;
import org.iom.americas.partners.PartnerGovernments;

@Path("governments")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Partner governments", description = "The governments of the Americas that IOM cooperates with")
@APIResponse(responseCode = "400", description = "Malformed or invalid input; errors name each failing field",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class GovernmentsResource {

    @Inject
    PartnerGovernments governments;

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uri;

    @GET
    @Produces({MediaType.APPLICATION_JSON, "text/csv", FormatParameter.XLSX})
    @Operation(summary = "List partner governments", description = "Filtered, sorted, keyset-paginated.")
    @APIResponse(responseCode = "200", description = "One page; nextCursor, when present, leads to the next",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "PartnerGovernmentViewPage")))
    public Page<PartnerGovernmentView> list(
            @Parameter(description = "SOUTH_AMERICA, CENTRAL_AMERICA, NORTH_AMERICA or CARIBBEAN")
            @QueryParam("subregion") String subregion,
            @Parameter(description = "MEMBER_STATE, OBSERVER_STATE or NON_MEMBER")
            @QueryParam("membershipStatus") String membershipStatus,
            @Parameter(description = "name, -name (country name in the caller's language), country, -country")
            @QueryParam("sort") String sort,
            @Parameter(description = "1 to 200, default 50") @QueryParam("limit") String limit,
            @Parameter(description = "nextCursor of the previous page") @QueryParam("cursor") String cursor) {
        GovernmentFilter filter = new GovernmentFilter(
                QueryParameters.enumValue("subregion", subregion, Subregion.class),
                QueryParameters.enumValue("membershipStatus", membershipStatus, MembershipStatus.class),
                sort == null ? GovernmentOrder.NAME : GovernmentOrder.fromToken(sort)
                        .orElseThrow(() -> new InvalidInputException("sort", "problem.sort.unknown", sort)));
        return governments.list(filter, PageRequest.of(QueryParameters.integer("limit", limit), cursor), locale());
    }

    @GET
    @Path("{id: [0-9]+}")
    @Operation(summary = "Read one partner government")
    @APIResponse(responseCode = "404", description = "No such government",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "200", description = "The government, its version also as a strong ETag",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "PartnerGovernmentView")))
    public Response read(@PathParam("id") long id) {
        PartnerGovernmentView government = governments.find(id, locale());
        return Response.ok(government).tag(etag(government)).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Register a partner government", description = "One government per country.")
    @APIResponse(responseCode = "409", description = "This country already has a government record",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "415", description = "The body is not application/json",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "201", description = "Registered; Location names the new record",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "PartnerGovernmentView")))
    public Response register(NewPartnerGovernment draft) {
        PartnerGovernmentView government = governments.register(draft, locale());
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(government.id())).build())
                .entity(government).tag(etag(government)).build();
    }

    @PUT
    @Path("{id: [0-9]+}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Revise a partner government",
            description = "Carries the version it read: as If-Match (a mismatch is 412) or as version in the body "
                    + "(a mismatch is 409). Without either the answer is 428.")
    @APIResponse(responseCode = "409", description = "Someone changed the government since it was read",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", description = "If-Match does not match the current version",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "Neither If-Match nor version was given",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "200", description = "Revised; the new version is in the body and the ETag",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "PartnerGovernmentView")))
    public Response revise(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           PartnerGovernmentRevision revision) {
        return Versions.revision(ifMatch, revision == null ? null : revision.version(),
                () -> governments.find(id, locale()).version(),
                expected -> governments.revise(id, revision == null ? null : new PartnerGovernmentRevision(
                        revision.membershipStatus(), revision.countryOffice(), revision.notes(), expected,
                        revision.institutions()), locale()),
                PartnerGovernmentView::version, locale(), uri.getRequestUri().getRawPath());
    }

    private Locale locale() {
        return ApiLocale.of(headers);
    }

    private static EntityTag etag(PartnerGovernmentView government) {
        return new EntityTag(Long.toString(government.version()));
    }
}
