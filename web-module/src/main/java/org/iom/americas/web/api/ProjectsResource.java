package org.iom.americas.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.xml.stream.XMLStreamException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.iom.americas.kernel.paging.Page;
import org.iom.americas.kernel.paging.PageRequest;
import org.iom.americas.partners.PartnerAgencies;
import org.iom.americas.partners.PartnerAgencyView;
import org.iom.americas.partners.ReferenceCatalog;
import org.iom.americas.projects.ActivityReportView;
import org.iom.americas.projects.ActivityReports;
import org.iom.americas.projects.FundingLine;
import org.iom.americas.projects.IndicatorView;
import org.iom.americas.projects.JointProjectView;
import org.iom.americas.projects.JointProjects;
import org.iom.americas.projects.NewIndicator;
import org.iom.americas.projects.NewParticipant;
import org.iom.americas.projects.ParticipantView;
import org.iom.americas.projects.ProjectAction;
import org.iom.americas.projects.ProjectDocumentFile;
import org.iom.americas.projects.ProjectDocumentView;
import org.iom.americas.projects.ProjectFilter;
import org.iom.americas.projects.ProjectOverlap;
import org.iom.americas.projects.ProjectPlan;
import org.iom.americas.projects.ProjectStatus;
import org.iom.americas.projects.ProjectWorkspace;
import org.iom.americas.projects.ReportDetails;
import org.iom.americas.projects.TimelineEvent;
import org.iom.americas.web.InputDates;

@Path("projects")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Joint projects", description = "Who does what, where, when, with which funding. Everyone signed in "
        + "reads; COORDINATOR and ADMIN run any project, an AGENCY the projects it leads.")
public class ProjectsResource {

    @Inject
    JointProjects projects;

    @Inject
    ActivityReports reports;

    @Inject
    ProjectWorkspace workspace;

    @Inject
    PartnerAgencies agencies;

    @Inject
    ReferenceCatalog reference;

    @Context
    UriInfo uri;

    @Context
    HttpHeaders headers;

    @GET
    @Operation(summary = "List projects, newest first",
            description = "Filters: country, status, iomArea, agencyId (leads or takes part), from and to "
                    + "(YYYY-MM-DD: projects overlapping that period).")
    @APIResponse(responseCode = "200", description = "One page; nextCursor, when present, leads to the next",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "JointProjectViewPage")))
    public Page<JointProjectView> list(@QueryParam("country") String country, @QueryParam("status") String status,
                                       @QueryParam("iomArea") String iomArea,
                                       @QueryParam("agencyId") String agencyId,
                                       @QueryParam("from") String from, @QueryParam("to") String to,
                                       @QueryParam("limit") String limit, @QueryParam("cursor") String cursor) {
        return projects.list(filter(country, status, iomArea, agencyId, from, to),
                PageRequest.of(QueryParameters.integer("limit", limit), cursor));
    }

    @GET
    @Produces(MediaType.APPLICATION_XML)
    @Operation(summary = "Export projects as IATI 2.03 activities (XML)",
            description = "The filters of the list; also ?format=iati. Valid against the official IATI activity "
                    + "schema 2.03. At most 10,000 activities.")
    public Response iati(@QueryParam("country") String country, @QueryParam("status") String status,
                         @QueryParam("iomArea") String iomArea, @QueryParam("agencyId") String agencyId,
                         @QueryParam("from") String from, @QueryParam("to") String to) {
        Map<String, String> areaNames = new HashMap<>();
        reference.iomAreas(Locale.ENGLISH).forEach(a -> areaNames.put(a.code(), a.name()));
        return export(filter(country, status, iomArea, agencyId, from, to), "application/xml; charset=UTF-8",
                "iom-americas-iati-activities.xml", (out, agencyById) -> {
                    IatiActivities iati = new IatiActivities(out, agencyById, areaNames);
                    return new ExportWriter() {
                        @Override
                        public void start() throws XMLStreamException {
                            iati.start();
                        }

                        @Override
                        public void project(JointProjectView project) throws XMLStreamException {
                            iati.activity(project);
                        }

                        @Override
                        public void end() throws XMLStreamException {
                            iati.end();
                        }
                    };
                });
    }

    @GET
    @Produces("text/csv")
    @Operation(summary = "Export the \"who does what, where, when, for whom\" table as CSV, or as HXL",
            description = "The filters of the list; ?format=csv, or ?format=hxl for the HXL hashtag row under the "
                    + "header (#org+impl, #sector, #adm1+code, #reached+f, ...). One row per activity report, one per "
                    + "project without reports. Cells a spreadsheet would run as formulas are neutralised.")
    public Response whoDoesWhatWhere(@QueryParam("country") String country, @QueryParam("status") String status,
                                     @QueryParam("iomArea") String iomArea, @QueryParam("agencyId") String agencyId,
                                     @QueryParam("from") String from, @QueryParam("to") String to,
                                     @QueryParam("format") String format) {
        boolean hxl = "hxl".equalsIgnoreCase(format);
        return export(filter(country, status, iomArea, agencyId, from, to), "text/csv; charset=UTF-8",
                hxl ? "iom-americas-3w.hxl.csv" : "iom-americas-3w.csv", (out, agencyById) -> {
                    WhoDoesWhatWhere table = new WhoDoesWhatWhere(out, agencyById);
                    return new ExportWriter() {
                        @Override
                        public void start() throws IOException {
                            table.start(hxl, RecordColumns.labelLocale(uri, headers).orElse(Locale.ENGLISH));
                        }

                        @Override
                        public void project(JointProjectView project) throws IOException {
                            table.project(project, reports.reports(project.id()));
                        }

                        @Override
                        public void end() {
                            // a CSV has no closing part
                        }
                    };
                });
    }

    /** What an export writes: its opening, each project, its closing. */
    private interface ExportWriter {

        void start() throws IOException, XMLStreamException;

        void project(JointProjectView project) throws IOException, XMLStreamException;

        void end() throws IOException, XMLStreamException;
    }

    @FunctionalInterface
    private interface ExportFormat {
        ExportWriter open(Writer out, Map<Long, PartnerAgencyView> agencies) throws XMLStreamException;
    }

    /**
     * Streams every page of the filtered projects (at most 10,000) in one format. The first page is read before the
     * body starts, so a refusal or a bad filter is still a clean 4xx.
     */
    private Response export(ProjectFilter filter, String mediaType, String fileName, ExportFormat format) {
        Page<JointProjectView> first = projects.list(filter, PageRequest.first(PageRequest.MAX_LIMIT));
        Map<Long, PartnerAgencyView> agencyById = new HashMap<>();
        agencies.list().forEach(a -> agencyById.put(a.id(), a));
        StreamingOutput body = output -> {
            Writer out = new BufferedWriter(new OutputStreamWriter(output, StandardCharsets.UTF_8));
            try {
                ExportWriter writer = format.open(out, agencyById);
                writer.start();
                Page<JointProjectView> page = first;
                int written = 0;
                while (true) {
                    for (JointProjectView project : page.items()) {
                        writer.project(project);
                        written++;
                    }
                    if (page.nextCursor() == null || written >= 10_000) {
                        break;
                    }
                    page = projects.list(filter, new PageRequest(PageRequest.MAX_LIMIT, page.nextCursor()));
                }
                writer.end();
            } catch (XMLStreamException unwritable) {
                throw new IOException(unwritable);
            }
            out.flush();
        };
        return Response.ok(body, mediaType)
                .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"").build();
    }

    private static ProjectFilter filter(String country, String status, String iomArea, String agencyId, String from,
                                        String to) {
        Integer agency = QueryParameters.integer("agencyId", agencyId);
        return new ProjectFilter(QueryParameters.code("country", country),
                QueryParameters.enumValue("status", status, ProjectStatus.class),
                QueryParameters.code("iomArea", iomArea),
                agency == null ? null : agency.longValue(), InputDates.parse("from", from), InputDates.parse("to", to));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Plan a project (in the pipeline)", description = "COORDINATOR, ADMIN; an AGENCY when it "
            + "is the lead (leadAgencyId). The code (PA-2026-014) is given from the first country and the start year.")
    @APIResponse(responseCode = "201", description = "Planned; Location names the project",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "JointProjectView")))
    public Response plan(ProjectPlan plan) {
        return created(projects.plan(plan));
    }

    @POST
    @Path("from-request/{request: [0-9]+}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Answer an accepted assistance request with a new project",
            description = "COORDINATOR, ADMIN. The project names the request, the request the project. 409 when the "
                    + "request is not accepted or already has its project.")
    @APIResponse(responseCode = "201", description = "The record as stored",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "JointProjectView")))
    public Response answer(@PathParam("request") long requestId, ProjectPlan plan) {
        return created(projects.answer(requestId, plan));
    }

    @POST
    @Path("overlaps")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Check a plan for duplication before it is made",
            description = "Other partners' running projects in the same IOM area, the same places (admin-1, or "
                    + "country) and an overlapping period.")
    @APIResponse(responseCode = "200", description = "One page; nextCursor, when present, leads to the next",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "ProjectOverlapPage")))
    public Page<ProjectOverlap> overlapsWith(ProjectPlan plan) {
        return new Page<>(projects.overlapsWith(plan, null), null);
    }

    @GET
    @Path("{id: [0-9]+}")
    @Operation(summary = "Read one project, with partners, funding and the totals in US dollars")
    @APIResponse(responseCode = "200", description = "The record",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "JointProjectView")))
    public Response read(@PathParam("id") long id) {
        JointProjectView project = projects.find(id);
        return Response.ok(project).tag(new EntityTag(Long.toString(project.version()))).build();
    }

    @GET
    @Path("{id: [0-9]+}/overlaps")
    @Operation(summary = "Other partners' projects that this one may duplicate")
    @APIResponse(responseCode = "200", description = "One page; nextCursor, when present, leads to the next",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "ProjectOverlapPage")))
    public Page<ProjectOverlap> overlaps(@PathParam("id") long id) {
        return new Page<>(projects.overlapsOf(id), null);
    }

    @PUT
    @Path("{id: [0-9]+}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Revise a project", description = "The version read as If-Match (mismatch 412) or version "
            + "(mismatch 409); neither 428.")
    @APIResponse(responseCode = "200", description = "The record",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "JointProjectView")))
    public Response revise(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           ProjectPlan revision) {
        return Versions.revision(ifMatch, revision == null ? null : revision.version(),
                () -> projects.find(id).version(),
                expected -> projects.revise(id, revision == null ? null : revision.withVersion(expected)),
                JointProjectView::version, ApiLocale.of(headers), uri.getRequestUri().getRawPath());
    }

    @POST
    @Path("{id: [0-9]+}/{action: activate|suspend|resume|complete|cancel}")
    @Operation(summary = "Move the project on", description = "An action the status does not allow is 409 with "
            + "allowedActions.")
    @APIResponse(responseCode = "200", description = "The record",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "JointProjectView")))
    public Response act(@PathParam("id") long id, @PathParam("action") String action) {
        JointProjectView project = projects.act(id, ProjectAction.valueOf(action.toUpperCase(Locale.ROOT)));
        return Response.ok(project).tag(new EntityTag(Long.toString(project.version()))).build();
    }

    @POST
    @Path("{id: [0-9]+}/partners")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a partner", description = "{\"agencyId\"|\"governmentId\", \"role\": LEAD, "
            + "IMPLEMENTING_PARTNER, DONOR, GOVERNMENT_COUNTERPART (governments only)}.")
    @APIResponse(responseCode = "201", description = "The record as stored",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "ParticipantView")))
    public Response join(@PathParam("id") long id, NewParticipant participant) {
        ParticipantView joined = projects.join(id, participant);
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(joined.id())).build())
                .entity(joined).build();
    }

    @DELETE
    @Path("{id: [0-9]+}/partners/{participant: [0-9]+}")
    @Operation(summary = "Remove a partner")
    public Response leave(@PathParam("id") long id, @PathParam("participant") long participantId) {
        projects.leave(id, participantId);
        return Response.noContent().build();
    }

    @POST
    @Path("{id: [0-9]+}/funding")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record a donor's commitment and disbursement",
            description = "{\"donorAgencyId\", \"currency\", \"committed\": \"1000.00\", \"disbursed\": \"250.00\"}; "
                    + "the same donor and currency again replaces the amounts. Answers the project with its totals.")
    @APIResponse(responseCode = "200", description = "The record",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "JointProjectView")))
    public JointProjectView fund(@PathParam("id") long id, FundingLine line) {
        return projects.fund(id, line);
    }

    @GET
    @Path("{id: [0-9]+}/indicators")
    @Operation(summary = "A project's indicators with their progress (achieved vs target)")
    @APIResponse(responseCode = "200", description = "One page; nextCursor, when present, leads to the next",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "IndicatorViewPage")))
    public Page<IndicatorView> indicators(@PathParam("id") long id) {
        return new Page<>(reports.indicators(id), null);
    }

    @POST
    @Path("{id: [0-9]+}/indicators")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add an indicator", description = "COORDINATOR, ADMIN, the lead AGENCY. {\"name\", "
            + "\"unit\", \"target\": \"1200\"}.")
    @APIResponse(responseCode = "201", description = "The record as stored",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "IndicatorView")))
    public Response measure(@PathParam("id") long id, NewIndicator indicator) {
        IndicatorView created = reports.measure(id, indicator);
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(created.id())).build())
                .entity(created).build();
    }

    @GET
    @Path("{id: [0-9]+}/reports")
    @Operation(summary = "A project's activity reports (who does what, where, when, for whom)")
    @APIResponse(responseCode = "200", description = "One page; nextCursor, when present, leads to the next",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "ActivityReportViewPage")))
    public Page<ActivityReportView> reports(@PathParam("id") long id) {
        return new Page<>(reports.reports(id), null);
    }

    @POST
    @Path("{id: [0-9]+}/reports")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Report an activity", description = "An AGENCY taking part (lead or implementing "
            + "partner) for itself; COORDINATOR and ADMIN name the agencyId. reached: total, by sex and age "
            + "(femaleChildren … maleElderly) and by population (migrants, refugees, internallyDisplaced, "
            + "hostCommunity, returnees); neither breakdown may exceed the total (400).")
    @APIResponse(responseCode = "201", description = "The record as stored",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "ActivityReportView")))
    public Response report(@PathParam("id") long id, ReportDetails details) {
        ActivityReportView created = reports.report(id, details);
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(created.id())).build())
                .entity(created).tag(new EntityTag(Long.toString(created.version()))).build();
    }

    @PUT
    @Path("{id: [0-9]+}/reports/{report: [0-9]+}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Correct an activity report", description = "The reporting AGENCY, or COORDINATOR and "
            + "ADMIN; version or If-Match.")
    @APIResponse(responseCode = "200", description = "The record",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "ActivityReportView")))
    public Response correct(@PathParam("id") long id, @PathParam("report") long reportId,
                            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, ReportDetails details) {
        return Versions.revision(ifMatch, details == null ? null : details.version(),
                () -> reports.reports(id).stream().filter(r -> r.id() == reportId).findFirst()
                        .map(ActivityReportView::version).orElse(-1L),
                expected -> reports.revise(id, reportId, details == null ? null : details.withVersion(expected)),
                ActivityReportView::version, ApiLocale.of(headers), uri.getRequestUri().getRawPath());
    }

    @GET
    @Path("{id: [0-9]+}/documents")
    @Operation(summary = "The documents shared in a project's workspace, with their SHA-256")
    @APIResponse(responseCode = "200", description = "One page; nextCursor, when present, leads to the next",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "ProjectDocumentViewPage")))
    public Page<ProjectDocumentView> documents(@PathParam("id") long id) {
        return new Page<>(workspace.documents(id), null);
    }

    @POST
    @Path("{id: [0-9]+}/documents")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Share a document", description = "IOM and the project's participants. The body is "
            + "the file; its name in Content-Disposition (attachment; filename=\"...\") or ?fileName=. PDF, Word, "
            + "Excel, PowerPoint, OpenDocument, PNG or JPEG, decided from the content; at most 10 MB (413), other "
            + "types 415.")
    @APIResponse(responseCode = "201", description = "Kept; Location names the file",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "ProjectDocumentView")))
    public Response share(@PathParam("id") long id, @QueryParam("fileName") String fileName,
                          @HeaderParam("Content-Disposition") String disposition, InputStream body)
            throws IOException {
        ProjectDocumentView document = workspace.share(id, FileTransfers.name(fileName, disposition),
                FileTransfers.read(body));
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(document.id())).build())
                .entity(document).build();
    }

    @GET
    @Path("{id: [0-9]+}/documents/{document: [0-9]+}")
    @Produces(MediaType.WILDCARD)
    @Operation(summary = "Download a project document",
            description = "Always as a download, of the type found in its content; never shown as a page.")
    public Response download(@PathParam("id") long id, @PathParam("document") long documentId) {
        ProjectDocumentFile file = workspace.download(id, documentId);
        return FileTransfers.download(file.content(), file.document().mediaType(), file.document().fileName(),
                file.document().sha256());
    }

    @GET
    @Path("{id: [0-9]+}/timeline")
    @Operation(summary = "What happened to a project, newest first", description = "The changes of the project "
            + "and of its partners, funding, indicators, reports and documents, read from the audit trail (at most "
            + "200). IOM and the project's participants; others 403.")
    @APIResponse(responseCode = "200", description = "One page; nextCursor, when present, leads to the next",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "TimelineEventPage")))
    public Page<TimelineEvent> timeline(@PathParam("id") long id) {
        return new Page<>(workspace.timeline(id), null);
    }

    private Response created(JointProjectView project) {
        return Response.created(uri.getBaseUriBuilder().path("projects").path(Long.toString(project.id())).build())
                .entity(project).tag(new EntityTag(Long.toString(project.version()))).build();
    }

}
