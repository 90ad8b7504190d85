package org.iom.americas.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.iom.americas.it.RequestWorld.JSON;

import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Humanitarian responses on the deployed application and the real database: phases, figures whose corrections
 * keep the history, the partners, updates, projects and requests that belong to a response, and who may do what.
 */
@ExtendWith(ArquillianExtension.class)
class ResponsesIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.coordinationWar();
    }

    @ArquillianResource
    URL base;

    @Test
    void aResponseMovesThroughItsPhasesAndStaysClosed() {
        RequestWorld world = new RequestWorld(base, "MX", "CA");
        Http coordinator = world.as("coordinator");
        JsonObject opened = opened(coordinator, world);
        long id = opened.getJsonNumber("id").longValue();
        assertThat(opened.getString("phase")).isEqualTo("ALERT");
        assertThat(Http.strings(opened, "allowedActions")).containsExactly("escalate", "close");
        HttpResponse<String> early = coordinator.post(coordinator.app("api/responses/" + id + "/recover"), JSON, "");
        assertThat(early.statusCode()).isEqualTo(409);
        assertThat(Http.strings(Http.json(early), "allowedActions")).containsExactly("escalate", "close");
        assertThat(phase(coordinator, id, "escalate")).isEqualTo("EMERGENCY");
        assertThat(phase(coordinator, id, "recover")).isEqualTo("EARLY_RECOVERY");
        assertThat(phase(coordinator, id, "close")).isEqualTo("CLOSED");
        assertThat(coordinator.post(coordinator.app("api/responses/" + id + "/escalate"), JSON, "").statusCode())
                .isEqualTo(409);
        assertThat(coordinator.ids("api/responses?phase=CLOSED&country=MX&limit=200")).contains(id);
        assertThat(coordinator.ids("api/responses?phase=ALERT&limit=200")).doesNotContain(id);

        String ledByALiaison = details(world).substring(0, details(world).length() - 1) + ",\"leadCoordinatorAccountId\":"
                + world.accountIds.get("liaison") + "}";
        HttpResponse<String> refused = coordinator.post(coordinator.app("api/responses"), JSON, ledByALiaison);
        assertThat(refused.statusCode()).isEqualTo(400);
        String led = details(world).substring(0, details(world).length() - 1) + ",\"leadCoordinatorAccountId\":"
                + world.accountIds.get("coordinator") + "}";
        assertThat(Http.json(coordinator.post(coordinator.app("api/responses"), JSON, led))
                .getJsonNumber("leadCoordinatorAccountId").longValue()).isEqualTo(world.accountIds.get("coordinator"));
    }

    @Test
    void aCorrectedFigureKeepsItsHistoryAndWhoCorrectedIt() {
        RequestWorld world = new RequestWorld(base, "MX", "CA");
        Http coordinator = world.as("coordinator");
        long id = opened(coordinator, world).getJsonNumber("id").longValue();
        figure(coordinator, id, "2027-01-10", 1000, 1500);
        long wrong = figure(coordinator, id, "2027-01-20", 1200, 1800).getJsonNumber("id").longValue();
        assertThat(Http.json(coordinator.get(coordinator.app("api/responses/" + id))).getJsonNumber("displaced")
                .longValue()).isEqualTo(1200);

        HttpResponse<String> noReason = coordinator.post(coordinator.app("api/responses/" + id + "/figures/" + wrong
                + "/corrections"), JSON, "{\"displaced\":1150,\"inNeed\":1800,\"source\":\"DTM round 2\"}");
        assertThat(noReason.statusCode()).isEqualTo(400);
        HttpResponse<String> corrected = coordinator.post(coordinator.app("api/responses/" + id + "/figures/" + wrong
                + "/corrections"), JSON, "{\"displaced\":1150,\"inNeed\":1750,\"source\":\"DTM round 2\","
                + "\"reason\":\"Double count in Tapachula shelters\"}");
        assertThat(corrected.statusCode()).as(corrected.body()).isEqualTo(201);
        long correction = Http.json(corrected).getJsonNumber("id").longValue();

        List<JsonObject> history = Http.json(coordinator.get(coordinator.app("api/responses/" + id + "/figures")))
                .getJsonArray("items").getValuesAs(JsonObject.class);
        assertThat(history).hasSize(3);
        JsonObject old = history.stream().filter(f -> f.getJsonNumber("id").longValue() == wrong).findFirst()
                .orElseThrow();
        assertThat(old.getInt("displaced")).isEqualTo(1200);
        assertThat(old.getBoolean("current")).isFalse();
        assertThat(old.getJsonNumber("correctedById").longValue()).isEqualTo(correction);
        JsonObject fix = history.stream().filter(f -> f.getJsonNumber("id").longValue() == correction).findFirst()
                .orElseThrow();
        assertThat(fix.getString("recordedBy")).isEqualTo(world.user("coordinator"));
        assertThat(fix.getString("correctionReason")).isEqualTo("Double count in Tapachula shelters");
        assertThat(fix.getString("asOf")).isEqualTo("2027-01-20");
        JsonObject totals = Http.json(coordinator.get(coordinator.app("api/responses/" + id)));
        assertThat(totals.getJsonNumber("displaced").longValue()).isEqualTo(1150);
        assertThat(totals.getJsonNumber("inNeed").longValue()).isEqualTo(1750);
        assertThat(coordinator.post(coordinator.app("api/responses/" + id + "/figures/" + wrong + "/corrections"),
                JSON, "{\"displaced\":1,\"inNeed\":1,\"source\":\"x\",\"reason\":\"again\"}").statusCode())
                .isEqualTo(409);
        assertThat(coordinator.post(coordinator.app("api/responses/" + id + "/figures"), JSON,
                "{\"country\":\"CA\",\"asOf\":\"2027-01-20\",\"displaced\":1,\"inNeed\":1,\"source\":\"x\"}")
                .statusCode()).isEqualTo(400);
        assertThat(coordinator.post(coordinator.app("api/responses/" + id + "/figures"), JSON,
                "{\"country\":\"MX\",\"asOf\":\"2027-01-20\",\"displaced\":-5,\"inNeed\":1,\"source\":\"x\"}")
                .statusCode()).isEqualTo(400);
    }

    @Test
    void theProjectsRequestsPartnersAndUpdatesOfAResponse() {
        RequestWorld world = new RequestWorld(base, "MX", "CA");
        Http coordinator = world.as("coordinator");
        long id = opened(coordinator, world).getJsonNumber("id").longValue();
        HttpResponse<String> project = coordinator.post(coordinator.app("api/projects"), JSON, "{\"title\":\"Shelter "
                + world.tag + "\",\"countries\":[\"MX\"],\"iomAreas\":[\"FORCED_MIGRATION\"],\"startDate\":"
                + "\"2027-01-15\",\"leadAgencyId\":" + world.agency + ",\"humanitarianResponseId\":" + id + "}");
        assertThat(project.statusCode()).as(project.body()).isEqualTo(201);
        assertThat(world.as("agency").ids("api/responses/" + id + "/projects"))
                .containsExactly(Http.createdId(project));

        long request = world.draft("Shelter kits " + world.tag, "EMERGENCY");
        world.act("liaison", request, "submit", null);
        HttpResponse<String> related = coordinator.post(coordinator.app("api/responses/" + id + "/requests"), JSON,
                "{\"requestId\":" + request + "}");
        assertThat(related.statusCode()).as(related.body()).isEqualTo(201);
        assertThat(coordinator.post(coordinator.app("api/responses/" + id + "/requests"), JSON,
                "{\"requestId\":" + request + "}").statusCode()).isEqualTo(409);
        assertThat(coordinator.post(coordinator.app("api/responses/" + id + "/requests"), JSON,
                "{\"requestId\":999999999}").statusCode()).isEqualTo(400);
        assertThat(Http.json(world.as("liaison").get(world.as("liaison").app("api/responses/" + id + "/requests")))
                .getJsonArray("items").getJsonNumber(0).longValue()).isEqualTo(request);

        assertThat(coordinator.post(coordinator.app("api/responses/" + id + "/partners"), JSON, "{\"agencyId\":"
                + world.agency + ",\"iomArea\":\"FORCED_MIGRATION\"}").statusCode()).isEqualTo(201);
        assertThat(coordinator.post(coordinator.app("api/responses/" + id + "/partners"), JSON, "{\"agencyId\":"
                + world.agency + ",\"iomArea\":\"FORCED_MIGRATION\"}").statusCode()).isEqualTo(409);
        assertThat(coordinator.post(coordinator.app("api/responses/" + id + "/updates"), JSON,
                "{\"title\":\"Situation update 1\",\"body\":\"Shelters at 80% capacity.\"}").statusCode())
                .isEqualTo(201);
        JsonObject update = Http.json(world.as("agency2").get(world.as("agency2").app("api/responses/" + id
                + "/updates"))).getJsonArray("items").getJsonObject(0);
        assertThat(update.getString("author")).isEqualTo(world.user("coordinator"));
        assertThat(update.getString("publishedAt")).endsWith("Z");
    }

    @Test
    void partnersReadAndOnlyCoordinatorsWrite() {
        RequestWorld world = new RequestWorld(base, "MX", "CA");
        long id = opened(world.as("coordinator"), world).getJsonNumber("id").longValue();
        for (String reader : List.of("agency", "liaison", "liaison2")) {
            Http caller = world.as(reader);
            assertThat(caller.get(caller.app("api/responses/" + id)).statusCode()).as(reader).isEqualTo(200);
            assertThat(Http.strings(Http.json(caller.get(caller.app("api/responses/" + id))), "allowedActions"))
                    .isEmpty();
            assertThat(caller.post(caller.app("api/responses"), JSON, details(world)).statusCode()).as(reader)
                    .isEqualTo(403);
            assertThat(caller.post(caller.app("api/responses/" + id + "/escalate"), JSON, "").statusCode())
                    .as(reader).isEqualTo(403);
            assertThat(caller.post(caller.app("api/responses/" + id + "/figures"), JSON, "{\"country\":\"MX\","
                    + "\"asOf\":\"2027-01-20\",\"displaced\":1,\"inNeed\":1,\"source\":\"x\"}").statusCode())
                    .as(reader).isEqualTo(403);
            assertThat(caller.post(caller.app("api/responses/" + id + "/updates"), JSON,
                    "{\"title\":\"x\",\"body\":\"y\"}").statusCode()).as(reader).isEqualTo(403);
        }
    }

    @Test
    void theResponsePageChartsTheFiguresAndCoordinatorsPublishUpdates() {
        RequestWorld world = new RequestWorld(base, "MX", "CA");
        long id = opened(world.as("coordinator"), world).getJsonNumber("id").longValue();
        figure(world.as("coordinator"), id, "2027-01-10", 1000, 1500);
        long wrong = figure(world.as("coordinator"), id, "2027-01-20", 1200, 1800).getJsonNumber("id").longValue();
        world.as("coordinator").post(world.as("coordinator").app("api/responses/" + id + "/figures/" + wrong
                + "/corrections"), JSON, "{\"displaced\":1150,\"inNeed\":1750,\"source\":\"DTM\",\"reason\":\"recount\"}");
        Http coordinator = new Http(base);
        coordinator.signIn(world.user("coordinator"), RequestWorld.PASSWORD);
        HttpResponse<String> page = coordinator.get(coordinator.app("response.xhtml?id=" + id));
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<svg class=\"chart\"", "polyline points=\"10,", "class=\"superseded\"",
                "(1200)", "recount", "id=\"displaced\">1150<", "id=\"partners\"");
        HttpResponse<String> published = coordinator.postForm(coordinator.app("response.xhtml?id=" + id),
                java.util.Map.of("update", "update", "update:updateTitle", "Update " + world.tag,
                        "update:updateBody", "Shelters full in Tapachula", "update:publish", "Publish",
                        "jakarta.faces.ViewState", Http.viewState(page)));
        assertThat(published.statusCode()).isEqualTo(200);
        assertThat(published.body()).contains("Update " + world.tag, "Shelters full in Tapachula");
        Http liaison = new Http(base);
        liaison.signIn(world.user("liaison"), RequestWorld.PASSWORD);
        HttpResponse<String> read = liaison.get(liaison.app("response.xhtml?id=" + id));
        assertThat(read.body()).contains("Update " + world.tag).doesNotContain("id=\"update\"");
    }

    private static String details(RequestWorld world) {
        return "{\"name\":\"Hurricane response " + world.tag + "\",\"crisisType\":\"SUDDEN_ONSET_DISASTER\","
                + "\"countries\":[\"MX\"],\"locations\":[{\"country\":\"MX\",\"admin1\":\"Chiapas\",\"pcode\":\"MX07\"}],"
                + "\"startDate\":\"2027-01-05\",\"situationSummary\":\"Flooding after landfall\"}";
    }

    private static JsonObject opened(Http coordinator, RequestWorld world) {
        HttpResponse<String> opened = coordinator.post(coordinator.app("api/responses"), JSON, details(world));
        assertThat(opened.statusCode()).as(opened.body()).isEqualTo(201);
        return Http.json(opened);
    }

    private static JsonObject figure(Http coordinator, long id, String asOf, int displaced, int inNeed) {
        HttpResponse<String> recorded = coordinator.post(coordinator.app("api/responses/" + id + "/figures"), JSON,
                "{\"country\":\"MX\",\"admin1\":\"Chiapas\",\"asOf\":\"" + asOf + "\",\"displaced\":" + displaced
                        + ",\"inNeed\":" + inNeed + ",\"source\":\"DTM flow monitoring\"}");
        assertThat(recorded.statusCode()).as(recorded.body()).isEqualTo(201);
        return Http.json(recorded);
    }

    private static String phase(Http coordinator, long id, String action) {
        HttpResponse<String> moved = coordinator.post(coordinator.app("api/responses/" + id + "/" + action), JSON, "");
        assertThat(moved.statusCode()).as(moved.body()).isEqualTo(200);
        return Http.json(moved).getString("phase");
    }

}
