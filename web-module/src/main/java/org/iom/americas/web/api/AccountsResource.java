package org.iom.americas.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
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
import org.iom.americas.partners.AccountView;
import org.iom.americas.partners.Accounts;
import org.iom.americas.partners.ApiTokenView;
import org.iom.americas.partners.ApiTokens;
import org.iom.americas.partners.NewAccount;
import org.iom.americas.partners.NewPassword;

@Path("accounts")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Accounts", description = "Who may sign in. ADMIN only, but everyone reads their own account at /me.")
@APIResponse(responseCode = "401", description = "Not signed in",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "Signed in, but not an administrator",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class AccountsResource {

    @Inject
    Accounts accounts;

    @Inject
    ApiTokens tokens;

    @Context
    UriInfo uri;

    @GET
    @Produces({MediaType.APPLICATION_JSON, "text/csv", FormatParameter.XLSX})
    @Operation(summary = "List accounts", description = "By username, keyset-paginated. ADMIN.")
    @APIResponse(responseCode = "200", description = "One page; nextCursor, when present, leads to the next",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "AccountViewPage")))
    public Page<AccountView> list(@QueryParam("limit") String limit, @QueryParam("cursor") String cursor) {
        return accounts.list(PageRequest.of(QueryParameters.integer("limit", limit), cursor));
    }

    @GET
    @Path("me")
    @Operation(summary = "The caller's own account", description = "Every role.")
    @APIResponse(responseCode = "200", description = "The record",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "AccountView")))
    public AccountView me() {
        return accounts.me();
    }

    @GET
    @Path("{id: [0-9]+}")
    @Operation(summary = "Read one account", description = "ADMIN.")
    @APIResponse(responseCode = "200", description = "The record",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "AccountView")))
    public AccountView read(@PathParam("id") long id) {
        return accounts.find(id);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Open an account", description = "ADMIN. IOM roles (ADMIN, COORDINATOR) have no partner; "
            + "AGENCY needs agencyId, LIAISON governmentId. The password must have 12 to 128 characters, not contain "
            + "the username and not be a commonly used password.")
    @APIResponse(responseCode = "409", description = "The username is taken",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "201", description = "Opened; Location names the account",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "AccountView")))
    public Response open(NewAccount draft) {
        AccountView account = accounts.open(draft);
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(account.id())).build())
                .entity(account).build();
    }

    @POST
    @Path("{id: [0-9]+}/disable")
    @Operation(summary = "Disable an account", description = "ADMIN. Ends its sessions and API access at once.")
    @APIResponse(responseCode = "200", description = "The record",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "AccountView")))
    public AccountView disable(@PathParam("id") long id) {
        return accounts.disable(id);
    }

    @POST
    @Path("{id: [0-9]+}/enable")
    @Operation(summary = "Enable an account again, and lift a lock-out", description = "ADMIN.")
    @APIResponse(responseCode = "200", description = "The record",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "AccountView")))
    public AccountView enable(@PathParam("id") long id) {
        return accounts.enable(id);
    }

    @POST
    @Path("{id: [0-9]+}/password")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Set a new password", description = "ADMIN. Ends the account's sessions at once.")
    @APIResponse(responseCode = "200", description = "The record",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "AccountView")))
    public AccountView resetPassword(@PathParam("id") long id, NewPassword password) {
        return accounts.resetPassword(id, password == null ? null : password.password());
    }

    /** The name of a token to issue: what system it is for. */
    public record TokenRequest(String name) {
    }

    @GET
    @Path("{id: [0-9]+}/tokens")
    @Operation(summary = "The account's personal API tokens (without the tokens themselves)", description = "ADMIN.")
    @APIResponse(responseCode = "200", description = "One page; nextCursor, when present, leads to the next",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "ApiTokenViewPage")))
    public Page<ApiTokenView> tokens(@PathParam("id") long id) {
        return new Page<>(tokens.of(id), null);
    }

    @POST
    @Path("{id: [0-9]+}/tokens")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Issue a personal API token", description = "ADMIN. {\"name\": \"what system it is for\"}. "
            + "The answer carries the token once; the system sends it as Authorization: Bearer <token>.")
    @APIResponse(responseCode = "201", description = "The record as stored",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "ApiTokenView")))
    public Response issue(@PathParam("id") long id, TokenRequest request) {
        ApiTokenView issued = tokens.issue(id, request == null ? null : request.name());
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(issued.id())).build())
                .entity(issued).header("Cache-Control", "no-store").build();
    }

    @DELETE
    @Path("{id: [0-9]+}/tokens/{token: [0-9]+}")
    @Operation(summary = "Revoke a personal API token", description = "ADMIN. It opens nothing from now on.")
    public Response revoke(@PathParam("id") long id, @PathParam("token") long tokenId) {
        tokens.revoke(id, tokenId);
        return Response.noContent().build();
    }
}
