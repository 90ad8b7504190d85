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
import org.iom.americas.kernel.error.InvalidInputException;
import org.iom.americas.kernel.paging.Page;
import org.iom.americas.kernel.paging.PageRequest;
import org.iom.americas.partners.AgencyFilter;
import org.iom.americas.partners.AgencyType;
import org.iom.americas.partners.NewPartnerAgency;
import org.iom.americas.partners.PartnerAgencies;
import org.iom.americas.partners.PartnerAgencyRevision;
import org.iom.americas.partners.PartnerAgencyView;

@Path("agencies")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Partner agencies", description = "UN agencies, NGOs and other organisations that work with IOM")
public class AgenciesResource {

    @Inject
    PartnerAgencies agencies;

    @Context
    UriInfo uri;

    @Context
    HttpHeaders headers;

    @GET
    @Produces({MediaType.APPLICATION_JSON, "text/csv", FormatParameter.XLSX})
    @Operation(summary = "List and search partner agencies, by name",
            description = "Every role. q: part of the name or acronym, case- and accent-insensitive (\"mexico\" "
                    + "finds \"México\"); type; country (alpha-2, where it operates); iomArea; active=true|false.")
    @APIResponse(responseCode = "200", description = "One page; nextCursor, when present, leads to the next",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "PartnerAgencyViewPage")))
    public Page<PartnerAgencyView> list(@QueryParam("q") String q, @QueryParam("type") String type,
                                        @QueryParam("country") String country,
                                        @QueryParam("iomArea") String iomArea,
                                        @QueryParam("active") String active,
                                        @QueryParam("limit") String limit,
                                        @QueryParam("cursor") String cursor) {
        if (q != null && q.length() > 100) {
            throw new InvalidInputException("q", "problem.parameter.tooLong", 100);
        }
        AgencyFilter filter = new AgencyFilter(q, QueryParameters.enumValue("type", type, AgencyType.class),
                QueryParameters.code("country", country), QueryParameters.code("iomArea", iomArea),
                QueryParameters.bool("active", active));
        return agencies.search(filter, PageRequest.of(QueryParameters.integer("limit", limit), cursor));
    }

    @PUT
    @Path("{id: [0-9]+}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Revise a partner agency",
            description = "ADMIN. The version read as If-Match (mismatch 412) or version (mismatch 409); neither 428. "
                    + "active=false retires an agency without deleting it.")
    @APIResponse(responseCode = "200", description = "The record",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "PartnerAgencyView")))
    public Response revise(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           PartnerAgencyRevision revision) {
        return Versions.revision(ifMatch, revision == null ? null : revision.version(),
                () -> agencies.find(id).version(),
                expected -> agencies.revise(id, revision == null ? null : revision.withVersion(expected)),
                PartnerAgencyView::version, ApiLocale.of(headers), uri.getRequestUri().getRawPath());
    }

    @GET
    @Path("{id: [0-9]+}")
    @Operation(summary = "Read one partner agency", description = "Every role.")
    @APIResponse(responseCode = "200", description = "The record",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "PartnerAgencyView")))
    public Response read(@PathParam("id") long id) {
        PartnerAgencyView agency = agencies.find(id);
        return Response.ok(agency).tag(new EntityTag(Long.toString(agency.version()))).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Register a partner agency", description = "ADMIN. The acronym is unique.")
    @APIResponse(responseCode = "201", description = "Registered; Location names the agency",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "PartnerAgencyView")))
    public Response register(NewPartnerAgency draft) {
        PartnerAgencyView agency = agencies.register(draft);
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(agency.id())).build())
                .entity(agency).tag(new EntityTag(Long.toString(agency.version()))).build();
    }
}
