package org.iom.americas.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.iom.americas.kernel.paging.Page;
import org.iom.americas.partners.NewPartnerAgency;
import org.iom.americas.partners.PartnerAgencies;
import org.iom.americas.partners.PartnerAgencyView;

@Path("agencies")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Partner agencies", description = "UN agencies, NGOs and other organisations that work with IOM")
public class AgenciesResource {

    @Inject
    PartnerAgencies agencies;

    @Context
    UriInfo uri;

    @GET
    @Operation(summary = "List partner agencies", description = "Every role.")
    public Page<PartnerAgencyView> list() {
        return new Page<>(agencies.list(), null);
    }

    @GET
    @Path("{id: [0-9]+}")
    @Operation(summary = "Read one partner agency", description = "Every role.")
    public Response read(@PathParam("id") long id) {
        PartnerAgencyView agency = agencies.find(id);
        return Response.ok(agency).tag(new EntityTag(Long.toString(agency.version()))).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Register a partner agency", description = "ADMIN. The acronym is unique.")
    @APIResponse(responseCode = "201", description = "Registered; Location names the agency")
    public Response register(NewPartnerAgency draft) {
        PartnerAgencyView agency = agencies.register(draft);
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(agency.id())).build())
                .entity(agency).tag(new EntityTag(Long.toString(agency.version()))).build();
    }
}
