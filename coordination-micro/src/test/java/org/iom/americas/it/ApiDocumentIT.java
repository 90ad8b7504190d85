package org.iom.americas.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import jakarta.json.JsonObject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The OpenAPI document the deployed application serves, held against the API's own resource classes: every
 * operation of every resource is described, with a summary, the problem+json body of every error, and the
 * headers that make writes safe; and the browsable API page reads that document.
 */
@ExtendWith(ArquillianExtension.class)
class ApiDocumentIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.coordinationWar();
    }

    @ArquillianResource
    URL base;

    @Test
    void theOpenApiDocumentDescribesEveryOperationOfEveryResourceAndItsErrors() throws Exception {
        Http http = Http.administrator(base);
        HttpResponse<String> answer = http.get(http.server("openapi"), "Accept", "application/json");
        assertThat(answer.statusCode()).isEqualTo(200);
        JsonObject document = Http.json(answer);
        // kept beside the build's other output, for a reviewer or a partner's developer to read
        java.nio.file.Files.writeString(java.nio.file.Path.of("target", "openapi.json"), answer.body());
        Map<String, String> described = new java.util.HashMap<>();
        document.getJsonObject("paths").forEach((path, item) -> item.asJsonObject().keySet()
                .forEach(method -> described.put(method.toUpperCase(Locale.ROOT) + " " + normalised(path),
                        path)));

        List<String> operations = operationsOfTheResources();
        assertThat(operations).hasSizeGreaterThan(80);
        assertThat(described.keySet()).containsAll(operations);
        for (String operation : operations) {
            String path = described.get(operation);
            JsonObject described1 = document.getJsonObject("paths").getJsonObject(path)
                    .getJsonObject(operation.substring(0, operation.indexOf(' ')).toLowerCase(Locale.ROOT));
            assertThat(described1.getString("summary", "")).as(operation).isNotBlank();
            JsonObject responses = described1.getJsonObject("responses");
            assertThat(responses.keySet()).as(operation).contains("400", "401", "403", "404", "500", "503");
            assertThat(responses.getJsonObject("400").getJsonObject("content")
                    .getJsonObject("application/problem+json").getJsonObject("schema").getString("$ref", ""))
                    .as(operation + ": " + responses.getJsonObject("400")).endsWith("/Problem");
            if (operation.startsWith("POST ")) {
                assertThat(responses.keySet()).as(operation).contains("409", "413", "415", "422");
                assertThat(described1.getJsonArray("parameters").getValuesAs(JsonObject.class))
                        .extracting(p -> p.getString("name")).as(operation).contains("Idempotency-Key");
            }
            if (operation.startsWith("PUT ")) {
                assertThat(responses.keySet()).as(operation).contains("409", "412", "428");
            }
        }
        JsonObject schemas = document.getJsonObject("components").getJsonObject("schemas");
        assertThat(schemas.keySet()).contains("Problem", "FieldError", "AgreementView", "JointProjectView",
                "AssistanceRequestView", "HumanitarianResponseView", "PartnerAgencyView", "AgreementViewPage");
        assertThat(schemas.getJsonObject("AgreementView").getJsonObject("properties").keySet())
                .contains("referenceNumber", "status", "daysToExpiry", "signatories");
        // every reference in the document names a schema it defines
        java.util.regex.Matcher refs = java.util.regex.Pattern.compile("\"\\$ref\"\\s*:\\s*\"#/components/schemas/(\\w+)\"")
                .matcher(answer.body());
        int count = 0;
        while (refs.find()) {
            assertThat(schemas.keySet()).as("$ref " + refs.group(1)).contains(refs.group(1));
            count++;
        }
        assertThat(count).isGreaterThan(500);
        // each JSON read of a record or a list says what it answers
        assertThat(document.getJsonObject("paths").getJsonObject(described.get("GET /api/agreements/{id}"))
                .getJsonObject("get").getJsonObject("responses").getJsonObject("200").getJsonObject("content")
                .getJsonObject("application/json").getJsonObject("schema").getString("$ref")).endsWith("/AgreementView");
        assertThat(document.getJsonObject("components").getJsonObject("securitySchemes").keySet())
                .contains("basic", "token");
    }

    @Test
    void theBrowsableApiPageReadsTheServedDocument() {
        assertThat(new Http(base).get(new Http(base).app("api-browser.html")).statusCode()).isEqualTo(302);
        Http reader = new Http(base);
        assertThat(reader.signIn("admin", System.getProperty("coordination.admin.password")).statusCode())
                .isEqualTo(302);
        HttpResponse<String> page = reader.get(reader.app("api-browser.html"));
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("swagger-ui-bundle.js", "api-browser.js", "data-document=\"/openapi\"");
        HttpResponse<String> script = reader.get(reader.app("api-browser.js"));
        assertThat(script.statusCode()).isEqualTo(200);
        assertThat(script.body()).contains("SwaggerUIBundle", "data-document");
        String ui = page.body().replaceAll("(?s).*data-ui=\"([^\"]+)\".*", "$1");
        HttpResponse<String> bundle = reader.get(reader.app(ui + "swagger-ui-bundle.js"));
        assertThat(bundle.statusCode()).isEqualTo(200);
        assertThat(bundle.body()).contains("SwaggerUIBundle");
    }

    /** "GET /api/agreements/{id}/documents", from the JAX-RS annotations of the API's classes. */
    private static List<String> operationsOfTheResources() throws ClassNotFoundException {
        List<String> operations = new ArrayList<>();
        for (var type : new ClassFileImporter().importPackages("org.iom.americas.web.api")) {
            Class<?> resource = Class.forName(type.getName());
            Path root = resource.getAnnotation(Path.class);
            if (root == null || resource.getAnnotation(jakarta.ws.rs.ApplicationPath.class) != null) {
                continue;
            }
            for (Method method : resource.getDeclaredMethods()) {
                String verb = method.isAnnotationPresent(GET.class) ? "GET"
                        : method.isAnnotationPresent(POST.class) ? "POST"
                        : method.isAnnotationPresent(PUT.class) ? "PUT"
                        : method.isAnnotationPresent(DELETE.class) ? "DELETE" : null;
                if (verb != null) {
                    Path sub = method.getAnnotation(Path.class);
                    operations.add(verb + " " + normalised("/api/" + root.value()
                            + (sub == null ? "" : "/" + sub.value())));
                }
            }
        }
        return new ArrayList<>(new TreeSet<>(operations));
    }

    /** From the part that starts at /api, templates without their patterns and no doubled slashes. */
    private static String normalised(String path) {
        String api = path.substring(path.indexOf("/api/"));
        return api.replaceAll("\\{(\\w+)\\s*:[^}]*}", "{$1}").replaceAll("/+", "/").replaceAll("/$", "");
    }
}
