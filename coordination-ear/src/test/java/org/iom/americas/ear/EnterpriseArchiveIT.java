package org.iom.americas.ear;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The release artifact, black-box: the built EAR, unchanged, deployed to a real Payara Server whose data source
 * settings come from its environment, over the real MariaDB. The API and a JSF page must answer.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class EnterpriseArchiveIT {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return ShrinkWrap.create(ZipImporter.class, "coordination.ear")
                .importFrom(new File(System.getProperty("coordination.ear", "target/coordination.ear")))
                .as(EnterpriseArchive.class);
    }

    @ArquillianResource
    URL base;

    @Test
    void theApiRegistersAndListsAGovernment() throws Exception {
        assertThat(send(HttpRequest.newBuilder(root().resolve("/api/governments")).GET()).statusCode())
                .as("not signed in").isEqualTo(401);
        HttpResponse<String> created = send(asAdmin(root().resolve("/api/governments"))
                .header("Content-Type", "application/json").header("Accept-Language", "es")
                .POST(HttpRequest.BodyPublishers.ofString("{\"country\":\"SV\",\"membershipStatus\":\"MEMBER_STATE\"}")));
        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(created.body()).contains("\"countryName\":\"El Salvador\"", "\"countryAlpha3\":\"SLV\"");

        HttpResponse<String> list = send(asAdmin(root().resolve("/api/governments?subregion=CENTRAL_AMERICA")).GET());
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.body()).contains("\"country\":\"SV\"");

        HttpResponse<String> invalid = send(asAdmin(root().resolve("/api/governments"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"country\":\"sv\"}")));
        assertThat(invalid.statusCode()).isEqualTo(400);
        assertThat(invalid.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
    }

    @Test
    void theJsfPagesAnswerAtTheRootContextBehindTheSignInPage() throws Exception {
        HttpResponse<String> home = send(HttpRequest.newBuilder(root().resolve("/governments.xhtml")).GET());
        assertThat(home.statusCode()).isEqualTo(302);
        assertThat(home.headers().firstValue("Location").orElse("")).contains("/login.xhtml?next=");

        HttpResponse<String> login = send(HttpRequest.newBuilder(root().resolve("/login.xhtml"))
                .header("Accept-Language", "pt").GET());
        assertThat(login.statusCode()).isEqualTo(200);
        assertThat(login.body()).contains("Entrar", "name=\"login:username\"", "name=\"login:password\"");
        assertThat(login.headers().firstValue("Content-Security-Policy").orElse("")).contains("default-src 'self'");
    }

    private static HttpRequest.Builder asAdmin(URI uri) {
        String credentials = "admin:" + System.getProperty("coordination.admin.password");
        return HttpRequest.newBuilder(uri).header("Authorization",
                "Basic " + java.util.Base64.getEncoder().encodeToString(credentials.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    private URI root() {
        return URI.create(base.getProtocol() + "://" + base.getHost() + ":" + base.getPort() + "/");
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return HTTP.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
