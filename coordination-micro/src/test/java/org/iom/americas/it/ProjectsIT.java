package org.iom.americas.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.iom.americas.it.RequestWorld.JSON;

import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Joint projects on the deployed application and the real database: the lifecycle, funding totals in US dollars
 * exact to the cent, the duplication check, who may change what, and the answer to an accepted request.
 */
@ExtendWith(ArquillianExtension.class)
class ProjectsIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.coordinationWar();
    }

    @ArquillianResource
    URL base;

    @Test
    void aProjectMovesThroughItsLifecycleByLegalMovesOnly() {
        RequestWorld world = new RequestWorld(base, "MX", "CA");
        Http coordinator = world.as("coordinator");
        JsonObject planned = planned(coordinator, plan(world.agency, "Chiapas", "2027-01-01", "2027-12-31"));
        assertThat(planned.getString("code")).matches("MX-2027-\\d{3}");
        assertThat(planned.getString("status")).isEqualTo("PIPELINE");
        assertThat(Http.strings(planned, "allowedActions")).containsExactly("activate", "cancel");
        long id = planned.getJsonNumber("id").longValue();
        assertThat(planned.getJsonArray("participants").getJsonObject(0).getString("role")).isEqualTo("LEAD");

        HttpResponse<String> early = coordinator.post(coordinator.app("api/projects/" + id + "/complete"), JSON, "");
        assertThat(early.statusCode()).isEqualTo(409);
        assertThat(Http.strings(Http.json(early), "allowedActions")).containsExactly("activate", "cancel");
        for (String move : List.of("activate", "suspend", "resume", "complete")) {
            HttpResponse<String> moved = coordinator.post(coordinator.app("api/projects/" + id + "/" + move), JSON, "");
            assertThat(moved.statusCode()).as(move + ": " + moved.body()).isEqualTo(200);
        }
        JsonObject completed = Http.json(coordinator.get(coordinator.app("api/projects/" + id)));
        assertThat(completed.getString("status")).isEqualTo("COMPLETED");
        assertThat(Http.strings(completed, "allowedActions")).isEmpty();
        assertThat(coordinator.post(coordinator.app("api/projects/" + id + "/activate"), JSON, "").statusCode())
                .isEqualTo(409);

        HttpResponse<String> backwards = coordinator.post(coordinator.app("api/projects"), JSON,
                plan(world.agency, "Chiapas", "2027-06-01", "2027-01-01"));
        assertThat(backwards.statusCode()).isEqualTo(400);
        assertThat(Http.json(backwards).getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("endDate");
    }

    @Test
    void fundingTotalsInUsDollarsAreExactToTheCent() {
        RequestWorld world = new RequestWorld(base, "MX", "CA");
        Http admin = world.admin();
        rate(admin, "EUR", "1.0825");
        rate(admin, "HNL", "0.0404");
        Http coordinator = world.as("coordinator");
        long id = planned(coordinator, plan(world.agency, "Oaxaca", "2027-01-01", null)).getJsonNumber("id").longValue();
        fund(coordinator, id, world.otherAgency, "EUR", "1000.00", "333.33");
        fund(coordinator, id, world.agency, "HNL", "2500000.00", "1234567.89");
        JsonObject project = fund(coordinator, id, world.otherAgency, "GTQ", "5000.00", "0.00");

        BigDecimal committed = new BigDecimal("1000.00").multiply(new BigDecimal("1.0825"))
                .add(new BigDecimal("2500000.00").multiply(new BigDecimal("0.0404"))).setScale(2, RoundingMode.HALF_EVEN);
        BigDecimal disbursed = new BigDecimal("333.33").multiply(new BigDecimal("1.0825"))
                .add(new BigDecimal("1234567.89").multiply(new BigDecimal("0.0404"))).setScale(2, RoundingMode.HALF_EVEN);
        JsonObject totals = project.getJsonObject("totals");
        assertThat(totals.getJsonObject("committedUsd").getString("amount")).isEqualTo(committed.toPlainString())
                .isEqualTo("102082.50");
        assertThat(totals.getJsonObject("disbursedUsd").getString("amount")).isEqualTo(disbursed.toPlainString())
                .isEqualTo("50237.37");
        assertThat(Http.strings(totals, "unconverted")).containsExactly("GTQ");

        // the same donor and currency again replaces its line
        JsonObject replaced = fund(coordinator, id, world.otherAgency, "EUR", "2000.00", "333.33");
        assertThat(replaced.getJsonArray("funding")).hasSize(3);
        HttpResponse<String> over = coordinator.post(coordinator.app("api/projects/" + id + "/funding"), JSON,
                "{\"donorAgencyId\":" + world.otherAgency + ",\"currency\":\"EUR\",\"committed\":\"10.00\","
                        + "\"disbursed\":\"10.01\"}");
        assertThat(over.statusCode()).isEqualTo(400);
        assertThat(coordinator.post(coordinator.app("api/projects/" + id + "/funding"), JSON,
                "{\"donorAgencyId\":" + world.otherAgency + ",\"currency\":\"ZZZ\",\"committed\":\"10.00\","
                        + "\"disbursed\":\"0\"}").statusCode()).isEqualTo(400);
        assertThat(coordinator.post(coordinator.app("api/projects/" + id + "/funding"), JSON,
                "{\"donorAgencyId\":" + world.otherAgency + ",\"currency\":\"EUR\",\"committed\":\"1e3\","
                        + "\"disbursed\":\"0\"}").statusCode()).isEqualTo(400);
    }

    @Test
    void partnersSeeOtherPartnersProjectsInTheSameAreaPlaceAndTime() {
        RequestWorld world = new RequestWorld(base, "MX", "CA");
        Http coordinator = world.as("coordinator");
        String place = "Guerrero " + world.tag;
        JsonObject existing = planned(coordinator, plan(world.agency, place, "2027-01-01", "2027-12-31"));

        List<JsonObject> overlaps = overlaps(coordinator, plan(world.otherAgency, place, "2027-06-01", "2028-06-30"));
        assertThat(overlaps).extracting(o -> o.getString("code")).contains(existing.getString("code"));
        JsonObject overlap = overlaps.stream().filter(o -> o.getString("code").equals(existing.getString("code")))
                .findFirst().orElseThrow();
        assertThat(Http.strings(overlap, "sharedPlaces")).containsExactly("MX:" + place);
        assertThat(Http.strings(overlap, "sharedAreas")).containsExactly("FORCED_MIGRATION");

        assertThat(overlaps(coordinator, plan(world.otherAgency, "Sonora " + world.tag, "2027-06-01", null)))
                .extracting(o -> o.getString("code")).doesNotContain(existing.getString("code"));
        assertThat(overlaps(coordinator, plan(world.otherAgency, place, "2028-01-01", "2028-12-31")))
                .extracting(o -> o.getString("code")).doesNotContain(existing.getString("code"));
        assertThat(overlaps(coordinator, plan(world.agency, place, "2027-06-01", null)))
                .extracting(o -> o.getString("code")).doesNotContain(existing.getString("code"));
        long later = planned(coordinator, plan(world.otherAgency, place, "2027-03-01", null)).getJsonNumber("id")
                .longValue();
        List<JsonObject> ofLater = array(coordinator, "api/projects/" + later + "/overlaps");
        assertThat(ofLater).extracting(o -> o.getString("code")).contains(existing.getString("code"));
    }

    @Test
    void anAgencyChangesOnlyTheProjectsItLeadsAndEveryoneReads() {
        RequestWorld world = new RequestWorld(base, "MX", "CA");
        Http lead = world.as("agency");
        JsonObject own = planned(lead, plan(world.agency, "Tabasco", "2027-01-01", null));
        long id = own.getJsonNumber("id").longValue();
        assertThat(own.getBoolean("editable")).isTrue();
        assertThat(lead.post(lead.app("api/projects"), JSON, plan(world.otherAgency, "Tabasco", "2027-01-01", null))
                .statusCode()).isEqualTo(400);
        assertThat(lead.post(lead.app("api/projects/" + id + "/activate"), JSON, "").statusCode()).isEqualTo(200);

        Http other = world.as("agency2");
        JsonObject read = Http.json(other.get(other.app("api/projects/" + id)));
        assertThat(read.getBoolean("editable")).isFalse();
        assertThat(Http.strings(read, "allowedActions")).isEmpty();
        assertThat(other.post(other.app("api/projects/" + id + "/suspend"), JSON, "").statusCode()).isEqualTo(403);
        String revision = plan(world.agency, "Tabasco", "2027-01-01", null);
        revision = revision.substring(0, revision.length() - 1) + ",\"version\":" + read.getJsonNumber("version") + "}";
        assertThat(other.put(other.app("api/projects/" + id), JSON, revision).statusCode()).isEqualTo(403);
        assertThat(lead.put(lead.app("api/projects/" + id), JSON, revision).statusCode()).isEqualTo(200);
        assertThat(other.post(other.app("api/projects/" + id + "/funding"), JSON, "{\"donorAgencyId\":"
                + world.otherAgency + ",\"currency\":\"USD\",\"committed\":\"1.00\",\"disbursed\":\"0\"}").statusCode())
                .isEqualTo(403);
        Http liaison = world.as("liaison");
        assertThat(liaison.get(liaison.app("api/projects/" + id)).statusCode()).isEqualTo(200);
        assertThat(liaison.post(liaison.app("api/projects"), JSON, plan(world.agency, "Tabasco", "2027-01-01", null))
                .statusCode()).isEqualTo(403);
        HttpResponse<String> partner = lead.post(lead.app("api/projects/" + id + "/partners"), JSON,
                "{\"governmentId\":" + world.government + ",\"role\":\"GOVERNMENT_COUNTERPART\"}");
        assertThat(partner.statusCode()).as(partner.body()).isEqualTo(201);
        assertThat(lead.post(lead.app("api/projects/" + id + "/partners"), JSON, "{\"agencyId\":" + world.otherAgency
                + ",\"role\":\"GOVERNMENT_COUNTERPART\"}").statusCode()).isEqualTo(400);
        assertThat(liaison.ids("api/projects?agencyId=" + world.agency + "&country=MX")).contains(id);
        assertThat(liaison.ids("api/projects?agencyId=" + world.otherAgency)).doesNotContain(id);
        assertThat(liaison.ids("api/projects?agencyId=" + world.agency + "&from=2020-01-01&to=2020-12-31"))
                .doesNotContain(id);
    }

    @Test
    void anAcceptedRequestIsAnsweredByAProjectLinkedBothWays() {
        RequestWorld world = new RequestWorld(base, "MX", "CA");
        long request = world.draft("Answered " + world.tag, "ROUTINE");
        world.act("liaison", request, "submit", null);
        world.act("coordinator", request, "review", null);
        Http coordinator = world.as("coordinator");
        assertThat(coordinator.post(coordinator.app("api/projects/from-request/" + request), JSON,
                plan(world.agency, "Chiapas", "2027-01-01", null)).statusCode()).isEqualTo(409);
        world.act("coordinator", request, "accept", null);
        HttpResponse<String> answered = coordinator.post(coordinator.app("api/projects/from-request/" + request), JSON,
                plan(world.agency, "Chiapas", "2027-01-01", null));
        assertThat(answered.statusCode()).as(answered.body()).isEqualTo(201);
        long project = Http.json(answered).getJsonNumber("id").longValue();
        assertThat(Http.json(answered).getJsonNumber("originRequestId").longValue()).isEqualTo(request);
        assertThat(Http.json(world.as("liaison").get(world.as("liaison").app("api/requests/" + request)))
                .getJsonNumber("jointProjectId").longValue()).isEqualTo(project);
        assertThat(coordinator.post(coordinator.app("api/projects/from-request/" + request), JSON,
                plan(world.agency, "Chiapas", "2027-01-01", null)).statusCode()).isEqualTo(409);
    }

    @Test
    void activityReportsSayWhomTheyReachedAndThePartsNeverExceedTheWhole() {
        RequestWorld world = new RequestWorld(base, "MX", "CA");
        Http coordinator = world.as("coordinator");
        long id = planned(coordinator, plan(world.agency, "Chiapas", "2027-01-01", null)).getJsonNumber("id")
                .longValue();
        Http lead = world.as("agency");
        HttpResponse<String> indicator = lead.post(lead.app("api/projects/" + id + "/indicators"), JSON,
                "{\"name\":\"People trained\",\"unit\":\"people\",\"target\":\"200\"}");
        assertThat(indicator.statusCode()).as(indicator.body()).isEqualTo(201);
        long indicatorId = Http.json(indicator).getJsonNumber("id").longValue();

        HttpResponse<String> reported = lead.post(lead.app("api/projects/" + id + "/reports"), JSON,
                report(indicatorId, "120", 100, "\"femaleChildren\":30,\"femaleAdults\":30,\"maleAdults\":40,"
                        + "\"migrants\":60,\"refugees\":40", null));
        assertThat(reported.statusCode()).as(reported.body()).isEqualTo(201);
        JsonObject first = Http.json(reported);
        assertThat(first.getJsonNumber("agencyId").longValue()).isEqualTo(world.agency);
        assertThat(first.getJsonObject("reached").getInt("maleAdults")).isEqualTo(40);

        int before = reports(lead, id).size();
        HttpResponse<String> tooMany = lead.post(lead.app("api/projects/" + id + "/reports"), JSON,
                report(indicatorId, "1", 100, "\"femaleAdults\":60,\"maleAdults\":41", null));
        assertThat(tooMany.statusCode()).isEqualTo(400);
        assertThat(Http.json(tooMany).getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("reached");
        assertThat(lead.post(lead.app("api/projects/" + id + "/reports"), JSON,
                report(indicatorId, "1", 10, "\"refugees\":6,\"returnees\":5", null)).statusCode()).isEqualTo(400);
        assertThat(lead.post(lead.app("api/projects/" + id + "/reports"), JSON,
                report(indicatorId, "1", -1, "", null)).statusCode()).isEqualTo(400);
        assertThat(reports(lead, id)).hasSize(before);

        Http other = world.as("agency2");
        assertThat(other.post(other.app("api/projects/" + id + "/reports"), JSON, report(indicatorId, "5", 5, "", null))
                .statusCode()).isEqualTo(400);
        assertThat(coordinator.post(coordinator.app("api/projects/" + id + "/partners"), JSON, "{\"agencyId\":"
                + world.otherAgency + ",\"role\":\"IMPLEMENTING_PARTNER\"}").statusCode()).isEqualTo(201);
        assertThat(other.post(other.app("api/projects/" + id + "/reports"), JSON,
                report(indicatorId, "100", 80, "\"internallyDisplaced\":80", null)).statusCode()).isEqualTo(201);
        JsonObject progress = indicators(lead, id).get(0);
        assertThat(progress.getString("achieved")).isEqualTo("220.00");
        assertThat(progress.getInt("percent")).isEqualTo(110);

        long firstId = first.getJsonNumber("id").longValue();
        assertThat(other.put(other.app("api/projects/" + id + "/reports/" + firstId), JSON,
                report(indicatorId, "0", 0, "", first.getJsonNumber("version").longValue())).statusCode())
                .isEqualTo(403);
        HttpResponse<String> corrected = lead.put(lead.app("api/projects/" + id + "/reports/" + firstId), JSON,
                report(indicatorId, "150", 100, "\"femaleAdults\":50", first.getJsonNumber("version").longValue()));
        assertThat(corrected.statusCode()).as(corrected.body()).isEqualTo(200);
        assertThat(indicators(lead, id).get(0).getInt("percent")).isEqualTo(125);
        assertThat(reports(world.as("liaison"), id)).extracting(r -> r.getBoolean("editable")).containsOnly(false);
    }

    @Test
    void partnersFollowAProjectInThePagesAndTheLeadMovesItOn() {
        RequestWorld world = new RequestWorld(base, "MX", "CA");
        String place = "Veracruz " + world.tag;
        JsonObject theirs = planned(world.as("coordinator"), plan(world.otherAgency, place, "2027-01-01", null));
        JsonObject ours = planned(world.as("agency"), plan(world.agency, place, "2027-02-01", null));
        long id = ours.getJsonNumber("id").longValue();
        Http lead = new Http(base);
        assertThat(lead.signIn(world.user("agency"), RequestWorld.PASSWORD).statusCode()).isEqualTo(302);
        assertThat(lead.get(lead.app("projects.xhtml?country=MX")).body()).contains(ours.getString("code"));
        HttpResponse<String> page = lead.get(lead.app("project.xhtml?id=" + id));
        assertThat(page.statusCode()).isEqualTo(200);
        // the page tells the lead who else works there, then and in that area
        assertThat(page.body()).contains("id=\"overlaps\"", theirs.getString("code"), "MX:" + place);
        HttpResponse<String> activated = lead.postForm(lead.app("project.xhtml?id=" + id), java.util.Map.of(
                "actions", "actions", "actions:moves:0:act", "Ativar", "jakarta.faces.ViewState", Http.viewState(page)));
        assertThat(activated.statusCode()).isEqualTo(200);
        assertThat(Http.json(world.as("agency").get(world.as("agency").app("api/projects/" + id))).getString("status"))
                .isEqualTo("ACTIVE");
        Http other = new Http(base);
        other.signIn(world.user("agency2"), RequestWorld.PASSWORD);
        assertThat(other.get(other.app("project.xhtml?id=" + id)).body()).doesNotContain("id=\"actions\"");
    }

    @Test
    void projectsExportAsIatiActivitiesThatTheOfficialSchemaAccepts() throws Exception {
        RequestWorld world = new RequestWorld(base, "MX", "CA");
        Http coordinator = world.as("coordinator");
        long id = planned(coordinator, plan(world.agency, "Chiapas", "2027-01-01", "2027-12-31")).getJsonNumber("id")
                .longValue();
        fund(coordinator, id, world.otherAgency, "USD", "50000.00", "12500.50");
        coordinator.post(coordinator.app("api/projects/" + id + "/partners"), JSON, "{\"governmentId\":"
                + world.government + ",\"role\":\"GOVERNMENT_COUNTERPART\"}");
        String body = coordinator.get(coordinator.app("api/projects?format=iati&agencyId=" + world.agency)).body();
        assertThat(body).contains("<iati-activities version=\"2.03\"", "XM-DAC-47066-MX-2027-",
                "<activity-status code=\"1\"", "<recipient-country code=\"MX\" percentage=\"100\"",
                "code=\"GCM-7\"", "<transaction-type code=\"11\"", "12500.50",
                "<participating-org role=\"2\" type=\"21\"", "<participating-org role=\"2\" type=\"10\"");

        java.io.File schema = new java.io.File(System.getProperty("iati.schemas"), "iati-activities-schema.xsd");
        assertThat(schema).as("the official IATI schema beside the clone").exists();
        javax.xml.validation.Validator validator = javax.xml.validation.SchemaFactory
                .newInstance(javax.xml.XMLConstants.W3C_XML_SCHEMA_NS_URI).newSchema(schema).newValidator();
        validator.validate(new javax.xml.transform.stream.StreamSource(new java.io.StringReader(body)));
    }

    @Test
    void theWhoDoesWhatWhereTableExportsAsHxlThatReadsBackToTheSameRecords() {
        RequestWorld world = new RequestWorld(base, "MX", "CA");
        Http coordinator = world.as("coordinator");
        String plan = plan(world.agency, "Chiapas", "2027-01-01", null).replace("\"admin1\":\"Chiapas\"",
                "\"admin1\":\"Chiapas\",\"pcode\":\"MX07\"");
        long id = planned(coordinator, plan).getJsonNumber("id").longValue();
        fund(coordinator, id, world.otherAgency, "USD", "80000.00", "0");
        Http lead = world.as("agency");
        HttpResponse<String> reported = lead.post(lead.app("api/projects/" + id + "/reports"), JSON,
                "{\"iomArea\":\"FORCED_MIGRATION\",\"activity\":\"=HYPERLINK(\\\"http://evil.example\\\")\","
                        + "\"country\":\"MX\",\"admin1\":\"Chiapas\",\"periodStart\":\"2027-02-01\","
                        + "\"periodEnd\":\"2027-02-28\",\"reached\":{\"total\":100,\"femaleChildren\":20,"
                        + "\"femaleAdults\":40,\"maleAdults\":30,\"maleElderly\":10}}");
        assertThat(reported.statusCode()).as(reported.body()).isEqualTo(201);

        HttpResponse<String> hxl = coordinator.get(coordinator.app("api/projects?format=hxl&agencyId=" + world.agency));
        assertThat(hxl.statusCode()).isEqualTo(200);
        assertThat(hxl.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
        List<List<String>> rows = Csv.parse(hxl.body());
        assertThat(rows.get(1)).contains("#org+impl", "#org+funder", "#sector", "#activity", "#country+code",
                "#adm1+name", "#adm1+code", "#date+start", "#date+end", "#status", "#reached+f", "#value",
                "#currency");
        java.util.Map<String, String> row = new java.util.HashMap<>();
        List<String> data = rows.stream().skip(2).filter(r -> r.get(0).equals(Http.json(coordinator.get(
                coordinator.app("api/projects/" + id))).getString("code"))).findFirst().orElseThrow();
        for (int i = 0; i < rows.get(1).size(); i++) {
            row.put(rows.get(1).get(i), data.get(i));
        }
        assertThat(row).containsEntry("#org+impl", "Agency " + world.tag)
                .containsEntry("#org+funder", "Other agency " + world.tag).containsEntry("#sector", "FORCED_MIGRATION")
                .containsEntry("#country+code", "MX").containsEntry("#adm1+name", "Chiapas")
                .containsEntry("#adm1+code", "MX07").containsEntry("#date+start", "2027-02-01")
                .containsEntry("#reached", "100").containsEntry("#reached+f", "60").containsEntry("#reached+m", "40")
                .containsEntry("#reached+elderly", "10").containsEntry("#value", "80000.00")
                .containsEntry("#currency", "USD");
        // what a spreadsheet would run as a formula reads back as the text it is
        assertThat(row.get("#activity")).isEqualTo("'=HYPERLINK(\"http://evil.example\")");
        HttpResponse<String> csv = coordinator.get(coordinator.app("api/projects?format=csv&agencyId=" + world.agency));
        assertThat(Csv.parse(csv.body()).get(1).get(0)).doesNotStartWith("#");
    }

    @Test
    void participantsShareDocumentsAndFollowWhatHappensOnTheTimeline() throws Exception {
        RequestWorld world = new RequestWorld(base, "MX", "CA");
        Http lead = world.as("agency");
        long id = planned(lead, plan(world.agency, "Oaxaca", "2027-01-01", null)).getJsonNumber("id").longValue();
        byte[] pdf = ("%PDF-1.4\n% work plan " + world.tag + "\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);
        HttpResponse<String> shared = lead.postBytes(lead.app("api/projects/" + id + "/documents?fileName="
                + "Plan%20de%20trabajo.pdf"), "application/pdf", pdf);
        assertThat(shared.statusCode()).as(shared.body()).isEqualTo(201);
        String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf));
        assertThat(Http.json(shared).getString("sha256")).isEqualTo(sha256);
        HttpResponse<byte[]> copy = lead.getBytes(URI.create(shared.headers().firstValue("Location").orElseThrow()));
        assertThat(copy.statusCode()).isEqualTo(200);
        assertThat(copy.body()).isEqualTo(pdf);
        assertThat(copy.headers().firstValue("Content-Disposition").orElseThrow()).startsWith("attachment");

        // a program named like a PDF is refused for what it is, and nothing is kept
        HttpResponse<String> disguised = lead.postBytes(lead.app("api/projects/" + id + "/documents?fileName=x.pdf"),
                "application/pdf", new byte[] {'M', 'Z', 0, 0, 1, 2, 3});
        assertThat(disguised.statusCode()).isEqualTo(415);
        assertThat(array(lead, "api/projects/" + id + "/documents")).hasSize(1);

        // another partner reads the documents but neither adds to them nor follows the timeline
        Http outsider = world.as("agency2");
        assertThat(array(outsider, "api/projects/" + id + "/documents")).hasSize(1);
        assertThat(outsider.postBytes(outsider.app("api/projects/" + id + "/documents?fileName=y.pdf"),
                "application/pdf", pdf).statusCode()).isEqualTo(403);
        assertThat(outsider.get(outsider.app("api/projects/" + id + "/timeline")).statusCode()).isEqualTo(403);

        HttpResponse<String> measured = lead.post(lead.app("api/projects/" + id + "/indicators"), JSON,
                "{\"name\":\"People assisted\",\"unit\":\"people\",\"target\":\"100\"}");
        long indicator = Http.json(measured).getJsonNumber("id").longValue();
        assertThat(lead.post(lead.app("api/projects/" + id + "/reports"), JSON,
                report(indicator, "10", 10, "", null).replace("Chiapas", "Oaxaca")).statusCode()).isEqualTo(201);
        assertThat(lead.post(lead.app("api/projects/" + id + "/activate"), JSON, "").statusCode()).isEqualTo(200);

        List<JsonObject> timeline = array(lead, "api/projects/" + id + "/timeline");
        assertThat(timeline).extracting(e -> e.getString("recordType") + ":" + e.getString("action"))
                .startsWith("JointProject:TRANSITION")
                .contains("JointProject:CREATE", "ProjectParticipant:CREATE", "ProjectDocument:CREATE",
                        "ProjectIndicator:CREATE", "ActivityReport:CREATE");
        assertThat(timeline.get(0).getJsonObject("changes").getString("status")).isEqualTo("ACTIVE");
        assertThat(timeline).extracting(e -> e.getString("organisation")).containsOnly("PARTNER_AGENCY:" + world.agency);
        assertThat(timeline).extracting(e -> e.getJsonNumber("seq").longValue())
                .isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(array(world.as("coordinator"), "api/projects/" + id + "/timeline")).hasSameSizeAs(timeline);

        Http page = new Http(base);
        page.signIn(world.user("agency"), RequestWorld.PASSWORD);
        assertThat(page.get(page.app("project.xhtml?id=" + id)).body())
                .contains("id=\"timeline\"", "Plan de trabajo.pdf", sha256);
    }

    @Test
    void theProjectFormsPlanFundMeasureAndReportAndKeepNothingThatIsWrong() {
        RequestWorld world = new RequestWorld(base, "MX", "CA");
        Http lead = new Http(base);
        assertThat(lead.signIn(world.user("agency"), RequestWorld.PASSWORD).statusCode()).isEqualTo(302);
        HttpResponse<String> form = lead.get(lead.app("project-edit.xhtml"));
        assertThat(form.statusCode()).isEqualTo(200);
        Map<String, String> plan = new HashMap<>(Map.of("plan", "plan", "plan:title", "Border health " + world.tag,
                "plan:summary", "Health screening at the border", "plan:countries", "MX",
                "plan:locations", "MX: Chiapas\nnot a place", "plan:startDate", "2027-03-01",
                "plan:iomAreas", "REGULATED_MIGRATION", "plan:leadAgency", Long.toString(world.agency),
                "plan:save", "Save", "jakarta.faces.ViewState", Http.viewState(form)));
        HttpResponse<String> refused = lead.postForm(lead.app("project-edit.xhtml"), plan);
        assertThat(refused.statusCode()).isEqualTo(200);
        // the message sits next to the field, and no project was made of the bad plan
        assertThat(refused.body()).contains("id=\"plan:locations-message\"", "not a place");
        assertThat(world.as("agency").ids("api/projects?agencyId=" + world.agency)).isEmpty();

        plan.put("plan:locations", "MX: Chiapas (MX07)");
        plan.put("jakarta.faces.ViewState", Http.viewState(refused));
        HttpResponse<String> saved = lead.postForm(lead.app("project-edit.xhtml"), plan);
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
        long id = Long.parseLong(saved.headers().firstValue("Location").orElseThrow().replaceAll(".*[?&]id=(\\d+).*", "$1"));
        JsonObject project = Http.json(world.as("agency").get(world.as("agency").app("api/projects/" + id)));
        assertThat(project.getString("title")).isEqualTo("Border health " + world.tag);
        assertThat(project.getJsonArray("locations").getJsonObject(0).getString("pcode")).isEqualTo("MX07");

        String pageUri = "project.xhtml?id=" + id;
        HttpResponse<String> page = lead.get(lead.app(pageUri));
        HttpResponse<String> overDisbursed = lead.postForm(lead.app(pageUri), Map.of("funding", "funding",
                "funding:donorAgencyId", Long.toString(world.otherAgency), "funding:currency", "USD",
                "funding:committed", "100.00", "funding:disbursed", "250.00", "funding:fund", "Record",
                "jakarta.faces.ViewState", Http.viewState(page)));
        assertThat(overDisbursed.body()).contains("id=\"funding:disbursed-message\"");
        HttpResponse<String> funded = lead.postForm(lead.app(pageUri), Map.of("funding", "funding",
                "funding:donorAgencyId", Long.toString(world.otherAgency), "funding:currency", "USD",
                "funding:committed", "100.00", "funding:disbursed", "25.00", "funding:fund", "Record",
                "jakarta.faces.ViewState", Http.viewState(overDisbursed)));
        assertThat(funded.statusCode()).isEqualTo(200);
        HttpResponse<String> measured = lead.postForm(lead.app(pageUri), Map.of("indicator", "indicator",
                "indicator:name", "Migrants screened", "indicator:unit", "people", "indicator:target", "400",
                "indicator:measure", "Add", "jakarta.faces.ViewState", Http.viewState(funded)));
        List<JsonObject> indicators = indicators(world.as("agency"), id);
        assertThat(indicators).extracting(i -> i.getString("name")).containsExactly("Migrants screened");

        Map<String, String> report = new HashMap<>(Map.of("report", "report", "report:activity", "Screening",
                "report:iomArea", "REGULATED_MIGRATION", "report:country", "MX", "report:periodStart", "2027-03-01",
                "report:periodEnd", "2027-03-31", "report:total", "50", "report:femaleAdults", "40",
                "report:maleAdults", "30", "report:submit", "Report"));
        report.put("report:indicatorId", indicators.get(0).getJsonNumber("id").toString());
        report.put("report:achieved", "50");
        report.put("jakarta.faces.ViewState", Http.viewState(measured));
        HttpResponse<String> tooMany = lead.postForm(lead.app(pageUri), report);
        // 70 people by sex and age out of 50 in all: refused next to the total, and nothing reported
        assertThat(tooMany.body()).contains("id=\"report:total-message\"");
        assertThat(reports(world.as("agency"), id)).isEmpty();
        report.put("report:maleAdults", "10");
        report.put("jakarta.faces.ViewState", Http.viewState(tooMany));
        lead.postForm(lead.app(pageUri), report);
        assertThat(reports(world.as("agency"), id)).singleElement()
                .satisfies(r -> assertThat(r.getJsonObject("reached").getInt("femaleAdults")).isEqualTo(40));
        JsonObject after = Http.json(world.as("agency").get(world.as("agency").app("api/projects/" + id)));
        assertThat(after.getJsonObject("totals").getJsonObject("committedUsd").getString("amount"))
                .isEqualTo("100.00");
        assertThat(after.getJsonObject("totals").getJsonObject("disbursedUsd").getString("amount"))
                .isEqualTo("25.00");
    }

    private static String report(long indicatorId, String achieved, int total, String parts, Long version) {
        return "{\"indicatorId\":" + indicatorId + ",\"iomArea\":\"FORCED_MIGRATION\",\"activity\":\"Training of "
                + "border officials\",\"country\":\"MX\",\"admin1\":\"Chiapas\",\"periodStart\":\"2027-01-01\","
                + "\"periodEnd\":\"2027-03-31\",\"achieved\":\"" + achieved + "\",\"reached\":{\"total\":" + total
                + (parts.isEmpty() ? "" : "," + parts) + "}" + (version == null ? "" : ",\"version\":" + version) + "}";
    }

    private static List<JsonObject> reports(Http caller, long project) {
        return array(caller, "api/projects/" + project + "/reports");
    }

    private static List<JsonObject> indicators(Http caller, long project) {
        return array(caller, "api/projects/" + project + "/indicators");
    }

    private static List<JsonObject> array(Http caller, String path) {
        HttpResponse<String> answer = caller.get(caller.app(path));
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return Http.json(answer).getJsonArray("items").getValuesAs(JsonObject.class);
    }

    private static String plan(long leadAgency, String admin1, String start, String end) {
        return "{\"title\":\"Protection of people on the move\",\"summary\":\"Shelter and legal aid\","
                + "\"countries\":[\"MX\"],\"locations\":[{\"country\":\"MX\",\"admin1\":\"" + admin1 + "\"}],"
                + "\"iomAreas\":[\"FORCED_MIGRATION\"],\"objectives\":[7],\"startDate\":\"" + start + "\""
                + (end == null ? "" : ",\"endDate\":\"" + end + "\"") + ",\"leadAgencyId\":" + leadAgency + "}";
    }

    private static JsonObject planned(Http caller, String plan) {
        HttpResponse<String> created = caller.post(caller.app("api/projects"), JSON, plan);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return Http.json(created);
    }

    private static List<JsonObject> overlaps(Http caller, String plan) {
        HttpResponse<String> answer = caller.post(caller.app("api/projects/overlaps"), JSON, plan);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return Http.json(answer).getJsonArray("items").getValuesAs(JsonObject.class);
    }

    private static JsonObject fund(Http caller, long project, long donor, String currency, String committed,
                                   String disbursed) {
        HttpResponse<String> funded = caller.post(caller.app("api/projects/" + project + "/funding"), JSON,
                "{\"donorAgencyId\":" + donor + ",\"currency\":\"" + currency + "\",\"committed\":\"" + committed
                        + "\",\"disbursed\":\"" + disbursed + "\"}");
        assertThat(funded.statusCode()).as(funded.body()).isEqualTo(200);
        return Http.json(funded);
    }

    private static void rate(Http admin, String currency, String usdPerUnit) {
        HttpResponse<String> added = admin.post(admin.app("api/exchange-rates"), JSON, "{\"currency\":\"" + currency
                + "\",\"validFrom\":\"2026-01-01\",\"usdPerUnit\":\"" + usdPerUnit + "\"}");
        assertThat(added.statusCode()).as(added.body()).isIn(201, 409);
    }

}
