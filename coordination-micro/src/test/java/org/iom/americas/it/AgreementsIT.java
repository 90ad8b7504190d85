package org.iom.americas.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.iom.americas.it.RequestWorld.JSON;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Cooperation agreements on the deployed application and the real database: the lifecycle (legal and illegal
 * moves), who may know of an agreement, the signed copy and its hash, expiry reminders that fire once and in the
 * reader's language, the projects under an agreement, and the audit entries of every change.
 */
@ExtendWith(ArquillianExtension.class)
class AgreementsIT {

    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

    @Deployment
    static WebArchive deployment() {
        return Deployments.coordinationWar();
    }

    @ArquillianResource
    URL base;

    @Test
    void anAgreementMovesFromDraftToForceByLegalMovesOnlyAndEveryChangeIsAudited() {
        RequestWorld world = new RequestWorld(base, "MX", "CA");
        Http coordinator = world.as("coordinator");
        JsonObject drafted = drafted(coordinator, draft(world, "MOU-" + world.tag, null, null, null));
        long id = drafted.getJsonNumber("id").longValue();
        assertThat(drafted.getString("status")).isEqualTo("DRAFT");
        assertThat(Http.strings(drafted, "allowedActions")).containsExactly("negotiate", "terminate");

        HttpResponse<String> early = coordinator.post(coordinator.app("api/agreements/" + id + "/sign"), JSON, "");
        assertThat(early.statusCode()).isEqualTo(409);
        assertThat(Http.strings(Http.json(early), "allowedActions")).containsExactly("negotiate", "terminate");
        move(coordinator, id, "negotiate");
        // signing needs the date of signature and someone who signed
        assertThat(field(coordinator.post(coordinator.app("api/agreements/" + id + "/sign"), JSON, "")))
                .isEqualTo("signedOn");
        JsonObject read = Http.json(coordinator.get(coordinator.app("api/agreements/" + id)));
        HttpResponse<String> revised = coordinator.put(coordinator.app("api/agreements/" + id), JSON,
                withVersion(draft(world, "MOU-" + world.tag, TODAY.minusDays(3), null, null), read));
        assertThat(revised.statusCode()).as(revised.body()).isEqualTo(200);
        assertThat(field(coordinator.post(coordinator.app("api/agreements/" + id + "/sign"), JSON, "")))
                .isEqualTo("signatories");
        HttpResponse<String> signatory = coordinator.post(coordinator.app("api/agreements/" + id + "/signatories"),
                JSON, "{\"name\":\"Ana Pérez\",\"title\":\"Secretaria\",\"organisation\":\"Gobierno de México\","
                        + "\"signedOn\":\"" + TODAY.minusDays(3) + "\"}");
        assertThat(signatory.statusCode()).as(signatory.body()).isEqualTo(201);
        move(coordinator, id, "sign");
        assertThat(field(coordinator.post(coordinator.app("api/agreements/" + id + "/enter-into-force"), JSON, "")))
                .isEqualTo("effectiveOn");
        read = Http.json(coordinator.get(coordinator.app("api/agreements/" + id)));
        assertThat(coordinator.put(coordinator.app("api/agreements/" + id), JSON, withVersion(draft(world,
                "MOU-" + world.tag, TODAY.minusDays(3), TODAY, TODAY.plusYears(2)), read)).statusCode())
                .isEqualTo(200);
        JsonObject inForce = move(coordinator, id, "enter-into-force");
        assertThat(inForce.getString("status")).isEqualTo("IN_FORCE");
        assertThat(inForce.getJsonArray("signatories").getJsonObject(0).getString("name")).isEqualTo("Ana Pérez");
        assertThat(move(coordinator, id, "terminate").getString("status")).isEqualTo("TERMINATED");
        assertThat(coordinator.post(coordinator.app("api/agreements/" + id + "/negotiate"), JSON, "").statusCode())
                .isEqualTo(409);

        List<JsonObject> trail = array(world.admin(), "api/audit?recordType=CooperationAgreement&recordId=" + id
                + "&limit=50");
        assertThat(trail).extracting(e -> e.getString("action"))
                .containsOnly("CREATE", "UPDATE", "TRANSITION")
                .filteredOn("TRANSITION"::equals).hasSize(4);
        assertThat(trail).filteredOn(e -> e.getString("action").equals("TRANSITION"))
                .extracting(e -> e.getJsonObject("changes").getJsonObject("status").getString("new"))
                .containsExactly("TERMINATED", "IN_FORCE", "SIGNED", "UNDER_NEGOTIATION");
        assertThat(trail).filteredOn(e -> e.getString("action").equals("UPDATE")).hasSize(2);
        assertThat(array(world.admin(), "api/audit?recordType=AgreementSignatory&action=CREATE&limit=200"))
                .extracting(e -> e.getJsonObject("changes").getString("name")).contains("Ana Pérez");

        HttpResponse<String> duplicate = coordinator.post(coordinator.app("api/agreements"), JSON,
                draft(world, "MOU-" + world.tag, null, null, null));
        assertThat(duplicate.statusCode()).isEqualTo(409);
        HttpResponse<String> noParty = coordinator.post(coordinator.app("api/agreements"), JSON,
                "{\"type\":\"LETTER_OF_INTENT\",\"referenceNumber\":\"LOI-" + world.tag + "\",\"title\":\"x\"}");
        assertThat(field(noParty)).isEqualTo("governmentIds");
        assertThat(coordinator.get(coordinator.app("api/agreements?limit=200")).body()).doesNotContain("LOI-" + world.tag);
    }

    @Test
    void onlyIomAndThePartiesKnowOfAnAgreementAndItsDataSharingTerms() {
        RequestWorld world = new RequestWorld(base, "MX", "CA");
        long id = drafted(world.as("coordinator"), draft(world, "DSA-" + world.tag, null, null, null))
                .getJsonNumber("id").longValue();
        Http party = world.as("liaison");
        JsonObject seen = Http.json(party.get(party.app("api/agreements/" + id)));
        assertThat(seen.getString("dataSharingTerms")).contains("anonymised");
        assertThat(seen.getBoolean("editable")).isFalse();
        assertThat(Http.strings(seen, "allowedActions")).isEmpty();
        assertThat(party.ids("api/agreements?limit=200")).contains(id);
        assertThat(world.as("agency").get(world.as("agency").app("api/agreements/" + id)).statusCode()).isEqualTo(200);
        for (String outsider : List.of("liaison2", "agency2")) {
            Http other = world.as(outsider);
            HttpResponse<String> hidden = other.get(other.app("api/agreements/" + id));
            assertThat(hidden.statusCode()).as(outsider).isEqualTo(404);
            assertThat(hidden.body()).doesNotContain("anonymised");
            assertThat(other.ids("api/agreements?limit=200")).doesNotContain(id);
            assertThat(other.get(other.app("api/agreements/" + id + "/documents")).statusCode()).isEqualTo(404);
        }
        assertThat(party.post(party.app("api/agreements/" + id + "/negotiate"), JSON, "").statusCode()).isEqualTo(403);
        assertThat(party.post(party.app("api/agreements"), JSON, draft(world, "X-" + world.tag, null, null, null))
                .statusCode()).isEqualTo(403);

        Http page = new Http(base);
        page.signIn(world.user("liaison2"), RequestWorld.PASSWORD);
        assertThat(page.get(page.app("agreement.xhtml?id=" + id)).statusCode()).isEqualTo(404);
    }

    @Test
    void theSignedCopyIsAPdfWhoseShownHashIsTheStoredFilesHash() throws Exception {
        RequestWorld world = new RequestWorld(base, "MX", "CA");
        Http coordinator = world.as("coordinator");
        long id = drafted(coordinator, draft(world, "HCA-" + world.tag, null, null, null)).getJsonNumber("id")
                .longValue();
        byte[] pdf = ("%PDF-1.7\n% signed " + world.tag + "\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);
        HttpResponse<String> kept = coordinator.postBytes(coordinator.app("api/agreements/" + id
                + "/documents?kind=SIGNED_AGREEMENT&fileName=Acuerdo%20firmado.pdf"), "application/pdf", pdf);
        assertThat(kept.statusCode()).as(kept.body()).isEqualTo(201);
        String shown = Http.json(kept).getString("sha256");
        HttpResponse<byte[]> stored = coordinator.getBytes(URI.create(kept.headers().firstValue("Location")
                .orElseThrow()));
        assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(stored.body())))
                .isEqualTo(shown);
        assertThat(stored.body()).isEqualTo(pdf);

        assertThat(coordinator.postBytes(coordinator.app("api/agreements/" + id + "/documents?kind=SIGNED_AGREEMENT"
                + "&fileName=again.pdf"), "application/pdf", pdf).statusCode()).isEqualTo(409);
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0};
        assertThat(coordinator.postBytes(coordinator.app("api/agreements/" + id + "/documents?kind=AMENDMENT"
                + "&description=x&fileName=scan.png"), "image/png", png).statusCode()).isEqualTo(415);
        assertThat(field(coordinator.postBytes(coordinator.app("api/agreements/" + id + "/documents?kind=AMENDMENT"
                + "&fileName=amendment.pdf"), "application/pdf", pdf))).isEqualTo("description");
        assertThat(coordinator.postBytes(coordinator.app("api/agreements/" + id + "/documents?kind=AMENDMENT"
                + "&description=Extends%20to%20Guatemala&effectiveOn=" + TODAY + "&fileName=amendment-1.pdf"),
                "application/pdf", pdf).statusCode()).isEqualTo(201);
        assertThat(array(coordinator, "api/agreements/" + id + "/documents")).extracting(d -> d.getString("kind"))
                .containsExactly("SIGNED_AGREEMENT", "AMENDMENT");

        // the party reads the hash on the page, and it is the stored file's
        Http page = new Http(base);
        page.signIn(world.user("liaison"), RequestWorld.PASSWORD);
        HttpResponse<String> shownOnPage = page.get(page.app("agreement.xhtml?id=" + id));
        assertThat(shownOnPage.statusCode()).isEqualTo(200);
        assertThat(shownOnPage.body()).contains(shown, "Acuerdo firmado.pdf", "Extends to Guatemala");
        Http admin = new Http(base);
        admin.signIn("admin", System.getProperty("coordination.admin.password"));
        assertThat(admin.get(admin.app("agreement-record.xhtml?id=" + id)).body())
                .contains(shown, "id=\"history\"", "HCA-" + world.tag);
    }

    @Test
    void expiryRemindersFireOnceInTheReadersLanguageAndPastAgreementsExpire() {
        RequestWorld world = new RequestWorld(base, "MX", "CA");
        world.open("coordinatorfr", "COORDINATOR", null, null, "fr");
        Http coordinator = world.as("coordinator");
        long soon = inForce(coordinator, world, "SOON-" + world.tag, TODAY.plusDays(25));
        long later = inForce(coordinator, world, "LATER-" + world.tag, TODAY.plusDays(200));
        long past = inForce(coordinator, world, "PAST-" + world.tag, TODAY.minusDays(1));

        assertThat(coordinator.ids("api/agreements?expiringWithin=30&limit=200")).contains(soon)
                .doesNotContain(later, past);
        HttpResponse<String> csv = coordinator.get(coordinator.app("api/agreements?format=csv&expiringWithin=30"));
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.body()).contains("SOON-" + world.tag).doesNotContain("LATER-" + world.tag);

        HttpResponse<String> first = coordinator.post(coordinator.app("api/agreements/reminders"), JSON, "");
        assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
        assertThat(Http.json(first).getInt("sent")).isGreaterThanOrEqualTo(1);
        assertThat(coordinator.post(coordinator.app("api/agreements/reminders"), JSON, "").statusCode()).isEqualTo(200);

        Http french = world.as("coordinatorfr");
        List<JsonObject> reminders = array(french, "api/notifications?limit=200").stream()
                .filter(n -> n.containsKey("agreementId") && !n.isNull("agreementId")
                        && n.getJsonNumber("agreementId").longValue() == soon).toList();
        assertThat(reminders).singleElement().satisfies(n -> {
            assertThat(n.getString("kind")).isEqualTo("AGREEMENT_EXPIRING");
            assertThat(n.getString("subject")).contains("SOON-" + world.tag, "expire dans 25 jours");
        });
        assertThat(array(coordinator, "api/notifications?limit=200")).filteredOn(n -> !n.isNull("agreementId")
                && n.getJsonNumber("agreementId").longValue() == soon).singleElement()
                .satisfies(n -> assertThat(n.getString("subject")).contains("expires in 25 days"));
        assertThat(array(french, "api/notifications?limit=200")).noneMatch(n -> !n.isNull("agreementId")
                && n.getJsonNumber("agreementId").longValue() == later);
        assertThat(Http.json(coordinator.get(coordinator.app("api/agreements/" + past))).getString("status"))
                .isEqualTo("EXPIRED");
        assertThat(Http.json(coordinator.get(coordinator.app("api/agreements/" + soon))).getJsonNumber("daysToExpiry")
                .longValue()).isEqualTo(25);
    }

    @Test
    void projectsAreCarriedOutUnderAnAgreementThroughTheProjectsBoundary() {
        RequestWorld world = new RequestWorld(base, "MX", "CA");
        Http coordinator = world.as("coordinator");
        long agreement = drafted(coordinator, draft(world, "CA-" + world.tag, null, null, null)).getJsonNumber("id")
                .longValue();
        HttpResponse<String> planned = coordinator.post(coordinator.app("api/projects"), JSON,
                "{\"title\":\"Labour mobility\",\"countries\":[\"MX\"],\"iomAreas\":[\"FACILITATED_MIGRATION\"],"
                        + "\"startDate\":\"2027-01-01\",\"leadAgencyId\":" + world.agency + "}");
        long project = Http.createdId(planned);
        HttpResponse<String> placed = coordinator.post(coordinator.app("api/agreements/" + agreement + "/projects"),
                JSON, "{\"projectId\":" + project + "}");
        assertThat(placed.statusCode()).as(placed.body()).isEqualTo(200);
        assertThat(Http.json(placed).getJsonNumber("agreementId").longValue()).isEqualTo(agreement);
        assertThat(world.as("liaison").ids("api/agreements/" + agreement + "/projects")).containsExactly(project);
        assertThat(field(coordinator.post(coordinator.app("api/agreements/" + agreement + "/projects"), JSON,
                "{\"projectId\":\"x\"}"))).isEqualTo("projectId");
        assertThat(world.as("liaison2").get(world.as("liaison2").app("api/agreements/" + agreement + "/projects"))
                .statusCode()).isEqualTo(404);
    }

    @Test
    void coordinatorsDraftAgreementsInThePagesAndFindThemByExpiry() {
        RequestWorld world = new RequestWorld(base, "MX", "CA");
        Http coordinator = new Http(base);
        assertThat(coordinator.signIn(world.user("coordinator"), RequestWorld.PASSWORD).statusCode()).isEqualTo(302);
        HttpResponse<String> form = coordinator.get(coordinator.app("agreement-edit.xhtml"));
        assertThat(form.statusCode()).isEqualTo(200);
        java.util.Map<String, String> fields = new java.util.HashMap<>(java.util.Map.of("agreement", "agreement",
                "agreement:type", "FUNDING_AGREEMENT", "agreement:referenceNumber", "FA-" + world.tag,
                "agreement:title", "Funding for returns", "agreement:expiresOn", TODAY.plusDays(60).toString(),
                "agreement:save", "Save", "jakarta.faces.ViewState", Http.viewState(form)));
        HttpResponse<String> refused = coordinator.postForm(coordinator.app("agreement-edit.xhtml"), fields);
        // no party but IOM: said next to the parties, and nothing drafted
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("id=\"agreement:governmentIds-message\"");
        assertThat(coordinator.get(coordinator.app("api/agreements?limit=200")).body()).doesNotContain("FA-" + world.tag);
        fields.put("agreement:agencyIds", Long.toString(world.otherAgency));
        fields.put("jakarta.faces.ViewState", Http.viewState(refused));
        HttpResponse<String> saved = coordinator.postForm(coordinator.app("agreement-edit.xhtml"), fields);
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
        HttpResponse<String> list = coordinator.get(coordinator.app("agreements.xhtml?within=90&type=FUNDING_AGREEMENT"));
        assertThat(list.body()).contains("FA-" + world.tag, "format=csv");
        assertThat(coordinator.get(coordinator.app("agreements.xhtml?within=30&type=FUNDING_AGREEMENT")).body())
                .doesNotContain("FA-" + world.tag);
        Http donor = world.as("agency2");
        assertThat(donor.get(donor.app("api/agreements?limit=200")).body()).contains("FA-" + world.tag);
    }

    private long inForce(Http coordinator, RequestWorld world, String reference, LocalDate expires) {
        long id = drafted(coordinator, draft(world, reference, TODAY.minusYears(3), TODAY.minusYears(3), expires))
                .getJsonNumber("id").longValue();
        assertThat(coordinator.post(coordinator.app("api/agreements/" + id + "/signatories"), JSON,
                "{\"name\":\"N\",\"title\":\"T\",\"organisation\":\"O\",\"signedOn\":\"" + TODAY.minusYears(3) + "\"}")
                .statusCode()).isEqualTo(201);
        for (String move : List.of("negotiate", "sign", "enter-into-force")) {
            move(coordinator, id, move);
        }
        return id;
    }

    private static String draft(RequestWorld world, String reference, LocalDate signed, LocalDate effective,
                                LocalDate expires) {
        return "{\"type\":\"DATA_SHARING_AGREEMENT\",\"referenceNumber\":\"" + reference + "\",\"title\":\"Data on "
                + "people on the move\",\"summary\":\"Exchange of aggregated figures\",\"governmentIds\":["
                + world.government + "],\"agencyIds\":[" + world.agency + "],\"countries\":[\"MX\"],"
                + "\"iomAreas\":[\"REGULATED_MIGRATION\"],\"objectives\":[1,3],\"dataSharingTerms\":\"Only anonymised "
                + "aggregates, kept two years\"" + date("signedOn", signed) + date("effectiveOn", effective)
                + date("expiresOn", expires) + "}";
    }

    private static String date(String name, LocalDate value) {
        return value == null ? "" : ",\"" + name + "\":\"" + value + "\"";
    }

    private static String withVersion(String body, JsonObject read) {
        return body.substring(0, body.length() - 1) + ",\"version\":" + read.getJsonNumber("version") + "}";
    }

    private static JsonObject drafted(Http caller, String body) {
        HttpResponse<String> created = caller.post(caller.app("api/agreements"), JSON, body);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return Http.json(created);
    }

    private static JsonObject move(Http caller, long id, String action) {
        HttpResponse<String> moved = caller.post(caller.app("api/agreements/" + id + "/" + action), JSON, "");
        assertThat(moved.statusCode()).as(action + ": " + moved.body()).isEqualTo(200);
        return Http.json(moved);
    }

    /** The one field a 400 names. */
    private static String field(HttpResponse<String> refused) {
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
        return Http.json(refused).getJsonArray("errors").getJsonObject(0).getString("field");
    }

    private static List<JsonObject> array(Http caller, String path) {
        HttpResponse<String> answer = caller.get(caller.app(path));
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return Http.json(answer).getJsonArray("items").getValuesAs(JsonObject.class);
    }
}
