package org.iom.americas.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.iom.americas.it.RequestWorld.JSON;

import jakarta.annotation.Resource;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Requests of partner governments on the deployed application and the real database: the lifecycle with every
 * legal and illegal move, who may see what, attachments, service levels, the conversation and the inbox.
 */
@ExtendWith(ArquillianExtension.class)
class RequestsIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.coordinationWar();
    }

    @ArquillianResource
    URL base;

    @Resource(lookup = "java:app/jdbc/coordination")
    DataSource dataSource;

    private RequestWorld world() {
        return new RequestWorld(base, "MX", "CA");
    }

    @Test
    void aRequestGoesFromDraftToDecisionByItsLegalMovesOnly() throws SQLException {
        RequestWorld world = world();
        long id = world.draft("Border training " + world.tag, "PRIORITY");
        JsonObject draft = Http.json(world.as("liaison").get(world.as("liaison").app("api/requests/" + id)));
        assertThat(draft.getString("status")).isEqualTo("DRAFT");
        assertThat(draft.getJsonObject("budget").getString("amount")).isEqualTo("250000.00");
        assertThat(draft.getJsonArray("allowedActions").getValuesAs(JsonString.class))
                .extracting(JsonString::getString).containsExactly("submit", "withdraw");
        // IOM does not see a draft, and may not act on it
        assertThat(world.as("coordinator").get(world.as("coordinator").app("api/requests/" + id)).statusCode())
                .isEqualTo(404);

        assertThat(world.act("liaison", id, "submit", null).getString("status")).isEqualTo("SUBMITTED");
        assertIllegal(world, "liaison", id, "submit", List.of("withdraw"));
        assertIllegal(world, "coordinator", id, "accept", List.of("review"));
        assertThat(world.act("coordinator", id, "review", null).getString("status")).isEqualTo("UNDER_REVIEW");
        HttpResponse<String> noQuestion = world.as("coordinator").post(
                world.as("coordinator").app("api/requests/" + id + "/request-information"), JSON, "{}");
        assertThat(noQuestion.statusCode()).isEqualTo(400);
        assertThat(Http.json(noQuestion).getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("note");
        JsonObject asked = world.act("coordinator", id, "request-information", "Which crossings exactly?");
        assertThat(asked.getString("status")).isEqualTo("INFORMATION_REQUESTED");

        // while IOM waits for information the liaison may revise the request, against the version read
        HttpResponse<String> revised = world.as("liaison").put(world.as("liaison").app("api/requests/" + id), JSON,
                RequestWorld.body("Border training " + world.tag, "PRIORITY",
                        "\"locations\":[\"Chiapas\",\"Tabasco\",\"Quintana Roo\"],\"version\":"
                                + asked.getJsonNumber("version")));
        assertThat(revised.statusCode()).as(revised.body()).isEqualTo(200);
        assertThat(world.act("liaison", id, "resubmit", null).getString("status")).isEqualTo("RESUBMITTED");
        world.act("coordinator", id, "review", null);
        JsonObject accepted = world.act("coordinator", id, "accept", "A joint project will follow.");
        assertThat(accepted.getString("status")).isEqualTo("ACCEPTED");
        assertThat(accepted.getString("decidedAt")).endsWith("Z");
        assertIllegal(world, "liaison", id, "withdraw", List.of());
        HttpResponse<String> lateRevision = world.as("liaison").put(world.as("liaison").app("api/requests/" + id),
                JSON, RequestWorld.body("Too late", "PRIORITY", "\"version\":" + accepted.getJsonNumber("version")));
        assertThat(lateRevision.statusCode()).isEqualTo(409);

        // one audit entry per move, as a transition, with the states it went between
        List<String> moves = transitions(id);
        assertThat(moves).containsExactly("DRAFT>SUBMITTED", "SUBMITTED>UNDER_REVIEW",
                "UNDER_REVIEW>INFORMATION_REQUESTED", "INFORMATION_REQUESTED>RESUBMITTED", "RESUBMITTED>UNDER_REVIEW",
                "UNDER_REVIEW>ACCEPTED");

        long declined = world.draft("Declined " + world.tag, "ROUTINE");
        world.act("liaison", declined, "submit", null);
        world.act("coordinator", declined, "review", null);
        assertThat(world.as("coordinator").post(world.as("coordinator").app("api/requests/" + declined
                + "/decline"), JSON, "{\"note\":\"  \"}").statusCode()).isEqualTo(400);
        JsonObject decision = world.act("coordinator", declined, "decline", "Outside the mandate of this office");
        assertThat(decision.getString("declineReason")).isEqualTo("Outside the mandate of this office");

        long withdrawn = world.draft("Withdrawn " + world.tag, "ROUTINE");
        world.act("liaison", withdrawn, "submit", null);
        assertThat(world.act("liaison", withdrawn, "withdraw", null).getString("status")).isEqualTo("WITHDRAWN");
        assertIllegal(world, "coordinator", withdrawn, "review", List.of());
    }

    @Test
    void aLiaisonNeverSeesAnotherGovernmentsRequestAndAgenciesHaveNoPart() {
        RequestWorld world = world();
        long id = world.draft("Only ours " + world.tag, "ROUTINE");
        world.act("liaison", id, "submit", null);
        Http other = world.as("liaison2");
        assertThat(other.get(other.app("api/requests/" + id)).statusCode()).isEqualTo(404);
        assertThat(other.post(other.app("api/requests/" + id + "/withdraw"), JSON, "{}").statusCode()).isEqualTo(404);
        assertThat(other.get(other.app("api/requests/" + id + "/messages")).statusCode()).isEqualTo(404);
        assertThat(other.post(other.app("api/requests/" + id + "/messages"), JSON, "{\"body\":\"hello\"}")
                .statusCode()).isEqualTo(404);
        assertThat(other.get(other.app("api/requests/" + id + "/attachments")).statusCode()).isEqualTo(404);
        assertThat(Http.json(other.get(other.app("api/requests?limit=200"))).getJsonArray("items")
                .getValuesAs(JsonObject.class)).extracting(r -> r.getJsonNumber("id").longValue()).doesNotContain(id);
        assertThat(Http.json(world.as("liaison").get(world.as("liaison").app("api/requests?limit=200")))
                .getJsonArray("items").getValuesAs(JsonObject.class))
                .extracting(r -> r.getJsonNumber("id").longValue()).contains(id);
        Http agency = world.as("agency");
        assertThat(agency.get(agency.app("api/requests")).statusCode()).isEqualTo(403);
        assertThat(agency.get(agency.app("api/requests/" + id)).statusCode()).isEqualTo(403);
        Http coordinator = world.as("coordinator");
        assertThat(coordinator.post(coordinator.app("api/requests"), JSON,
                RequestWorld.body("Not theirs", "ROUTINE", "")).statusCode()).isEqualTo(403);
    }

    @Test
    void badInputIsRefusedFieldByFieldAndNothingIsKept() throws SQLException {
        RequestWorld world = world();
        Http liaison = world.as("liaison");
        long before = count("SELECT COUNT(*) FROM assistance_request");
        assertField(liaison.post(liaison.app("api/requests"), JSON, RequestWorld.body("Budget", "ROUTINE",
                "\"budget\":{\"amount\":\"100.00\",\"currency\":\"XYZ\"}")), "budget.currency");
        assertField(liaison.post(liaison.app("api/requests"), JSON, RequestWorld.body("Budget", "ROUTINE",
                "\"budget\":{\"amount\":\"12.345\",\"currency\":\"USD\"}")), "budget.amount");
        assertField(liaison.post(liaison.app("api/requests"), JSON, RequestWorld.body("Areas", "ROUTINE",
                "\"iomAreas\":[\"NOT_AN_AREA\"]")), "iomAreas");
        assertField(liaison.post(liaison.app("api/requests"), JSON, RequestWorld.body("Objectives", "ROUTINE",
                "\"objectives\":[24]")), "objectives[]");
        assertField(liaison.post(liaison.app("api/requests"), JSON, RequestWorld.body("", "ROUTINE", "")), "title");
        assertThat(liaison.post(liaison.app("api/requests"), JSON, RequestWorld.body("Urgency", "WHENEVER", ""))
                .statusCode()).isEqualTo(400);
        assertThat(liaison.post(liaison.app("api/requests"), JSON, RequestWorld.body("Unknown", "ROUTINE",
                "\"status\":\"ACCEPTED\"")).statusCode()).isEqualTo(400);
        assertThat(count("SELECT COUNT(*) FROM assistance_request")).isEqualTo(before);
    }

    @Test
    void attachmentsAreCheckedByTheirContentAndNothingRefusedIsKept() throws Exception {
        RequestWorld world = world();
        long id = world.draft("Attachments " + world.tag, "ROUTINE");
        Http liaison = world.as("liaison");
        byte[] pdf = ("%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF " + world.tag).getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> kept = liaison.postBytes(liaison.app("api/requests/" + id + "/attachments"),
                "application/pdf", pdf, "Content-Disposition", "attachment; filename*=UTF-8''Informe%20Per%C3%BA.pdf");
        assertThat(kept.statusCode()).as(kept.body()).isEqualTo(201);
        JsonObject attachment = Http.json(kept);
        assertThat(attachment.getString("fileName")).isEqualTo("Informe Perú.pdf");
        assertThat(attachment.getString("mediaType")).isEqualTo("application/pdf");
        assertThat(attachment.getString("sha256"))
                .isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf)));

        HttpResponse<byte[]> download = liaison.getBytes(liaison.app("api/requests/" + id + "/attachments/"
                + attachment.getJsonNumber("id")));
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.body()).isEqualTo(pdf);
        assertThat(download.headers().firstValue("Content-Disposition").orElseThrow()).startsWith("attachment;");
        assertThat(download.headers().firstValue("X-Content-Type-Options")).contains("nosniff");

        long rows = count("SELECT COUNT(*) FROM request_attachment");
        byte[] html = "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> disguised = liaison.postBytes(liaison.app("api/requests/" + id
                + "/attachments?fileName=report.pdf"), "application/pdf", html);
        assertThat(disguised.statusCode()).isEqualTo(415);
        assertThat(Http.json(disguised).getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("file");
        HttpResponse<String> executable = liaison.postBytes(liaison.app("api/requests/" + id
                + "/attachments?fileName=setup.exe"), "application/octet-stream", new byte[] {'M', 'Z', 0, 0});
        assertThat(executable.statusCode()).isEqualTo(415);
        byte[] large = new byte[1_048_577];
        System.arraycopy(pdf, 0, large, 0, pdf.length);
        HttpResponse<String> oversize = liaison.postBytes(liaison.app("api/requests/" + id
                + "/attachments?fileName=big.pdf"), "application/pdf", large);
        assertThat(oversize.statusCode()).isEqualTo(413);
        assertThat(oversize.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        assertThat(count("SELECT COUNT(*) FROM request_attachment")).isEqualTo(rows);
        assertThat(count("SELECT COUNT(*) FROM request_attachment_content")).isEqualTo(rows);
        assertThat(Http.json(liaison.get(liaison.app("api/requests/" + id))).getString("status")).isEqualTo("DRAFT");
    }

    @Test
    void serviceLevelsAreInstantsFixedAtSubmissionAndOverdueIsSeen() throws SQLException {
        RequestWorld world = world();
        long id = world.draft("Emergency " + world.tag, "EMERGENCY");
        JsonObject submitted = world.act("liaison", id, "submit", null);
        Instant at = Instant.parse(submitted.getString("submittedAt"));
        assertThat(Duration.between(at, Instant.parse(submitted.getString("firstResponseDue")))).isEqualTo(Duration.ofHours(4));
        assertThat(Duration.between(at, Instant.parse(submitted.getString("decisionDue")))).isEqualTo(Duration.ofDays(2));
        assertThat(submitted.getString("serviceLevel")).isEqualTo("ON_TIME");
        // the same instants whichever language (and so whichever place) the reader is in
        JsonObject inSpanish = Http.json(world.as("coordinator").get(world.as("coordinator").app("api/requests/" + id),
                "Accept-Language", "es-HN"));
        assertThat(inSpanish.getString("firstResponseDue")).isEqualTo(submitted.getString("firstResponseDue"));

        // three and a half hours pass without an answer: the first response is due within the last quarter
        shift(id, Duration.ofMinutes(210));
        assertThat(level(world, id)).isEqualTo("DUE_SOON");
        shift(id, Duration.ofMinutes(60));
        assertThat(level(world, id)).isEqualTo("OVERDUE");
        List<JsonObject> queue = Http.json(world.as("coordinator").get(world.as("coordinator")
                .app("api/requests?queue=true&limit=200"))).getJsonArray("items").getValuesAs(JsonObject.class);
        assertThat(queue).extracting(r -> r.getString("urgency")).isSortedAccordingTo(String::compareTo);
        assertThat(queue).extracting(r -> r.getJsonNumber("id").longValue()).contains(id);

        // the first response stops the first clock; the decision clock still runs
        world.act("coordinator", id, "review", null);
        assertThat(level(world, id)).isEqualTo("ON_TIME");
    }

    @Test
    void theConversationAndTheInboxFollowTheRequest() {
        RequestWorld world = world();
        long id = world.draft("Thread " + world.tag, "PRIORITY");
        world.act("liaison", id, "submit", null);
        Http coordinator = world.as("coordinator");
        long unread = unread(coordinator);
        assertThat(unread).isGreaterThanOrEqualTo(1);
        JsonObject newest = Http.json(coordinator.get(coordinator.app("api/notifications?unread=true&limit=1")))
                .getJsonArray("items").getJsonObject(0);
        assertThat(newest.getJsonNumber("requestId").longValue()).isEqualTo(id);
        assertThat(newest.getString("subject")).contains("Thread " + world.tag);
        assertThat(coordinator.post(coordinator.app("api/notifications/" + newest.getJsonNumber("id") + "/read"),
                JSON, "").statusCode()).isEqualTo(200);
        assertThat(unread(coordinator)).isEqualTo(unread - 1);
        Http stranger = world.as("liaison2");
        assertThat(stranger.post(stranger.app("api/notifications/" + newest.getJsonNumber("id") + "/read"), JSON, "")
                .statusCode()).isEqualTo(404);

        assertThat(coordinator.post(coordinator.app("api/requests/" + id + "/messages"), JSON,
                "{\"body\":\"¿Cuántos funcionarios participarían?\"}").statusCode()).isEqualTo(201);
        Http liaison = world.as("liaison");
        assertThat(liaison.post(liaison.app("api/requests/" + id + "/messages"), JSON,
                "{\"body\":\"Unos 120, en tres turnos.\"}").statusCode()).isEqualTo(201);
        List<JsonObject> messages = Http.json(liaison.get(liaison.app("api/requests/" + id + "/messages")))
                .getJsonArray("items").getValuesAs(JsonObject.class);
        assertThat(messages).extracting(m -> m.getString("side")).containsExactly("IOM", "PARTNER_GOVERNMENT");
        assertThat(messages).extracting(m -> m.getString("author"))
                .containsExactly("coordinator " + world.tag, "liaison " + world.tag);
        assertThat(Http.json(liaison.get(liaison.app("api/requests/" + id))).getString("firstRespondedAt")).isNotNull();
        JsonObject toLiaison = Http.json(liaison.get(liaison.app("api/notifications?limit=1"))).getJsonArray("items")
                .getJsonObject(0);
        // in the liaison's own language
        assertThat(toLiaison.getString("subject")).startsWith("Nuevo mensaje sobre la solicitud n.º " + id);
        assertThat(toLiaison.getString("body")).isEqualTo("¿Cuántos funcionarios participarían?");
    }

    @Test
    void aLiaisonDraftsAndSubmitsInThePagesAndTheCoordinatorFindsItInTheQueue() {
        RequestWorld world = world();
        Http liaison = new Http(base);
        assertThat(liaison.signIn(world.user("liaison"), RequestWorld.PASSWORD).statusCode()).isEqualTo(302);
        HttpResponse<String> form = liaison.get(liaison.app("request-edit.xhtml"));
        assertThat(form.statusCode()).isEqualTo(200);
        assertThat(form.body()).contains("Nueva solicitud a la OIM");

        // a mistake is shown next to its field, and nothing is kept
        java.util.Map<String, String> fields = new java.util.LinkedHashMap<>(java.util.Map.of("request", "request",
                "request:type", "MIGRATION_DATA", "request:title", "Encuesta " + world.tag,
                "request:description", "Encuesta de flujos mixtos en la frontera sur", "request:urgency", "PRIORITY",
                "request:country", "MX", "request:locations", "Chiapas\nTabasco", "request:iomAreas", "REGULATED_MIGRATION",
                "request:budgetAmount", "12,5", "request:budgetCurrency", "USD"));
        fields.put("request:save", "save");
        fields.put("jakarta.faces.ViewState", Http.viewState(form));
        HttpResponse<String> refused = liaison.postForm(liaison.app("request-edit.xhtml"), fields);
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("id=\"request:budgetAmount-message\"").contains("1234.50");

        fields.put("request:budgetAmount", "48000.00");
        fields.put("jakarta.faces.ViewState", Http.viewState(refused));
        HttpResponse<String> saved = liaison.postForm(liaison.app("request-edit.xhtml"), fields);
        assertThat(saved.statusCode()).isEqualTo(302);
        String location = saved.headers().firstValue("Location").orElseThrow();
        long id = Long.parseLong(location.replaceAll(".*[?&]id=(\\d+).*", "$1"));
        HttpResponse<String> page = liaison.get(liaison.app("request.xhtml?id=" + id));
        assertThat(page.body()).contains("Encuesta " + world.tag, "Borrador", "Chiapas", "48.000,00 USD");

        HttpResponse<String> submitted = liaison.postForm(liaison.app("request.xhtml?id=" + id), java.util.Map.of(
                "actions", "actions", "actions:note", "", "actions:moves:0:act", "Presentar a la OIM",
                "jakarta.faces.ViewState", Http.viewState(page)));
        assertThat(submitted.statusCode()).isEqualTo(200);
        assertThat(submitted.body()).contains("La solicitud fue presentada a la OIM.", "Presentada");

        Http coordinator = new Http(base);
        coordinator.signIn(world.user("coordinator"), RequestWorld.PASSWORD);
        HttpResponse<String> queue = coordinator.get(coordinator.app("requests.xhtml?urgency=PRIORITY"));
        assertThat(queue.body()).contains("Queue of open requests", "#" + id + " Encuesta " + world.tag);
        assertThat(coordinator.get(coordinator.app("inbox.xhtml")).body()).contains("Encuesta " + world.tag);
        Http otherLiaison = new Http(base);
        otherLiaison.signIn(world.user("liaison2"), RequestWorld.PASSWORD);
        assertThat(otherLiaison.get(otherLiaison.app("request.xhtml?id=" + id)).statusCode()).isEqualTo(404);
    }

    @Test
    void aRetryWithTheSameIdempotencyKeyGetsTheFirstAnswerAndCreatesNothing() throws Exception {
        RequestWorld world = world();
        Http liaison = world.as("liaison");
        String key = "retry-" + world.tag;
        String body = RequestWorld.body("Idempotent " + world.tag, "ROUTINE", "");
        long before = count("SELECT COUNT(*) FROM assistance_request");
        HttpResponse<String> first = liaison.post(liaison.app("api/requests"), JSON, body, "Idempotency-Key", key);
        assertThat(first.statusCode()).isEqualTo(201);
        HttpResponse<String> retry = liaison.post(liaison.app("api/requests"), JSON, body, "Idempotency-Key", key);
        assertThat(retry.statusCode()).isEqualTo(201);
        assertThat(retry.headers().firstValue("Idempotent-Replayed")).contains("true");
        assertThat(retry.headers().firstValue("Location")).isEqualTo(first.headers().firstValue("Location"));
        assertThat(Http.json(retry).getJsonNumber("id")).isEqualTo(Http.json(first).getJsonNumber("id"));
        assertThat(count("SELECT COUNT(*) FROM assistance_request")).isEqualTo(before + 1);

        HttpResponse<String> otherBody = liaison.post(liaison.app("api/requests"), JSON,
                RequestWorld.body("Something else", "ROUTINE", ""), "Idempotency-Key", key);
        assertThat(otherBody.statusCode()).isEqualTo(422);
        assertThat(Http.json(otherBody).getString("type")).endsWith(":idempotencyKeyReused");
        // keys belong to their caller: the same key from another liaison is another request
        assertThat(world.as("liaison2").post(world.as("liaison2").app("api/requests"), JSON, body,
                "Idempotency-Key", key).statusCode()).isEqualTo(201);
        HttpResponse<String> invalid = liaison.post(liaison.app("api/requests"), JSON, "{}", "Idempotency-Key",
                key + "-invalid");
        assertThat(invalid.statusCode()).isEqualTo(400);
        assertThat(liaison.post(liaison.app("api/requests"), JSON, "{}", "Idempotency-Key", key + "-invalid")
                .headers().firstValue("Idempotent-Replayed")).contains("true");

        // ten clients retry at once: one record, and each answer is the first one or "still running"
        String racing = RequestWorld.body("Racing " + world.tag, "PRIORITY", "");
        long beforeRace = count("SELECT COUNT(*) FROM assistance_request");
        java.util.concurrent.ExecutorService clients = java.util.concurrent.Executors.newFixedThreadPool(10);
        try {
            List<java.util.concurrent.Future<HttpResponse<String>>> answers = new java.util.ArrayList<>();
            for (int i = 0; i < 10; i++) {
                answers.add(clients.submit(() -> world.as("liaison").post(world.as("liaison").app("api/requests"),
                        JSON, racing, "Idempotency-Key", "race-" + world.tag)));
            }
            for (java.util.concurrent.Future<HttpResponse<String>> answer : answers) {
                HttpResponse<String> response = answer.get();
                assertThat(response.statusCode()).as(response.body()).isIn(201, 409);
                if (response.statusCode() == 409) {
                    assertThat(Http.json(response).getString("type")).endsWith(":idempotencyInFlight");
                }
            }
        } finally {
            clients.shutdown();
        }
        assertThat(count("SELECT COUNT(*) FROM assistance_request")).isEqualTo(beforeRace + 1);
    }

    private void assertIllegal(RequestWorld world, String role, long id, String action, List<String> allowed) {
        HttpResponse<String> refused = world.as(role).post(world.as(role).app("api/requests/" + id + "/" + action),
                JSON, "{}");
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(409);
        JsonObject problem = Http.json(refused);
        assertThat(problem.getString("type")).endsWith(":illegalTransition");
        assertThat(problem.getJsonArray("allowedActions") == null ? List.<String>of()
                : problem.getJsonArray("allowedActions").getValuesAs(JsonString.class).stream()
                .map(JsonString::getString).toList()).containsExactlyElementsOf(allowed);
    }

    private static void assertField(HttpResponse<String> refused, String field) {
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
        assertThat(Http.json(refused).getJsonArray("errors").getValuesAs(JsonObject.class))
                .extracting(e -> e.getString("field")).contains(field);
    }

    private String level(RequestWorld world, long id) {
        return Http.json(world.as("coordinator").get(world.as("coordinator").app("api/requests/" + id)))
                .getString("serviceLevel");
    }

    private long unread(Http reader) {
        return Http.json(reader.get(reader.app("api/notifications/unread-count"))).getJsonNumber("unread").longValue();
    }

    /** Lets time pass for one request: its submission and due dates move into the past together. */
    private void shift(long id, Duration elapsed) throws SQLException {
        try (Connection connection = dataSource.getConnection(); PreparedStatement update = connection.prepareStatement(
                "UPDATE assistance_request SET submitted_at = submitted_at - INTERVAL ? SECOND, first_response_due = "
                        + "first_response_due - INTERVAL ? SECOND, decision_due = decision_due - INTERVAL ? SECOND "
                        + "WHERE id = ?")) {
            for (int i = 1; i <= 3; i++) {
                update.setLong(i, elapsed.toSeconds());
            }
            update.setLong(4, id);
            assertThat(update.executeUpdate()).isEqualTo(1);
        }
    }

    private List<String> transitions(long id) throws SQLException {
        try (Connection connection = dataSource.getConnection(); PreparedStatement query = connection.prepareStatement(
                "SELECT changes FROM audit_entry WHERE record_type = 'AssistanceRequest' AND record_id = ? "
                        + "AND action = 'TRANSITION' ORDER BY seq")) {
            query.setString(1, Long.toString(id));
            List<String> moves = new java.util.ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    JsonObject status = jakarta.json.Json.createReader(new java.io.StringReader(rows.getString(1)))
                            .readObject().getJsonObject("status");
                    moves.add(status.getString("old") + ">" + status.getString("new"));
                }
            }
            return moves;
        }
    }

    private long count(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             ResultSet row = connection.createStatement().executeQuery(sql)) {
            row.next();
            return row.getLong(1);
        }
    }
}
