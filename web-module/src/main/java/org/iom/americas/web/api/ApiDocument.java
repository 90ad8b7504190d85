package org.iom.americas.web.api;

import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;

/**
 * Completes the generated OpenAPI document with what every operation shares, so no resource has to repeat it and
 * none can forget it: the problem+json body of every error, the errors each kind of operation can answer, the
 * {@code Idempotency-Key} of creations, the {@code If-Match} of revisions, and the two ways to authenticate.
 * Named in {@code META-INF/microprofile-config.properties} ({@code mp.openapi.filter}).
 */
public class ApiDocument implements OASFilter {

    static final String PROBLEM = "#/components/schemas/Problem";

    /** The errors any operation may answer, with what they mean here. */
    private static final Map<String, String> COMMON = Map.of(
            "400", "Invalid input: each failing field is named in errors",
            "401", "Not signed in: HTTP Basic or a Bearer API token is needed",
            "403", "Signed in, but this role or organisation may not do this",
            "404", "No such record, or not visible to the caller",
            "406", "None of the accepted media types can be produced",
            "500", "An unexpected failure (never a client's mistake); the body holds no internals",
            "503", "The database is unavailable; retry later");

    private static final Map<String, String> WRITES = Map.of(
            "409", "The record's state does not allow this (allowedActions lists what it does), a duplicate, or "
                    + "a retry of an Idempotency-Key that is still running",
            "413", "The body is larger than allowed",
            "415", "The body's media type or content is not accepted",
            "422", "The Idempotency-Key was used before with another body");

    private static final Map<String, String> REVISIONS = Map.of(
            "409", "The version in the body is not the current one",
            "412", "If-Match does not name the current version",
            "428", "Neither If-Match nor a version was sent");

    @Override
    public void filterOpenAPI(OpenAPI document) {
        Components components = document.getComponents() == null ? OASFactory.createComponents()
                : document.getComponents();
        components.addSchema("FieldError", OASFactory.createSchema().type(Schema.SchemaType.OBJECT)
                .description("One failing field, named by its path in the body or the query")
                .addProperty("field", text()).addProperty("message", text()));
        components.addSchema("Problem", OASFactory.createSchema().type(Schema.SchemaType.OBJECT)
                .description("RFC 9457 problem details")
                .addProperty("type", text().format("uri")).addProperty("title", text())
                .addProperty("status", OASFactory.createSchema().type(Schema.SchemaType.INTEGER))
                .addProperty("detail", text()).addProperty("instance", text())
                .addProperty("errors", OASFactory.createSchema().type(Schema.SchemaType.ARRAY)
                        .items(OASFactory.createSchema().ref("#/components/schemas/FieldError")))
                .addProperty("allowedActions", OASFactory.createSchema().type(Schema.SchemaType.ARRAY)
                        .items(text()))
                .required(List.of("type", "title", "status")));
        components.addSecurityScheme("basic", OASFactory.createSecurityScheme()
                .type(SecurityScheme.Type.HTTP).scheme("basic").description("The account's username and password"));
        components.addSecurityScheme("token", OASFactory.createSecurityScheme()
                .type(SecurityScheme.Type.HTTP).scheme("bearer")
                .description("A personal API token (iomc_…) that an administrator issued to the account"));
        pages(document, components);
        new RecordSchemas(components).describeAll();
        document.setComponents(components);
        document.addSecurityRequirement(OASFactory.createSecurityRequirement().addScheme("basic"));
        document.addSecurityRequirement(OASFactory.createSecurityRequirement().addScheme("token"));
        if (document.getPaths() == null || document.getPaths().getPathItems() == null) {
            return;
        }
        for (PathItem path : document.getPaths().getPathItems().values()) {
            path.getOperations().forEach((method, operation) -> complete(method, operation));
        }
    }

    /**
     * The schema of every page an operation answers ("AgreementViewPage"): the items of one type and the cursor of
     * the next page, as {@code Page} carries them.
     */
    private static void pages(OpenAPI document, Components components) {
        if (document.getPaths() == null || document.getPaths().getPathItems() == null) {
            return;
        }
        java.util.Set<String> pages = new java.util.TreeSet<>();
        document.getPaths().getPathItems().values().forEach(path -> path.getOperations().values().forEach(
                operation -> {
                    if (operation.getResponses() != null && operation.getResponses().getAPIResponses() != null) {
                        operation.getResponses().getAPIResponses().values().stream()
                                .filter(r -> r.getContent() != null && r.getContent().getMediaTypes() != null)
                                .flatMap(r -> r.getContent().getMediaTypes().values().stream())
                                .map(m -> m.getSchema() == null ? null : m.getSchema().getRef())
                                .filter(ref -> ref != null && ref.endsWith("Page")).forEach(pages::add);
                    }
                }));
        for (String ref : pages) {
            String page = ref.substring(ref.lastIndexOf('/') + 1);
            String item = page.substring(0, page.length() - "Page".length());
            Schema items = item.equals("Id") ? OASFactory.createSchema().type(Schema.SchemaType.INTEGER)
                    .format("int64") : OASFactory.createSchema().ref("#/components/schemas/" + item);
            components.addSchema(page, OASFactory.createSchema().type(Schema.SchemaType.OBJECT)
                    .description("One page of " + item + "; nextCursor, when present, asks for the next")
                    .addProperty("items", OASFactory.createSchema().type(Schema.SchemaType.ARRAY).items(items))
                    .addProperty("nextCursor", text().nullable(true)));
        }
    }

    private static void complete(PathItem.HttpMethod method, Operation operation) {
        if (operation.getResponses() == null) {
            operation.setResponses(OASFactory.createAPIResponses());
        }
        APIResponses responses = operation.getResponses();
        COMMON.forEach((status, meaning) -> problem(responses, status, meaning));
        if (method == PathItem.HttpMethod.POST) {
            WRITES.forEach((status, meaning) -> problem(responses, status, meaning));
            operation.addParameter(OASFactory.createParameter().name("Idempotency-Key").in(Parameter.In.HEADER)
                    .required(false).schema(text().maxLength(255))
                    .description("Makes a retry safe: the same key and body answer the first result again"));
        }
        if (method == PathItem.HttpMethod.PUT) {
            REVISIONS.forEach((status, meaning) -> problem(responses, status, meaning));
            operation.addParameter(OASFactory.createParameter().name("If-Match").in(Parameter.In.HEADER)
                    .required(false).schema(text()).description("The ETag (version) read; or send version in the body"));
        }
    }

    /** An error answer with its problem+json body; one a resource declared itself keeps its words. */
    private static void problem(APIResponses responses, String status, String meaning) {
        APIResponse response = responses.getAPIResponse(status);
        if (response == null) {
            response = OASFactory.createAPIResponse().description(meaning);
            responses.addAPIResponse(status, response);
        }
        if (response.getContent() == null) {
            response.setContent(OASFactory.createContent());
        }
        response.getContent().addMediaType("application/problem+json",
                OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM)));
    }

    private static Schema text() {
        return OASFactory.createSchema().type(Schema.SchemaType.STRING);
    }
}
