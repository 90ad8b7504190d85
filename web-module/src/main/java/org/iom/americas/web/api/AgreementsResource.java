package org.iom.americas.web.api;

import jakarta.inject.Inject;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
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
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.iom.americas.kernel.error.InvalidInputException;
import org.iom.americas.kernel.paging.Page;
import org.iom.americas.kernel.paging.PageRequest;
import org.iom.americas.partners.AgreementAction;
import org.iom.americas.partners.AgreementDocumentFile;
import org.iom.americas.partners.AgreementDocumentKind;
import org.iom.americas.partners.AgreementDocumentView;
import org.iom.americas.partners.AgreementDraft;
import org.iom.americas.partners.AgreementFilter;
import org.iom.americas.partners.AgreementReminders;
import org.iom.americas.partners.AgreementStatus;
import org.iom.americas.partners.AgreementType;
import org.iom.americas.partners.AgreementView;
import org.iom.americas.partners.CooperationAgreements;
import org.iom.americas.partners.NewSignatory;
import org.iom.americas.partners.SignatoryView;
import org.iom.americas.projects.JointProjectView;
import org.iom.americas.projects.JointProjects;
import org.iom.americas.web.InputDates;

@Path("agreements")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Cooperation agreements", description = "Host-country agreements, memoranda of understanding, "
        + "cooperation, data-sharing and funding agreements between IOM and partner governments and agencies. "
        + "COORDINATOR and ADMIN keep them; the parties' own LIAISON and AGENCY users read theirs (others 404).")
public class AgreementsResource {

    @Inject
    CooperationAgreements agreements;

    @Inject
    AgreementReminders reminders;

    @Inject
    JointProjects projects;

    @Context
    UriInfo uri;

    @Context
    HttpHeaders headers;

    @GET
    @Produces({MediaType.APPLICATION_JSON, "text/csv", FormatParameter.XLSX})
    @Operation(summary = "List agreements", description = "Newest first; with expiresFrom/expiresTo (YYYY-MM-DD) or "
            + "expiringWithin (days from today), the soonest to expire first. Filters: type, status, country.")
    @APIResponse(responseCode = "200", description = "One page; nextCursor, when present, leads to the next",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "AgreementViewPage")))
    public Page<AgreementView> list(@QueryParam("type") String type, @QueryParam("status") String status,
                                    @QueryParam("country") String country,
                                    @QueryParam("expiresFrom") String expiresFrom,
                                    @QueryParam("expiresTo") String expiresTo,
                                    @QueryParam("expiringWithin") String expiringWithin,
                                    @QueryParam("limit") String limit, @QueryParam("cursor") String cursor) {
        LocalDate from = InputDates.parse("expiresFrom", expiresFrom);
        LocalDate to = InputDates.parse("expiresTo", expiresTo);
        Integer within = QueryParameters.integer("expiringWithin", expiringWithin);
        if (within != null) {
            if (within < 0 || within > 3660) {
                throw new InvalidInputException("expiringWithin", "problem.limit.range", 0, 3660);
            }
            LocalDate today = LocalDate.now(ZoneOffset.UTC);
            from = from == null ? today : from;
            to = today.plusDays(within);
        }
        return agreements.list(new AgreementFilter(QueryParameters.enumValue("type", type, AgreementType.class),
                        QueryParameters.enumValue("status", status, AgreementStatus.class),
                        QueryParameters.code("country", country), from, to),
                PageRequest.of(QueryParameters.integer("limit", limit), cursor));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Draft an agreement", description = "COORDINATOR, ADMIN. {type, referenceNumber, title, "
            + "summary, governmentIds, agencyIds (at least one party besides IOM), countries, iomAreas, objectives, "
            + "signedOn, effectiveOn, expiresOn, dataSharingTerms, requestIds (the requests that led to it)}. A "
            + "reference number already in use is 409.")
    @APIResponse(responseCode = "201", description = "Drafted; Location names the agreement",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "AgreementView")))
    public Response draft(AgreementDraft draft) {
        AgreementView created = agreements.draft(draft);
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(created.id())).build())
                .entity(created).tag(etag(created)).build();
    }

    @GET
    @Path("{id: [0-9]+}")
    @Operation(summary = "Read one agreement, with its signatories and days to expiry")
    @APIResponse(responseCode = "200", description = "The record",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "AgreementView")))
    public Response read(@PathParam("id") long id) {
        AgreementView agreement = agreements.find(id);
        return Response.ok(agreement).tag(etag(agreement)).build();
    }

    @PUT
    @Path("{id: [0-9]+}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Revise an agreement (a renewal is a new expiry date)", description = "COORDINATOR, ADMIN; "
            + "the version read as If-Match (mismatch 412) or version (mismatch 409); neither 428.")
    @APIResponse(responseCode = "200", description = "The record",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "AgreementView")))
    public Response revise(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           AgreementDraft revision) {
        return Versions.revision(ifMatch, revision == null ? null : revision.version(),
                () -> agreements.find(id).version(),
                expected -> agreements.revise(id, revision == null ? null : revision.withVersion(expected)),
                AgreementView::version, ApiLocale.of(headers), uri.getRequestUri().getRawPath());
    }

    @POST
    @Path("{id: [0-9]+}/{action: negotiate|sign|enter-into-force|expire|terminate}")
    @Operation(summary = "Move the agreement on", description = "COORDINATOR, ADMIN. draft → under negotiation → "
            + "signed (needs signedOn and a signatory) → in force (needs effectiveOn) → expired; terminate from any "
            + "open state. A move the status does not allow is 409 with allowedActions.")
    @APIResponse(responseCode = "200", description = "The record",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "AgreementView")))
    public Response act(@PathParam("id") long id, @PathParam("action") String action) {
        AgreementView agreement = agreements.act(id, AgreementAction.ofPath(action));
        return Response.ok(agreement).tag(etag(agreement)).build();
    }

    @POST
    @Path("{id: [0-9]+}/signatories")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record a signatory", description = "COORDINATOR, ADMIN. {name, title, organisation, "
            + "signedOn}.")
    @APIResponse(responseCode = "201", description = "The record as stored",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "SignatoryView")))
    public Response sign(@PathParam("id") long id, NewSignatory signatory) {
        SignatoryView signed = agreements.addSignatory(id, signatory);
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(signed.id())).build())
                .entity(signed).build();
    }

    @GET
    @Path("{id: [0-9]+}/documents")
    @Operation(summary = "The signed agreement and its amendments, each with its SHA-256")
    @APIResponse(responseCode = "200", description = "One page; nextCursor, when present, leads to the next",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "AgreementDocumentViewPage")))
    public Page<AgreementDocumentView> documents(@PathParam("id") long id) {
        return new Page<>(agreements.documents(id), null);
    }

    @POST
    @Path("{id: [0-9]+}/documents")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Keep the signed agreement or an amendment", description = "COORDINATOR, ADMIN. The body "
            + "is the PDF (decided from its content; anything else 415, over 10 MB 413); its name in "
            + "Content-Disposition or ?fileName=; ?kind=SIGNED_AGREEMENT (once) or AMENDMENT (with ?description= "
            + "and ?effectiveOn=).")
    @APIResponse(responseCode = "201", description = "Kept; Location names the file",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "AgreementDocumentView")))
    public Response attach(@PathParam("id") long id, @QueryParam("kind") String kind,
                           @QueryParam("description") String description,
                           @QueryParam("effectiveOn") String effectiveOn, @QueryParam("fileName") String fileName,
                           @HeaderParam("Content-Disposition") String disposition, InputStream body)
            throws IOException {
        AgreementDocumentKind documentKind = QueryParameters.enumValue("kind", kind, AgreementDocumentKind.class);
        if (documentKind == null) {
            throw new InvalidInputException("kind", "validation.agreement.documentKind");
        }
        AgreementDocumentView document = agreements.attach(id, documentKind, description,
                InputDates.parse("effectiveOn", effectiveOn), FileTransfers.name(fileName, disposition),
                FileTransfers.read(body));
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(document.id())).build())
                .entity(document).build();
    }

    @GET
    @Path("{id: [0-9]+}/documents/{document: [0-9]+}")
    @Produces(MediaType.WILDCARD)
    @Operation(summary = "Download the signed agreement or an amendment", description = "Always as a download; the "
            + "Digest header carries its SHA-256.")
    public Response download(@PathParam("id") long id, @PathParam("document") long documentId) {
        AgreementDocumentFile file = agreements.download(id, documentId);
        return FileTransfers.download(file.content(), "application/pdf", file.document().fileName(),
                file.document().sha256());
    }

    @GET
    @Path("{id: [0-9]+}/projects")
    @Operation(summary = "The joint projects carried out under the agreement")
    @APIResponse(responseCode = "200", description = "One page; nextCursor, when present, leads to the next",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "JointProjectViewPage")))
    public Page<JointProjectView> projects(@PathParam("id") long id) {
        agreements.find(id);
        return new Page<>(projects.underAgreement(id), null);
    }

    @POST
    @Path("{id: [0-9]+}/projects")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Place a project under the agreement", description = "COORDINATOR, ADMIN. {projectId}.")
    @APIResponse(responseCode = "200", description = "The record",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "JointProjectView")))
    public JointProjectView placeProject(@PathParam("id") long id, JsonObject body) {
        JsonValue project = body == null ? null : body.get("projectId");
        if (!(project instanceof JsonNumber number) || !number.isIntegral() || number.longValue() < 1) {
            throw new InvalidInputException("projectId", "validation.agreement.projectId");
        }
        return projects.placeUnder(number.longValue(), id);
    }

    @POST
    @Path("reminders")
    @Operation(summary = "Send today's expiry reminders now", description = "COORDINATOR, ADMIN. The daily job does "
            + "the same at 05:17 UTC; a reminder (90, 30 or 7 days before expiry) is sent once, whoever runs it.")
    public Map<String, Integer> remind() {
        return Map.of("sent", reminders.remindNow());
    }

    private static EntityTag etag(AgreementView agreement) {
        return new EntityTag(Long.toString(agreement.version()));
    }
}
