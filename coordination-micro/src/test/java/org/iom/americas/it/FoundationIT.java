package org.iom.americas.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.iom.americas.kernel.error.DuplicateRecordException;
import org.iom.americas.kernel.error.StaleVersionException;
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
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The foundation on a real Payara Micro against the real MariaDB: the schema, the first vertical slice (partner
 * governments) through its EJB boundary and through {@code /api/governments}, the error answers, health and the
 * API description. One deployment serves them all: every deployment costs a Micro start. Each test uses its own
 * countries, so none depends on another's data or order.
 */
@ExtendWith(ArquillianExtension.class)
class FoundationIT {

    /** Every migration, in the order applied; a landed migration never changes, a new one is added here. */
    static final List<String> MIGRATIONS = List.of("1.0", "1.1", "1.2", "1.3", "1.4", "2.0", "2.1", "2.2", "2.3", "2.4",
            "2.5", "3.0", "3.1", "3.2", "3.3", "3.4", "4.0", "4.1", "5.0", "5.1");

    private static final String JSON = "application/json";

    @Deployment
    static WebArchive deployment() {
        return Deployments.coordinationWar();
    }

    @ArquillianResource
    URL base;

    @Inject
    PartnerGovernments governments;

    @Inject
    AsAdmin admin;

    @Resource(lookup = "java:app/jdbc/coordination")
    DataSource dataSource;

    @Test
    void migrationsBuildTheSchemaAndSeedReferenceDataOnAnEmptyDatabase() throws SQLException {
        assertThat(column("SELECT version FROM flyway_schema_history WHERE success = 1 AND version IS NOT NULL "
                + "ORDER BY installed_rank"))
                .containsExactlyElementsOf(MIGRATIONS);
        assertThat(column("SELECT COUNT(*) FROM flyway_schema_history WHERE success = 0")).containsExactly("0");
        assertThat(column("SELECT COUNT(*) FROM country WHERE kind = 'STATE'")).containsExactly("35");
        assertThat(column("SELECT alpha3 FROM country WHERE alpha2 IN ('PA', 'HT', 'CW') ORDER BY alpha2"))
                .containsExactly("CUW", "HTI", "PAN");
        assertThat(column("SELECT name_pt FROM country WHERE alpha2 = 'US'")).containsExactly("Estados Unidos da América");
        assertThat(column("SELECT COUNT(*) FROM iom_area")).containsExactly("4");
        assertThat(column("SELECT COUNT(*) FROM gcm_objective WHERE name_es <> '' AND name_fr <> '' AND name_pt <> ''"))
                .containsExactly("23");
        assertThat(column("SELECT name_fr FROM gcm_objective WHERE number = 11"))
                .containsExactly("Gérer les frontières de manière intégrée, sûre et coordonnée");
    }

    @Test
    void aGovernmentRoundTripsThroughTheBoundary() {
        PartnerGovernmentView registered = asAdmin(() -> governments.register(new NewPartnerGovernment("CR",
                MembershipStatus.MEMBER_STATE, "IOM Costa Rica", "Host of the regional mixed-migration desk"),
                Locale.forLanguageTag("es")));

        PartnerGovernmentView read = asAdmin(() -> governments.find(registered.id(), Locale.forLanguageTag("es")));
        assertThat(read.countryName()).isEqualTo("Costa Rica");
        assertThat(read.countryAlpha3()).isEqualTo("CRI");
        assertThat(read.subregion()).isEqualTo(Subregion.CENTRAL_AMERICA);
        assertThat(read.countryOffice()).isEqualTo("IOM Costa Rica");
        assertThat(read.version()).isEqualTo(registered.version());

        PartnerGovernmentView revised = asAdmin(() -> governments.revise(registered.id(), new PartnerGovernmentRevision(
                MembershipStatus.MEMBER_STATE, "OIM Costa Rica, San José", null, read.version()), Locale.ENGLISH));
        assertThat(revised.countryOffice()).isEqualTo("OIM Costa Rica, San José");
        assertThat(revised.notes()).isNull();
        assertThat(revised.version()).isGreaterThan(read.version());

        assertThatThrownBy(() -> asAdmin(() -> governments.revise(registered.id(), new PartnerGovernmentRevision(
                MembershipStatus.OBSERVER_STATE, null, null, read.version()), Locale.ENGLISH)))
                .isInstanceOf(StaleVersionException.class);
        assertThat(asAdmin(() -> governments.find(registered.id(), Locale.ENGLISH)).membershipStatus())
                .isEqualTo(MembershipStatus.MEMBER_STATE);
    }

    @Test
    void theSameCountryCannotBeRegisteredTwice() {
        asAdmin(() -> governments.register(new NewPartnerGovernment("GT", MembershipStatus.MEMBER_STATE, null, null), Locale.ENGLISH));
        assertThatThrownBy(() -> asAdmin(() -> governments.register(
                new NewPartnerGovernment("GT", MembershipStatus.NON_MEMBER, null, null), Locale.ENGLISH)))
                .isInstanceOf(DuplicateRecordException.class);
    }

    @Test
    void theListFiltersSortsAndPagesWithAKeysetCursor() {
        for (String country : List.of("AR", "BR", "CL", "UY", "PY")) {
            asAdmin(() -> governments.register(new NewPartnerGovernment(country, MembershipStatus.MEMBER_STATE, null, null),
                    Locale.ENGLISH));
        }
        GovernmentFilter southAmerica = new GovernmentFilter(Subregion.SOUTH_AMERICA, MembershipStatus.MEMBER_STATE,
                GovernmentOrder.NAME);
        List<String> names = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            PageRequest request = new PageRequest(2, cursor);
            Page<PartnerGovernmentView> page = asAdmin(() -> governments.list(southAmerica, request,
                    Locale.forLanguageTag("pt")));
            page.items().forEach(g -> names.add(g.countryName()));
            cursor = page.nextCursor();
            pages++;
        } while (cursor != null && pages < 20);

        assertThat(names).contains("Argentina", "Brasil", "Chile", "Paraguai", "Uruguai").isSorted();
        assertThat(names).doesNotHaveDuplicates();
        assertThat(pages).isGreaterThanOrEqualTo(3);
    }

    @Test
    void theApiCreatesReadsAndRevisesAGovernment() {
        Http http = api();
        HttpResponse<String> created = http.post(http.app("api/governments"), JSON,
                "{\"country\":\"PE\",\"membershipStatus\":\"MEMBER_STATE\",\"countryOffice\":\"IOM Peru\"}",
                "Accept-Language", "fr");
        assertThat(created.statusCode()).isEqualTo(201);
        String location = created.headers().firstValue("Location").orElseThrow();
        JsonObject body = Http.json(created);
        assertThat(body.getString("countryName")).isEqualTo("Pérou");
        assertThat(body.getString("createdAt")).endsWith("Z");

        HttpResponse<String> read = http.get(java.net.URI.create(location));
        assertThat(read.statusCode()).isEqualTo(200);
        String etag = read.headers().firstValue("ETag").orElseThrow();
        assertThat(etag).isEqualTo("\"" + Http.json(read).getJsonNumber("version").longValue() + "\"");

        HttpResponse<String> revised = http.put(java.net.URI.create(location), JSON,
                "{\"membershipStatus\":\"MEMBER_STATE\",\"countryOffice\":\"IOM Lima\"}", "If-Match", etag);
        assertThat(revised.statusCode()).isEqualTo(200);
        assertThat(Http.json(revised).getString("countryOffice")).isEqualTo("IOM Lima");

        HttpResponse<String> list = http.get(http.app("api/governments?subregion=SOUTH_AMERICA&limit=200"));
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(Http.json(list).getJsonArray("items").getValuesAs(JsonObject.class))
                .extracting(g -> g.getString("country")).contains("PE");
    }

    @Test
    void invalidInputIsA400ProblemNamingEachField() {
        Http http = api();
        HttpResponse<String> invalid = http.post(http.app("api/governments"), JSON,
                "{\"country\":\"Panama\",\"countryOffice\":\"" + "x".repeat(151) + "\"}", "Accept-Language", "es");
        assertThat(invalid.statusCode()).isEqualTo(400);
        assertThat(invalid.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        JsonObject problem = Http.json(invalid);
        assertThat(problem.getInt("status")).isEqualTo(400);
        assertThat(problem.getString("title")).isEqualTo("Datos no válidos");
        assertThat(problem.getJsonArray("errors").getValuesAs(JsonObject.class))
                .extracting(e -> e.getString("field"))
                .containsExactlyInAnyOrder("country", "membershipStatus", "countryOffice");
        assertThat(invalid.body()).doesNotContain("Exception", "at org.", "SQL");

        HttpResponse<String> unknownCountry = http.post(http.app("api/governments"), JSON,
                "{\"country\":\"ZZ\",\"membershipStatus\":\"MEMBER_STATE\"}");
        assertThat(unknownCountry.statusCode()).isEqualTo(400);
        assertThat(Http.json(unknownCountry).getJsonArray("errors").getJsonObject(0).getString("field"))
                .isEqualTo("country");

        HttpResponse<String> badLimit = http.get(http.app("api/governments?limit=500"));
        assertThat(badLimit.statusCode()).isEqualTo(400);
        assertThat(Http.json(badLimit).getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("limit");
    }

    @Test
    void aStaleVersionIsA409AndAFailedIfMatchA412() {
        Http http = api();
        HttpResponse<String> created = http.post(http.app("api/governments"), JSON,
                "{\"country\":\"EC\",\"membershipStatus\":\"MEMBER_STATE\"}");
        JsonObject government = Http.json(created);
        String location = created.headers().firstValue("Location").orElseThrow();
        long version = government.getJsonNumber("version").longValue();

        assertThat(http.put(java.net.URI.create(location), JSON,
                "{\"membershipStatus\":\"MEMBER_STATE\",\"countryOffice\":\"IOM Quito\",\"version\":" + version + "}")
                .statusCode()).isEqualTo(200);

        HttpResponse<String> stale = http.put(java.net.URI.create(location), JSON,
                "{\"membershipStatus\":\"NON_MEMBER\",\"version\":" + version + "}");
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(Http.json(stale).getString("type")).endsWith("staleVersion");

        HttpResponse<String> failedPrecondition = http.put(java.net.URI.create(location), JSON,
                "{\"membershipStatus\":\"NON_MEMBER\"}", "If-Match", "\"" + version + "\"");
        assertThat(failedPrecondition.statusCode()).isEqualTo(412);

        HttpResponse<String> noVersion = http.put(java.net.URI.create(location), JSON,
                "{\"membershipStatus\":\"NON_MEMBER\"}");
        assertThat(noVersion.statusCode()).isEqualTo(428);

        assertThat(Http.json(http.get(java.net.URI.create(location))).getString("membershipStatus"))
                .isEqualTo("MEMBER_STATE");
    }

    @Test
    void clientMistakesAreProblemsNeverServerErrors() {
        Http http = api();
        HttpResponse<String> unknown = http.get(http.app("api/governments/999999999"));
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(Http.json(unknown).getString("type")).endsWith("notFound");

        HttpResponse<String> wrongType = http.post(http.app("api/governments"), "text/plain", "country=PA");
        assertThat(wrongType.statusCode()).isEqualTo(415);
        assertThat(wrongType.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");

        HttpResponse<String> malformed = http.post(http.app("api/governments"), JSON, "{\"country\": \"PA\",");
        assertThat(malformed.statusCode()).isEqualTo(400);
        assertThat(Http.json(malformed).getString("type")).endsWith("malformed");

        HttpResponse<String> massAssignment = http.post(http.app("api/governments"), JSON,
                "{\"country\":\"HN\",\"membershipStatus\":\"MEMBER_STATE\",\"id\":7,\"version\":99}");
        assertThat(massAssignment.statusCode()).isEqualTo(400);

        HttpResponse<String> unknownEnum = http.post(http.app("api/governments"), JSON,
                "{\"country\":\"HN\",\"membershipStatus\":\"SUPERPOWER\"}");
        assertThat(unknownEnum.statusCode()).isEqualTo(400);

        HttpResponse<String> forgedCursor = http.get(http.app("api/governments?cursor=bm90LWEtY3Vyc29y"));
        assertThat(forgedCursor.statusCode()).isEqualTo(400);

        HttpResponse<String> badSort = http.get(http.app("api/governments?sort=password"));
        assertThat(badSort.statusCode()).isEqualTo(400);

        assertThat(List.of(unknown, wrongType, malformed, massAssignment, unknownEnum, forgedCursor, badSort))
                .allSatisfy(r -> assertThat(r.body()).doesNotContain("Exception", "\tat "));
        assertThat(asAdmin(() -> governments.list(GovernmentFilter.all(), PageRequest.first(200), Locale.ENGLISH)).items())
                .extracting(PartnerGovernmentView::country).doesNotContain("HN");
    }

    @Test
    void readinessReportsTheDatabaseAndTheApiIsDescribed() {
        Http http = api();
        HttpResponse<String> ready = http.get(http.server("health/ready"));
        assertThat(ready.statusCode()).isEqualTo(200);
        JsonObject database = Http.json(ready).getJsonArray("checks").getValuesAs(JsonObject.class).stream()
                .filter(check -> check.getString("name").equals("database")).findFirst().orElseThrow();
        assertThat(database.getString("status")).isEqualTo("UP");
        assertThat(database.getJsonObject("data").getString("schema")).isEqualTo(MIGRATIONS.get(MIGRATIONS.size() - 1));

        assertThat(http.get(http.server("health/live")).statusCode()).isEqualTo(200);
        // the same probes inside the application, for when it is deployed at "/" and hides the server's own
        Http anonymous = new Http(base);
        HttpResponse<String> appReady = anonymous.get(anonymous.app("health/ready"));
        assertThat(appReady.statusCode()).isEqualTo(200);
        assertThat(Http.json(appReady).getString("status")).isEqualTo("UP");
        assertThat(Http.json(appReady).getJsonArray("checks").getJsonObject(0).getJsonObject("data")
                .getString("schema")).isEqualTo(MIGRATIONS.get(MIGRATIONS.size() - 1));
        assertThat(anonymous.get(anonymous.app("health/live")).statusCode()).isEqualTo(200);

        HttpResponse<String> openapi = http.get(http.server("openapi"), "Accept", "application/json");
        assertThat(openapi.statusCode()).isEqualTo(200);
        JsonObject paths = Http.json(openapi).getJsonObject("paths");
        assertThat(paths.keySet()).anySatisfy(path -> assertThat(path).endsWith("/api/governments"));
        assertThat(paths.keySet()).anySatisfy(path -> assertThat(path).contains("/api/governments/{id"));
    }

    @Test
    void theJsfPagesListAndShowGovernments() {
        PartnerGovernmentView haiti = asAdmin(() -> governments.register(new NewPartnerGovernment("HT",
                MembershipStatus.MEMBER_STATE, "OIM Haïti", "<script>alert('x')</script>"), Locale.ENGLISH));
        Http http = browser();

        HttpResponse<String> list = http.get(http.app("governments.xhtml?subregion=CARIBBEAN"),
                "Accept-Language", "fr");
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.body()).contains("Gouvernements partenaires", "Haïti").doesNotContain("Costa Rica");

        HttpResponse<String> detail = http.get(http.app("government.xhtml?id=" + haiti.id()));
        assertThat(detail.statusCode()).isEqualTo(200);
        assertThat(detail.body()).contains("OIM Haïti", "&lt;script&gt;").doesNotContain("<script>alert");

        assertThat(http.get(http.app("government.xhtml?id=987654321")).statusCode()).isEqualTo(404);
        assertThat(http.get(http.app("government-edit.xhtml")).body()).contains("name=\"government:country\"");
    }

    @Test
    void theJsfFormShowsEachFieldsMessageNextToItAndSavesNothingInvalid() {
        Http browser = browser();
        HttpResponse<String> form = browser.get(browser.app("government-edit.xhtml"));
        HttpResponse<String> refused = browser.postForm(browser.app("government-edit.xhtml"), Map.of(
                "government", "government",
                "government:country", "",
                "government:membershipStatus", "",
                "government:countryOffice", "x".repeat(151),
                "government:save", "Save",
                "jakarta.faces.ViewState", Http.viewState(form)), "Accept-Language", "es");
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(fieldMessage(refused, "country")).isNotBlank();
        assertThat(fieldMessage(refused, "membershipStatus")).isNotBlank();
        assertThat(fieldMessage(refused, "countryOffice")).contains("150");
        assertThat(fieldMessage(refused, "notes")).isEmpty();
        assertThat(refused.body()).contains("Corrija los campos señalados abajo.");

        HttpResponse<String> again = browser.get(browser.app("government-edit.xhtml"));
        HttpResponse<String> saved = browser.postForm(browser.app("government-edit.xhtml"), Map.of(
                "government", "government",
                "government:country", "DM",
                "government:membershipStatus", "MEMBER_STATE",
                "government:countryOffice", "IOM Dominica",
                "government:save", "Save",
                "jakarta.faces.ViewState", Http.viewState(again)));
        assertThat(saved.statusCode()).isEqualTo(302);
        assertThat(saved.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).contains("government.xhtml?id="));
        assertThat(asAdmin(() -> governments.list(GovernmentFilter.all(), PageRequest.first(200), Locale.ENGLISH)).items())
                .filteredOn(g -> g.country().equals("DM")).singleElement()
                .extracting(PartnerGovernmentView::countryOffice).isEqualTo("IOM Dominica");
    }

    private static String fieldMessage(HttpResponse<String> page, String field) {
        Matcher message = Pattern.compile("id=\"government:" + field + "-message\"[^>]*>([^<]*)<").matcher(page.body());
        return message.find() ? message.group(1).strip() : "";
    }

    /** The administrator's HTTP client: every API call is authenticated. */
    private Http api() {
        return Http.administrator(base);
    }

    /** A browser signed in as the administrator. */
    private Http browser() {
        Http browser = new Http(base);
        assertThat(browser.signIn("admin", System.getProperty("coordination.admin.password")).statusCode())
                .isEqualTo(302);
        return browser;
    }

    private <T> T asAdmin(Callable<T> work) {
        try {
            return admin.call(work);
        } catch (RuntimeException failure) {
            throw failure;
        } catch (Exception failure) {
            throw new IllegalStateException(failure);
        }
    }

    private List<String> column(String query) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
             Statement sql = connection.createStatement();
             ResultSet rows = sql.executeQuery(query)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }

}
