package org.iom.americas.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.iom.americas.it.RequestWorld.JSON;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What the application does with hostile input, concurrent edits and curious callers, on the deployed application:
 * a corpus of several hundred bad requests across the API answered with the right 4xx and a problem body, never a
 * 5xx and never half a record; hostile text kept literally and shown escaped; one winner per version among
 * concurrent edits, with one audit entry; and a server that says little about itself.
 */
@ExtendWith(ArquillianExtension.class)
class ReliabilityIT {

    private static final java.util.logging.Logger LOG =
            java.util.logging.Logger.getLogger(ReliabilityIT.class.getName());

    private static final List<String> TABLES = List.of("assistance_request", "joint_project", "partner_agency",
            "partner_government", "cooperation_agreement", "humanitarian_response", "activity_report",
            "project_funding", "project_indicator", "request_message", "request_attachment", "account",
            "agreement_signatory", "project_participant");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.coordinationWar();
    }

    @ArquillianResource
    URL base;

    /** One bad request of the corpus: who sends it, how, and what it is. */
    private record Attack(String name, Http caller, String method, String path, String contentType, byte[] body) {
    }

    @Test
    void aCorpusOfHostileRequestsIsAnsweredWithClientErrorsAndStoresNothing() throws SQLException {
        RequestWorld world = new RequestWorld(base, "MX", "CA");
        Http coordinator = world.as("coordinator");
        Http liaison = world.as("liaison");
        Http admin = world.admin();
        long request = world.draft("Request under attack " + world.tag, "ROUTINE");
        long project = Http.createdId(coordinator.post(coordinator.app("api/projects"), JSON,
                "{\"title\":\"Target\",\"countries\":[\"MX\"],\"iomAreas\":[\"FORCED_MIGRATION\"],"
                        + "\"startDate\":\"2027-01-01\",\"leadAgencyId\":" + world.agency + "}"));
        long agreement = Http.createdId(coordinator.post(coordinator.app("api/agreements"), JSON,
                "{\"type\":\"LETTER_OF_INTENT\",\"referenceNumber\":\"LOI-" + world.tag + "\",\"title\":\"T\","
                        + "\"governmentIds\":[" + world.government + "]}"));
        long version = Http.json(liaison.get(liaison.app("api/requests/" + request))).getJsonNumber("version")
                .longValue();

        Map<String, Http> writes = new LinkedHashMap<>();
        writes.put("POST api/requests", liaison);
        writes.put("PUT api/requests/" + request, liaison);
        writes.put("POST api/requests/" + request + "/messages", liaison);
        writes.put("POST api/projects", coordinator);
        writes.put("PUT api/projects/" + project, coordinator);
        writes.put("POST api/projects/" + project + "/funding", coordinator);
        writes.put("POST api/projects/" + project + "/indicators", coordinator);
        writes.put("POST api/projects/" + project + "/reports", coordinator);
        writes.put("POST api/projects/" + project + "/partners", coordinator);
        writes.put("POST api/agreements", coordinator);
        writes.put("POST api/agreements/" + agreement + "/signatories", coordinator);
        writes.put("POST api/responses", coordinator);
        writes.put("POST api/agencies", admin);
        writes.put("POST api/governments", admin);
        writes.put("POST api/accounts", admin);

        List<Attack> corpus = new ArrayList<>();
        String deep = "[".repeat(20_000) + "]".repeat(20_000);
        Map<String, byte[]> bodies = new LinkedHashMap<>();
        bodies.put("truncated object", bytes("{"));
        bodies.put("truncated member", bytes("{\"title\": \"x\","));
        bodies.put("not json", bytes("title=x&country=MX"));
        bodies.put("an array", bytes("[]"));
        bodies.put("null", bytes("null"));
        bodies.put("a string", bytes("\"hello\""));
        bodies.put("wrong types", bytes("{\"title\":12345,\"countries\":\"MX\",\"startDate\":true,\"version\":\"x\","
                + "\"type\":7,\"name\":[1],\"leadAgencyId\":\"ten\"}"));
        bodies.put("duplicate keys", bytes("{\"title\":\"a\",\"title\":\"b\",\"version\":" + version + ","
                + "\"version\":-1}"));
        bodies.put("deep nesting", bytes("{\"title\":" + deep + "}"));
        bodies.put("invalid utf-8", new byte[] {'{', '"', 't', 'i', 't', 'l', 'e', '"', ':', '"', (byte) 0xC3, 0x28,
                (byte) 0xFF, '"', '}'});
        bodies.put("long strings", bytes("{\"title\":\"" + "x".repeat(100_000) + "\",\"name\":\"" + "y".repeat(100_000)
                + "\",\"description\":\"" + "z".repeat(100_000) + "\",\"body\":\"" + "w".repeat(100_000) + "\"}"));
        bodies.put("huge body", bytes("{\"title\":\"" + "x".repeat(3 * 1024 * 1024) + "\"}"));
        bodies.put("unknown enums", bytes("{\"type\":\"TELEPORTATION\",\"urgency\":\"YESTERDAY\",\"role\":\"KING\","
                + "\"crisisType\":\"ALIENS\",\"membershipStatus\":\"FRIEND\",\"title\":\"t\",\"name\":\"n\"}"));
        bodies.put("absurd numbers", bytes("{\"title\":\"t\",\"target\":\"-5\",\"committed\":\"1e400\","
                + "\"disbursed\":\"-1\",\"donorAgencyId\":99999999999999999999,\"objectives\":[0,24,-3],"
                + "\"reached\":{\"total\":-10},\"leadAgencyId\":-1,\"version\":1e99}"));
        bodies.put("dates out of range", bytes("{\"title\":\"t\",\"startDate\":\"99999-12-31\",\"endDate\":"
                + "\"2027-02-30\",\"periodStart\":\"+1000000000-01-01\",\"signedOn\":\"yesterday\","
                + "\"requestedStart\":\"0000-00-00\"}"));
        bodies.put("unknown fields", bytes("{\"title\":\"t\",\"isAdmin\":true,\"__proto__\":{\"x\":1}}"));
        bodies.put("empty object", bytes("{}"));
        bodies.put("sql in ids", bytes("{\"title\":\"t\",\"leadAgencyId\":\"1 OR 1=1\",\"governmentIds\":"
                + "[\"1; DROP TABLE account\"],\"agencyId\":\"0x01\"}"));
        writes.forEach((target, caller) -> {
            String method = target.substring(0, target.indexOf(' '));
            String path = target.substring(target.indexOf(' ') + 1);
            bodies.forEach((name, body) -> corpus.add(new Attack(name, caller, method, path, JSON, body)));
            corpus.add(new Attack("wrong content type", caller, method, path, "text/plain", bytes("{}")));
            corpus.add(new Attack("xml content type", caller, method, path, "application/xml", bytes("<a/>")));
            corpus.add(new Attack("no content type", caller, method, path, null, bytes("{}")));
        });
        // each list's own parameters, with values of the wrong kind
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        parameters.put("api/requests", List.of("status=NOPE", "urgency=SOMEDAY", "country=%3Cscript%3E",
                "country=%27%20OR%201%3D1%20--", "open=perhaps"));
        parameters.put("api/projects", List.of("status=NOPE", "country=%3Cscript%3E", "iomArea=%27%3B--",
                "agencyId=abc", "from=2027-13-45", "to=yesterday"));
        parameters.put("api/agencies", List.of("type=NOPE", "country=%3Cscript%3E", "iomArea=%27%3B--",
                "active=perhaps"));
        parameters.put("api/governments", List.of("membershipStatus=NOPE", "subregion=ATLANTIS", "sort=%27"));
        parameters.put("api/responses", List.of("phase=NOPE", "crisisType=ALIENS", "country=%3Cscript%3E"));
        parameters.put("api/agreements", List.of("type=NOPE", "status=NOPE", "country=%3Cscript%3E",
                "expiresFrom=2027-13-45", "expiresTo=soon", "expiringWithin=-5", "expiringWithin=99999999999"));
        parameters.put("api/notifications", List.of("unread=perhaps"));
        parameters.put("api/liaisons", List.of("governmentId=abc", "governmentId=1%20OR%201%3D1"));
        parameters.forEach((list, own) -> {
            List<String> queries = new ArrayList<>(own);
            queries.addAll(List.of("limit=-1", "limit=abc", "limit=100000", "limit=1e9", "cursor=garbage",
                    "cursor=%00%27"));
            for (String query : queries) {
                corpus.add(new Attack("query " + query, coordinator, "GET", list + "?" + query, null, null));
            }
        });
        // forged ids: other organisations' records, and ids that cannot exist
        Http otherLiaison = world.as("liaison2");
        Http otherAgency = world.as("agency2");
        corpus.add(new Attack("another government's request", otherLiaison, "GET", "api/requests/" + request, null,
                null));
        corpus.add(new Attack("change another government's request", otherLiaison, "PUT", "api/requests/" + request,
                JSON, bytes(RequestWorld.body("Taken over", "ROUTINE", "\"version\":" + version))));
        corpus.add(new Attack("submit another government's request", otherLiaison, "POST", "api/requests/" + request
                + "/submit", JSON, bytes("{}")));
        corpus.add(new Attack("not a party's agreement", otherLiaison, "GET", "api/agreements/" + agreement, null,
                null));
        corpus.add(new Attack("another agency's project", otherAgency, "PUT", "api/projects/" + project, JSON,
                bytes("{\"title\":\"Taken over\",\"countries\":[\"MX\"],\"iomAreas\":[\"FORCED_MIGRATION\"],"
                        + "\"startDate\":\"2027-01-01\",\"version\":0}")));
        corpus.add(new Attack("another agency's funding", otherAgency, "POST", "api/projects/" + project + "/funding",
                JSON, bytes("{\"donorAgencyId\":" + world.otherAgency + ",\"currency\":\"USD\",\"committed\":\"1\","
                        + "\"disbursed\":\"0\"}")));
        corpus.add(new Attack("an agency's audit", otherAgency, "GET", "api/audit", null, null));
        corpus.add(new Attack("a liaison's accounts", otherLiaison, "GET", "api/accounts", null, null));
        for (String id : List.of("0", "99999999999999999999", "-1", "1e3", "%2e%2e%2f%2e%2e%2fetc%2fpasswd",
                "1%27%20OR%20%271%27%3D%271")) {
            corpus.add(new Attack("forged id " + id, coordinator, "GET", "api/projects/" + id, null, null));
            corpus.add(new Attack("forged id " + id, liaison, "GET", "api/requests/" + id, null, null));
        }
        // file names that climb out of their folder, and programs dressed as documents
        for (String name : List.of("..%2F..%2F..%2Fetc%2Fpasswd", "..%5C..%5Cwindows%5Cwin.ini", "x.exe",
                "report.pdf.exe", "%00.pdf", "CON.pdf%00.exe")) {
            corpus.add(new Attack("file name " + name, liaison, "POST", "api/requests/" + request
                    + "/attachments?fileName=" + name, "application/pdf", new byte[] {'M', 'Z', 0, 1}));
        }
        corpus.add(new Attack("an empty file", liaison, "POST", "api/requests/" + request + "/attachments?fileName="
                + "a.pdf", "application/pdf", new byte[0]));
        corpus.add(new Attack("a file too large", liaison, "POST", "api/requests/" + request + "/attachments?fileName="
                + "a.pdf", "application/pdf", new byte[27 * 1024 * 1024]));

        Map<String, Integer> before = counts();
        List<String> serverErrors = new ArrayList<>();
        List<String> unexpected = new ArrayList<>();
        for (Attack attack : corpus) {
            HttpResponse<String> answer;
            try {
                answer = send(attack);
            } catch (java.io.UncheckedIOException noAnswer) {
                serverErrors.add(attack.method() + " " + attack.path() + " [" + attack.name() + "] → no answer: "
                        + noAnswer.getCause());
                continue;
            }
            String what = attack.method() + " " + attack.path().replaceAll("\\?.*", "") + " [" + attack.name()
                    + "] → " + answer.statusCode();
            if (answer.statusCode() >= 500) {
                serverErrors.add(what + " " + answer.body());
            } else if (answer.statusCode() < 400) {
                unexpected.add(what);
            } else if (!attack.path().contains("%2e%2e")
                    && !answer.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json")) {
                // a path that climbs out of /api is the web container's to refuse, in its own words
                unexpected.add(what + " without a problem body: " + answer.headers().firstValue("Content-Type"));
            }
        }
        LOG.info(String.format("Hostile corpus: %d requests, %d answered 5xx, %d not a 4xx problem", corpus.size(),
                serverErrors.size(), unexpected.size()));
        assertThat(corpus).hasSizeGreaterThanOrEqualTo(300);
        assertThat(serverErrors).isEmpty();
        assertThat(unexpected).isEmpty();
        // nothing half-written
        assertThat(counts()).isEqualTo(before);
        assertThat(array(liaison, "api/requests/" + request + "/attachments")).isEmpty();
        assertThat(Http.json(liaison.get(liaison.app("api/requests/" + request))).getJsonNumber("version")
                .longValue()).isEqualTo(version);
    }

    @Test
    void hostileTextIsKeptLiterallyAndShownEscaped() {
        RequestWorld world = new RequestWorld(base, "MX", "CA");
        Http liaison = world.as("liaison");
        String sql = "Robert'); DROP TABLE assistance_request;-- " + world.tag;
        String xss = "<script>alert('xss')</script><img src=x onerror=alert(1)> ' \" & ü ñ ç 漢字";
        HttpResponse<String> drafted = liaison.post(liaison.app("api/requests"), JSON, "{\"type\":\"TECHNICAL_COOPERATION"
                + "\",\"title\":" + Http.quote(sql) + ",\"description\":" + Http.quote(xss) + ",\"country\":\"MX\","
                + "\"iomAreas\":[\"REGULATED_MIGRATION\"],\"urgency\":\"ROUTINE\"}");
        assertThat(drafted.statusCode()).as(drafted.body()).isEqualTo(201);
        long id = Http.createdId(drafted);
        JsonObject read = Http.json(liaison.get(liaison.app("api/requests/" + id)));
        assertThat(read.getString("title")).isEqualTo(sql);
        assertThat(read.getString("description")).isEqualTo(xss);
        HttpResponse<String> named = liaison.postBytes(liaison.app("api/requests/" + id + "/attachments?fileName="
                + "..%2F..%2Fetc%2Fpasswd.pdf"), "application/pdf", bytes("%PDF-1.4\n%%EOF\n"));
        assertThat(named.statusCode()).isEqualTo(201);
        assertThat(Http.json(named).getString("fileName")).doesNotContain("/", "\\", "..").endsWith(".pdf");

        Http page = new Http(base);
        page.signIn(world.user("liaison"), RequestWorld.PASSWORD);
        String html = page.get(page.app("request.xhtml?id=" + id)).body();
        assertThat(html).contains("&lt;script&gt;alert(").doesNotContain("<script>alert(", "<img src=x onerror");
        assertThat(html).contains("Robert'); DROP TABLE assistance_request;-- " + world.tag, "漢字");
    }

    @Test
    void concurrentEditsOfOneVersionHaveOneWinnerAndOneAuditEntry() throws Exception {
        RequestWorld world = new RequestWorld(base, "MX", "CA");
        Http coordinator = world.as("coordinator");
        long project = Http.createdId(coordinator.post(coordinator.app("api/projects"), JSON,
                "{\"title\":\"Contested\",\"countries\":[\"MX\"],\"iomAreas\":[\"FORCED_MIGRATION\"],"
                        + "\"startDate\":\"2027-01-01\",\"leadAgencyId\":" + world.agency + "}"));
        long version = Http.json(coordinator.get(coordinator.app("api/projects/" + project))).getJsonNumber("version")
                .longValue();
        int before = array(world.admin(), "api/audit?recordType=JointProject&recordId=" + project + "&action=UPDATE")
                .size();
        int editors = 12;
        ExecutorService pool = Executors.newFixedThreadPool(editors);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<HttpResponse<String>>> answers = new ArrayList<>();
        for (int i = 0; i < editors; i++) {
            int editor = i;
            Http client = world.as("coordinator");
            answers.add(pool.submit(() -> {
                start.await();
                return editor % 2 == 0
                        ? client.put(client.app("api/projects/" + project), JSON, plan("Edit " + editor, version))
                        : client.put(client.app("api/projects/" + project), JSON, plan("Edit " + editor, null),
                        "If-Match", "\"" + version + "\"");
            }));
        }
        start.countDown();
        List<Integer> statuses = new ArrayList<>();
        for (Future<HttpResponse<String>> answer : answers) {
            HttpResponse<String> edited = answer.get();
            statuses.add(edited.statusCode());
            if (edited.statusCode() != 200) {
                assertThat(edited.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem");
            }
        }
        pool.shutdown();
        assertThat(statuses).filteredOn(s -> s == 200).hasSize(1);
        assertThat(statuses).filteredOn(s -> s != 200).allMatch(s -> s == 409 || s == 412);
        JsonObject after = Http.json(coordinator.get(coordinator.app("api/projects/" + project)));
        assertThat(after.getJsonNumber("version").longValue()).isEqualTo(version + 1);
        assertThat(array(world.admin(), "api/audit?recordType=JointProject&recordId=" + project + "&action=UPDATE"))
                .hasSize(before + 1);

        // two people on the same form: the second is told the record changed, and nothing of theirs is lost
        Http first = new Http(base);
        first.signIn(world.user("coordinator"), RequestWorld.PASSWORD);
        Http second = new Http(base);
        second.signIn(world.user("coordinator"), RequestWorld.PASSWORD);
        HttpResponse<String> formA = first.get(first.app("project-edit.xhtml?id=" + project));
        HttpResponse<String> formB = second.get(second.app("project-edit.xhtml?id=" + project));
        Map<String, String> fields = new java.util.HashMap<>(Map.of("plan", "plan", "plan:title", "From A",
                "plan:countries", "MX", "plan:startDate", "2027-01-01", "plan:iomAreas", "FORCED_MIGRATION",
                "plan:leadAgency", Long.toString(world.agency), "plan:save", "Save",
                "jakarta.faces.ViewState", Http.viewState(formA)));
        assertThat(first.postForm(first.app("project-edit.xhtml?id=" + project), fields).statusCode()).isEqualTo(302);
        fields.put("plan:title", "From B");
        fields.put("jakarta.faces.ViewState", Http.viewState(formB));
        HttpResponse<String> stale = second.postForm(second.app("project-edit.xhtml?id=" + project), fields);
        assertThat(stale.statusCode()).isEqualTo(200);
        assertThat(stale.body()).contains("From A");
        assertThat(Http.json(coordinator.get(coordinator.app("api/projects/" + project))).getString("title"))
                .isEqualTo("From A");
    }

    @Test
    void theServerSaysLittleAboutItselfAndKeepsItsMonitoringToItself() {
        Http anonymous = new Http(base);
        for (HttpResponse<String> answer : List.of(anonymous.get(anonymous.app("login.xhtml")),
                anonymous.get(anonymous.app("api/governments")), anonymous.get(anonymous.app("no-such-page")))) {
            assertThat(answer.headers().firstValue("X-Powered-By")).isEmpty();
            assertThat(answer.headers().firstValue("Server").orElse("")).doesNotContainPattern("[0-9]")
                    .doesNotContainIgnoringCase("payara").doesNotContainIgnoringCase("glassfish");
        }
        assertThat(anonymous.get(anonymous.server("metrics")).statusCode()).isIn(401, 403, 404);
        assertThat(anonymous.get(anonymous.app("health/live")).statusCode()).isEqualTo(200);
        assertThat(anonymous.get(anonymous.app("health/ready")).statusCode()).isEqualTo(200);
        HttpResponse<String> huge = world().admin().send("POST", world().admin().app("api/agencies"), JSON,
                bytes("{\"name\":\"" + "n".repeat(3 * 1024 * 1024) + "\"}"));
        assertThat(huge.statusCode()).isEqualTo(413);
        assertThat(huge.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
    }

    private RequestWorld world;

    private RequestWorld world() {
        if (world == null) {
            world = new RequestWorld(base, "MX", "CA");
        }
        return world;
    }

    private static String plan(String title, Long version) {
        return "{\"title\":\"" + title + "\",\"countries\":[\"MX\"],\"iomAreas\":[\"FORCED_MIGRATION\"],"
                + "\"startDate\":\"2027-01-01\"" + (version == null ? "" : ",\"version\":" + version) + "}";
    }

    private HttpResponse<String> send(Attack attack) {
        URI uri = attack.caller().app(attack.path());
        return "GET".equals(attack.method()) ? attack.caller().get(uri)
                : attack.caller().send(attack.method(), uri, attack.contentType(), attack.body());
    }

    private static Map<String, Integer> counts() throws SQLException {
        Map<String, Integer> counts = new LinkedHashMap<>();
        try (Connection db = Jdbc.connect(System.getProperty("it.db.url"), System.getProperty("it.db.user"),
                System.getProperty("it.db.password")); Statement sql = db.createStatement()) {
            for (String table : TABLES) {
                try (ResultSet rows = sql.executeQuery("SELECT COUNT(*) FROM " + table)) {
                    rows.next();
                    counts.put(table, rows.getInt(1));
                }
            }
        }
        return counts;
    }

    private static List<JsonObject> array(Http caller, String path) {
        HttpResponse<String> answer = caller.get(caller.app(path));
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return Http.json(answer).getJsonArray("items").getValuesAs(JsonObject.class);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
