package org.iom.americas.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.iom.americas.it.RequestWorld.JSON;
import static org.iom.americas.it.RequestWorld.PASSWORD;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.logging.Logger;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * The pages in a real browser, headless Chromium, against the deployed application and the real database: each
 * role's main journey, the language rules, the accessibility checker on every main page (no serious or critical
 * violation of WCAG 2.2 A/AA), the weight of the heaviest page, and a screenshot of each main page in
 * {@code target/screenshots} for a reviewer.
 */
@ExtendWith(ArquillianExtension.class)
class BrowserIT {

    private static final Logger LOG = Logger.getLogger(BrowserIT.class.getName());
    /** A page on a 3G link: what the first load may transfer, compressed, with everything it loads. */
    static final long PAGE_BUDGET_BYTES = 500 * 1024;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.coordinationWar();
    }

    @ArquillianResource
    URL base;

    @Test
    void aLiaisonsRequestIsReviewedAcceptedAndAnsweredWithAProject() {
        RequestWorld world = new RequestWorld(base, "SV", "BZ");
        String title = "Albergues en San Miguel " + world.tag;
        long requestId;
        try (Browser liaison = new Browser(base, "en-US", "America/El_Salvador")) {
            liaison.signIn(world.user("liaison"), PASSWORD);
            assertThat(liaison.language()).as("the account's language beats the browser's").isEqualTo("es");
            liaison.assertAccessible("dashboard (liaison)");
            liaison.screenshot("dashboard-liaison");

            liaison.open("request-edit.xhtml");
            assertThat(liaison.driver.findElement(By.cssSelector(".time-zone")).getText())
                    .as("times in the liaison's own zone, named").contains("America/El_Salvador");
            liaison.choose("request:type", "TECHNICAL_COOPERATION");
            liaison.type("request:title", title);
            liaison.type("request:description", "Apoyo técnico para albergues temporales de personas migrantes");
            liaison.choose("request:urgency", "PRIORITY");
            liaison.choose("request:country", "SV");
            liaison.type("request:locations", "San Miguel");
            liaison.date("request:requestedStart", "2027-03-01");
            liaison.click(By.cssSelector("input[name='request:iomAreas'][value='FORCED_MIGRATION']"));
            liaison.assertAccessible("request form (liaison)");
            liaison.screenshot("request-form");
            liaison.click(By.id("request:save"));
            liaison.waitFor(d -> d.getCurrentUrl().contains("request.xhtml?id="));
            requestId = Long.parseLong(liaison.driver.getCurrentUrl().replaceAll(".*[?&]id=(\\d+).*", "$1"));
            liaison.click(By.cssSelector(".action-submit"));
            liaison.waitFor(d -> d.findElements(By.cssSelector(".action-submit")).isEmpty());
            JsonObject submitted = Http.json(world.as("liaison").get(world.as("liaison").app("api/requests/" + requestId)));
            assertThat(submitted.getString("status")).isEqualTo("SUBMITTED");
            String shownAt = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                    .withLocale(Locale.forLanguageTag("es")).format(Instant.parse(submitted.getString("submittedAt"))
                            .atZone(ZoneId.of("America/El_Salvador")));
            assertThat(liaison.driver.findElement(By.cssSelector("time[datetime='" + submitted.getString("submittedAt")
                    + "']")).getText()).as("submitted at, in San Salvador's time and Spanish").startsWith(shownAt);
        }

        try (Browser coordinator = new Browser(base, "en-US")) {
            coordinator.signIn(world.user("coordinator"), PASSWORD);
            assertThat(coordinator.language()).isEqualTo("en");
            assertThat(coordinator.find("request-figures").getText()).contains("Priority");
            coordinator.open("request.xhtml?id=" + requestId);
            coordinator.click(By.cssSelector(".action-review"));
            coordinator.waitFor(d -> !d.findElements(By.cssSelector(".action-accept")).isEmpty());
            coordinator.click(By.cssSelector(".action-accept"));
            coordinator.waitFor(d -> !d.findElements(By.id("answer")).isEmpty());
            coordinator.assertAccessible("accepted request (coordinator)");
            coordinator.screenshot("request-accepted");
            coordinator.click(By.id("answer"));
            coordinator.waitFor(d -> d.getCurrentUrl().contains("project-edit.xhtml"));
            assertThat(coordinator.find("plan:title").getAttribute("value")).as("the plan starts from the request")
                    .isEqualTo(title);
            coordinator.choose("plan:leadAgency", Long.toString(world.agency));
            coordinator.assertAccessible("project plan (coordinator)");
            coordinator.screenshot("project-plan");
            coordinator.click(By.id("plan:save"));
            coordinator.waitFor(d -> d.getCurrentUrl().contains("project.xhtml?id="));
            long projectId = Long.parseLong(coordinator.driver.getCurrentUrl().replaceAll(".*[?&]id=(\\d+).*", "$1"));
            JsonObject request = Http.json(world.as("coordinator").get(world.as("coordinator")
                    .app("api/requests/" + requestId)));
            assertThat(request.getString("status")).isEqualTo("ACCEPTED");
            assertThat(request.getJsonNumber("jointProjectId").longValue()).isEqualTo(projectId);
            coordinator.open("request.xhtml?id=" + requestId);
            assertThat(coordinator.find("answered-by").getAttribute("href")).contains("id=" + projectId);
        }
    }

    @Test
    void anAgencyReportsAnActivityOnTheProjectItLeads() {
        RequestWorld world = new RequestWorld(base, "SV", "BZ");
        Http coordinator = world.as("coordinator");
        long project = activeProject(world, "2026-01-01");
        try (Browser agency = new Browser(base, "en-US")) {
            agency.signIn(world.user("agency"), PASSWORD);
            assertThat(agency.language()).isEqualTo("pt");
            String code = Http.json(coordinator.get(coordinator.app("api/projects/" + project))).getString("code");
            assertThat(agency.text("projects-panel")).contains(code);
            assertThat(agency.text("reports-due")).as("a quarter has ended with nothing reported").contains(code);
            agency.assertAccessible("dashboard (agency)");
            agency.screenshot("dashboard-agency");

            agency.open("project.xhtml?id=" + project);
            agency.type("report:activity", "Orientação jurídica em abrigos");
            agency.choose("report:iomArea", "FORCED_MIGRATION");
            agency.choose("report:country", "SV");
            agency.type("report:admin1", "San Miguel");
            agency.date("report:periodStart", "2026-07-01");
            agency.date("report:periodEnd", "2026-09-30");
            agency.type("report:total", "70");
            agency.type("report:femaleAdults", "40");
            agency.type("report:maleAdults", "30");
            agency.assertAccessible("project with report form (agency)");
            agency.screenshot("project-agency");
            agency.click(By.id("report:submit"));
            agency.waitFor(d -> d.findElement(By.id("report:activity")).getAttribute("value").isEmpty());

            HttpResponse<String> reports = coordinator.get(coordinator.app("api/projects/" + project + "/reports"));
            List<JsonObject> items = Http.json(reports).getJsonArray("items").getValuesAs(JsonObject.class);
            assertThat(items).extracting(r -> r.getString("activity")).containsExactly("Orientação jurídica em abrigos");
            agency.open("index.xhtml");
            assertThat(agency.text("reports-due")).as("reported up to the quarter's end").doesNotContain(code);
        }
    }

    @Test
    void anAdministratorReadsAProjectsAuditTrailAndVerifiesTheChain() {
        RequestWorld world = new RequestWorld(base, "SV", "BZ");
        long project = activeProject(world, "2027-01-01");
        try (Browser admin = new Browser(base, "en-US")) {
            admin.signIn("admin", System.getProperty("coordination.admin.password"));
            admin.open("audit.xhtml?recordType=JointProject&recordId=" + project);
            String entries = admin.text("entries");
            assertThat(entries).contains("Created", "Status changed", "JointProject " + project);
            admin.click(By.id("verify:run"));
            admin.waitFor(d -> !d.findElements(By.cssSelector(".page-messages li")).isEmpty());
            assertThat(admin.driver.findElement(By.cssSelector(".page-messages li")).getAttribute("class"))
                    .as("the chain verifies").isEqualTo("info");
            admin.assertAccessible("audit trail (admin)");
            admin.screenshot("audit");
        }
    }

    @Test
    void theLanguageFollowsTheBrowserThenTheSwitcherThenStays() {
        try (Browser visitor = new Browser(base, "pt-BR,pt;q=0.9")) {
            visitor.open("login.xhtml");
            assertThat(visitor.language()).as("Accept-Language").isEqualTo("pt");
            visitor.click(By.cssSelector(".language-switcher a[hreflang='fr']"));
            assertThat(visitor.language()).isEqualTo("fr");
            visitor.open("login.xhtml");
            assertThat(visitor.language()).as("the choice stays for the session").isEqualTo("fr");
            visitor.assertAccessible("sign-in (fr)");
            visitor.screenshot("sign-in-fr");
        }
    }

    @Test
    void everyMainPageIsAccessibleAndTheDashboardFitsA3gBudget() {
        RequestWorld world = new RequestWorld(base, "SV", "BZ");
        long request = world.draft("Capacitación fronteriza " + world.tag, "EMERGENCY");
        world.act("liaison", request, "submit", null);
        long project = activeProject(world, "2027-01-01");
        Http coordinatorApi = world.as("coordinator");
        long response = Http.createdId(coordinatorApi.post(coordinatorApi.app("api/responses"), JSON,
                "{\"name\":\"Tormenta tropical " + world.tag + "\",\"crisisType\":\"SUDDEN_ONSET_DISASTER\",\"startDate\":\"2026-10-01\","
                        + "\"countries\":[\"SV\"],\"situationSummary\":\"Crecidas en el valle de Sula\"}"));
        // a second page of governments: its link back to the first page once failed when no filter was set
        String secondPage = Http.json(coordinatorApi.get(coordinatorApi.app("api/governments?limit=1")))
                .getString("nextCursor");
        try (Browser coordinator = new Browser(base, "en-US")) {
            coordinator.signIn(world.user("coordinator"), PASSWORD);
            coordinator.waitFor(d -> d.findElement(By.id("region-map")).getAttribute("data-drawn") != null);
            long transferred = coordinator.transferredBytes();
            LOG.info(() -> "dashboard, first load with a cold cache: " + transferred + " bytes transferred");
            assertThat(transferred).as("first load of the dashboard").isPositive().isLessThan(PAGE_BUDGET_BYTES);
            assertThat(coordinator.text("country-figures")).contains("El Salvador");
            String stylesheet = coordinator.driver.findElement(By.cssSelector("link[rel=stylesheet][href*='app.css']"))
                    .getAttribute("href");
            HttpResponse<String> css = coordinatorApi.get(URI.create(stylesheet), "Accept-Encoding", "gzip");
            assertThat(css.statusCode()).isEqualTo(200);
            assertThat(css.headers().firstValue("Content-Encoding")).as("compressed").hasValue("gzip");
            assertThat(css.headers().firstValue("Cache-Control")).as("fingerprinted, so kept for a year")
                    .hasValue("public, max-age=31536000, immutable");
            coordinator.assertAccessible("dashboard (coordinator)");
            coordinator.screenshot("dashboard-coordinator");
            List<String> pages = List.of("governments.xhtml", "agencies.xhtml", "projects.xhtml?country=SV",
                    "project.xhtml?id=" + project, "requests.xhtml", "request.xhtml?id=" + request, "responses.xhtml",
                    "response.xhtml?id=" + response, "agreements.xhtml", "inbox.xhtml", "import.xhtml",
                    "search.xhtml?q=" + world.tag);
            for (String page : pages) {
                coordinator.open(page);
                assertThat(coordinator.driver.findElements(By.tagName("h1"))).as(page).hasSize(1);
                coordinator.assertAccessible(page);
                coordinator.screenshot(page.replaceAll("\\.xhtml.*", ""));
            }
            coordinator.open("governments.xhtml?cursor=" + secondPage);
            assertThat(coordinator.driver.findElements(By.tagName("h1"))).as("a later page of governments")
                    .hasSize(1);
            assertThat(coordinator.text("governments")).isNotBlank();
            coordinator.open("search.xhtml?q=" + world.tag);
            assertThat(coordinator.text("results")).contains("Capacitación fronteriza", "Tormenta tropical");
        }
        try (Browser admin = new Browser(base, "en-US")) {
            admin.signIn("admin", System.getProperty("coordination.admin.password"));
            admin.open("accounts.xhtml");
            admin.assertAccessible("accounts (admin)");
            admin.screenshot("accounts");
        }
    }

    @Test
    void aListExportsWhatItShowsWithHeadersInTheReadersLanguage() {
        RequestWorld world = new RequestWorld(base, "SV", "BZ");
        long project = activeProject(world, "2027-01-01");
        Http coordinator = world.as("coordinator");
        String code = Http.json(coordinator.get(coordinator.app("api/projects/" + project))).getString("code");
        String exportLink;
        try (Browser browser = new Browser(base, "en-US")) {
            browser.signIn(world.user("coordinator"), PASSWORD);
            browser.open("projects.xhtml?country=SV&status=ACTIVE&lang=fr");
            assertThat(browser.language()).isEqualTo("fr");
            assertThat(browser.text("projects")).contains(code);
            exportLink = browser.find("export-csv").getAttribute("href");
        }
        List<List<String>> rows = Csv.parse(coordinator.get(URI.create(exportLink)).body());
        assertThat(rows.get(0)).as("the 3W table's headers in French")
                .contains("Projet", "Organisation de mise en œuvre", "Pays", "Statut", "Début");
        int projectColumn = rows.get(0).indexOf("Projet");
        int country = rows.get(0).indexOf("Pays");
        int status = rows.get(0).indexOf("Statut");
        assertThat(rows.subList(1, rows.size())).as("the rows the page shows").isNotEmpty()
                .allSatisfy(row -> assertThat(row.get(country)).isEqualTo("SV"))
                .allSatisfy(row -> assertThat(row.get(status)).isEqualTo("ACTIVE"))
                .anySatisfy(row -> assertThat(row.get(projectColumn)).isEqualTo(code));
        assertThat(Csv.parse(coordinator.get(coordinator.app("api/projects?format=csv&country=SV")).body()).get(0))
                .as("machines and HXL tools keep the English headers").contains("Project", "Country", "Status");

        Http liaison = world.as("liaison");
        List<List<String>> governments = Csv.parse(liaison.get(liaison.app(
                "api/governments?format=csv&headers=labels&lang=pt&subregion=CENTRAL_AMERICA")).body());
        assertThat(governments.get(0)).as("a record list's headers in Portuguese").contains("Nome do país", "Sub-região");
        assertThat(governments.subList(1, governments.size())).extracting(row -> row.get(governments.get(0)
                .indexOf("Sub-região"))).containsOnly("CENTRAL_AMERICA").isNotEmpty();
    }

    /** A project in El Salvador led by the world's agency, activated. */
    private static long activeProject(RequestWorld world, String start) {
        Http coordinator = world.as("coordinator");
        HttpResponse<String> planned = coordinator.post(coordinator.app("api/projects"), JSON,
                "{\"title\":\"Protección en albergues " + world.tag + "\",\"summary\":\"Orientación jurídica\","
                        + "\"countries\":[\"SV\"],\"locations\":[{\"country\":\"SV\",\"admin1\":\"San Miguel\"}],"
                        + "\"iomAreas\":[\"FORCED_MIGRATION\"],\"objectives\":[7],\"startDate\":\"" + start + "\","
                        + "\"leadAgencyId\":" + world.agency + "}");
        assertThat(planned.statusCode()).as(planned.body()).isEqualTo(201);
        long id = Http.createdId(planned);
        HttpResponse<String> activated = coordinator.post(coordinator.app("api/projects/" + id + "/activate"), JSON, "");
        assertThat(activated.statusCode()).as(activated.body()).isEqualTo(200);
        return id;
    }

}
