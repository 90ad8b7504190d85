package org.iom.americas.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.annotation.Resource;
import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.iom.americas.kernel.audit.AuditRecord;
import org.iom.americas.kernel.audit.ChainVerification;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The audit trail on the deployed application and the real database: one correct entry per change, in the change's
 * transaction; a hash chain that concurrent writers cannot fork and plain-SQL tampering cannot get past
 * unnoticed; administrators only.
 */
@ExtendWith(ArquillianExtension.class)
class AuditIT {

    private static final String JSON = "application/json";

    @Deployment
    static WebArchive deployment() {
        return Deployments.coordinationWar();
    }

    @ArquillianResource
    URL base;

    @Resource(lookup = "java:app/jdbc/coordination")
    DataSource dataSource;

    @Test
    void eachChangeLeavesExactlyOneEntryWithItsOldAndNewValues() {
        long government = registered("LC");
        List<JsonObject> created = entries("recordType=PartnerGovernment&recordId=" + government);
        assertThat(created).hasSize(1);
        JsonObject creation = created.get(0);
        assertThat(creation.getString("action")).isEqualTo("CREATE");
        assertThat(creation.getString("actor")).isEqualTo("admin");
        assertThat(creation.getString("actorOrganisation")).isEqualTo("IOM");
        assertThat(creation.getJsonObject("changes").getString("country")).isEqualTo("LC");
        assertThat(creation.getJsonObject("changes").getString("membershipStatus")).isEqualTo("MEMBER_STATE");

        HttpResponse<String> revised = admin().put(admin().app("api/governments/" + government), JSON,
                "{\"membershipStatus\":\"MEMBER_STATE\",\"countryOffice\":\"IOM Castries\",\"version\":"
                        + Http.json(admin().get(admin().app("api/governments/" + government)))
                        .getJsonNumber("version") + "}");
        assertThat(revised.statusCode()).isEqualTo(200);
        List<JsonObject> both = entries("recordType=PartnerGovernment&recordId=" + government);
        assertThat(both).hasSize(2);
        JsonObject update = both.get(0);
        assertThat(update.getString("action")).isEqualTo("UPDATE");
        assertThat(update.getJsonObject("changes").keySet()).containsExactly("countryOffice");
        assertThat(update.getJsonObject("changes").getJsonObject("countryOffice").getString("old")).isEqualTo("null");
        assertThat(update.getJsonObject("changes").getJsonObject("countryOffice").getString("new"))
                .isEqualTo("IOM Castries");
        assertThat(update.getJsonNumber("seq").longValue()).isGreaterThan(creation.getJsonNumber("seq").longValue());

        assertThat(admin().put(admin().app("api/governments/" + government), JSON,
                "{\"membershipStatus\":\"OBSERVER_STATE\",\"countryOffice\":\"IOM Castries\",\"version\":"
                        + Http.json(admin().get(admin().app("api/governments/" + government)))
                        .getJsonNumber("version") + "}").statusCode()).isEqualTo(200);
        JsonObject transition = entries("recordType=PartnerGovernment&recordId=" + government).get(0);
        assertThat(transition.getString("action")).isEqualTo("TRANSITION");
        assertThat(transition.getJsonObject("changes").getJsonObject("membershipStatus").getString("old"))
                .isEqualTo("MEMBER_STATE");
        assertThat(transition.getJsonObject("changes").getJsonObject("membershipStatus").getString("new"))
                .isEqualTo("OBSERVER_STATE");
    }

    @Test
    void signInsDenialsAndExportsAreOnTheTrail() {
        String user = "watched_" + System.nanoTime() % 100000;
        String password = "Darien-Gap-Crossing-1513";
        assertThat(admin().post(admin().app("api/accounts"), JSON, "{\"username\":\"" + user
                + "\",\"displayName\":\"Watched\",\"role\":\"COORDINATOR\",\"password\":\"" + password + "\"}")
                .statusCode()).isEqualTo(201);
        Http wrong = new Http(base).as(user, "not-the-password-at-all");
        assertThat(wrong.get(wrong.app("api/governments")).statusCode()).isEqualTo(401);
        Http coordinator = new Http(base).as(user, password);
        assertThat(coordinator.get(coordinator.app("api/governments")).statusCode()).isEqualTo(200);
        assertThat(coordinator.get(coordinator.app("api/audit")).statusCode()).isEqualTo(403);

        List<JsonObject> events = entries("action=SECURITY&actor=" + user);
        assertThat(events).as(events.toString()).extracting(e -> e.getString("recordId"))
                .containsExactly("access.denied", "login.succeeded", "login.failed");
        assertThat(events.get(0).getJsonObject("changes").getString("detail")).contains("/api/audit");
        assertThat(events.get(2).getJsonObject("changes").getString("detail")).isEqualTo("reason=wrong-password");
        assertThat(events.get(2).getString("actorOrganisation")).isEqualTo("IOM");
        assertThat(events.toString()).doesNotContain(password, "not-the-password");

        assertThat(admin().get(admin().app("api/audit?format=csv&actor=" + user)).statusCode()).isEqualTo(200);
        JsonObject export = entries("action=SECURITY&actor=admin&recordId=audit.exported").get(0);
        assertThat(export.getJsonObject("changes").getString("detail")).contains("format=csv", user);
        assertThat(verification().getBoolean("intact")).isTrue();
    }

    @Test
    void administratorsReadTheTrailAndARecordsHistoryInThePages() {
        long government = registered("VE");
        Http browser = new Http(base);
        assertThat(browser.signIn("admin", System.getProperty("coordination.admin.password")).statusCode()).isEqualTo(302);

        HttpResponse<String> page = browser.get(browser.app("audit.xhtml?recordType=PartnerGovernment&recordId="
                + government));
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<table class=\"records\" id=\"entries\"", "PartnerGovernment " + government,
                "<code>country</code>", "VE");
        HttpResponse<String> detail = browser.get(browser.app("government.xhtml?id=" + government));
        assertThat(detail.body()).contains("id=\"history\"", "<code>membershipStatus</code>");

        HttpResponse<String> verified = browser.postForm(browser.app("audit.xhtml"), java.util.Map.of(
                "verify", "verify", "verify:run", "Verify", "jakarta.faces.ViewState", Http.viewState(page)));
        assertThat(verified.statusCode()).isEqualTo(200);
        assertThat(verified.body()).contains("The chain is intact");

        // the page's export link reads the API in the page's session; a change through the session is refused
        HttpResponse<String> csv = browser.get(browser.app("api/audit?format=csv&recordType=PartnerGovernment"
                + "&recordId=" + government));
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
        assertThat(csv.body()).contains(",CREATE,PartnerGovernment," + government + ",");
        assertThat(browser.post(browser.app("api/audit/checkpoints"), JSON, "").statusCode()).isEqualTo(401);
        assertThat(browser.get(browser.app("api/audit?format=pdf")).statusCode()).isEqualTo(406);
    }

    @Test
    void aChangeThatRollsBackLeavesNoEntry() throws SQLException {
        registered("VC");
        long before = count();
        HttpResponse<String> duplicate = admin().post(admin().app("api/governments"), JSON,
                "{\"country\":\"VC\",\"membershipStatus\":\"NON_MEMBER\"}");
        assertThat(duplicate.statusCode()).isEqualTo(409);
        HttpResponse<String> invalid = admin().post(admin().app("api/accounts"), JSON,
                "{\"username\":\"someone\",\"displayName\":\"x\",\"role\":\"ADMIN\",\"password\":\"short\"}");
        assertThat(invalid.statusCode()).isEqualTo(400);
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void accountsAreAuditedWithoutTheirSecrets() {
        HttpResponse<String> opened = admin().post(admin().app("api/accounts"), JSON,
                "{\"username\":\"audited_" + System.nanoTime() % 100000 + "\",\"displayName\":\"Audited\","
                        + "\"role\":\"COORDINATOR\",\"password\":\"Maya-Calendar-Stone-2012\"}");
        assertThat(opened.statusCode()).isEqualTo(201);
        long id = Http.json(opened).getJsonNumber("id").longValue();
        admin().post(admin().app("api/accounts/" + id + "/password"), JSON, "{\"password\":\"Inca-Trail-Stairs-4215\"}");
        List<JsonObject> entries = entries("recordType=Account&recordId=" + id);
        assertThat(entries).extracting(e -> e.getString("action")).containsExactly("UPDATE", "CREATE");
        assertThat(entries.get(1).getJsonObject("changes").getString("passwordHash")).isEqualTo("[redacted]");
        assertThat(entries.get(0).getJsonObject("changes").getJsonObject("passwordHash").getString("new"))
                .isEqualTo("[redacted]");
        assertThat(entries.toString()).doesNotContain("pbkdf2", "Maya-Calendar", "Inca-Trail");
    }

    @Test
    void twentyConcurrentWritersLeaveAChainThatVerifies() throws Exception {
        long before = count();
        List<String> countries = List.of("AG", "BS", "BB", "GD", "KN", "AI", "AW", "BM", "BQ", "VG", "KY", "CW", "FK",
                "GF", "GP", "MQ", "MS", "PR", "BL", "MF");
        ExecutorService writers = Executors.newFixedThreadPool(20);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (String country : countries) {
                answers.add(writers.submit(() -> admin().post(admin().app("api/governments"), JSON,
                        "{\"country\":\"" + country + "\",\"membershipStatus\":\"NON_MEMBER\"}").statusCode()));
            }
            for (Future<Integer> answer : answers) {
                assertThat(answer.get()).isEqualTo(201);
            }
        } finally {
            writers.shutdown();
        }
        assertThat(count()).as("every answer waited for its entry's seal").isEqualTo(before + 20);
        assertThat(pending()).isZero();
        JsonObject verification = verification();
        assertThat(verification.getBoolean("intact")).as(verification.toString()).isTrue();
        assertThat(verification.getJsonNumber("checked").longValue()).isEqualTo(count());
    }

    @Test
    void aChangeCommitsWhileTheChainIsBusyAndAnswersOnceItsEntryIsSealed() throws Exception {
        long before = count();
        String name = "Sellada " + System.nanoTime();
        ExecutorService client = Executors.newSingleThreadExecutor();
        try {
            Future<HttpResponse<String>> answer;
            try (Connection sealing = dataSource.getConnection(); Statement sql = sealing.createStatement()) {
                // another instance's seal round, holding the chain head
                sealing.setAutoCommit(false);
                sql.executeQuery("SELECT last_seq FROM audit_chain_head WHERE id = 1 FOR UPDATE").close();
                answer = client.submit(() -> admin().post(admin().app("api/agencies"), JSON,
                        "{\"name\":\"" + name + "\",\"acronym\":\"SLD\",\"type\":\"NATIONAL_NGO\"}"));
                long waited = 0;
                while (!"1".equals(single("SELECT COUNT(*) FROM partner_agency WHERE name = '" + name + "'"))) {
                    assertThat(waited += 50).as("the change commits without the chain head").isLessThan(20_000);
                    Thread.sleep(50);
                }
                assertThat(single("SELECT COUNT(*) FROM audit_pending WHERE record_type = 'PartnerAgency' "
                        + "AND changes LIKE '%" + name + "%'")).as("its entry, written with it").isEqualTo("1");
                Thread.sleep(300);
                assertThat(answer.isDone()).as("the answer waits for the seal").isFalse();
                sealing.rollback();
            }
            assertThat(answer.get(30, java.util.concurrent.TimeUnit.SECONDS).statusCode()).isEqualTo(201);
        } finally {
            client.shutdown();
        }
        assertThat(count()).isEqualTo(before + 1);
        assertThat(pending()).isZero();
        assertThat(verification().getBoolean("intact")).isTrue();
    }

    @Test
    void tamperingWithPlainSqlIsFoundAndTheEntryNamed() throws SQLException {
        registered("SX");
        registered("TC");
        registered("VI");
        assertThat(verification().getBoolean("intact")).isTrue();
        long last = maxSeq();
        long victim = last - 1;

        assertThatThrownBy(() -> execute("UPDATE audit_entry SET actor = 'mallory' WHERE seq = " + victim))
                .as("the application's account cannot rewrite the trail").isInstanceOf(SQLException.class);
        assertThatThrownBy(() -> execute("DELETE FROM audit_entry WHERE seq = " + victim))
                .isInstanceOf(SQLException.class);

        // an attacker with the rights to drop the guard triggers
        execute("DROP TRIGGER audit_entry_no_update");
        execute("DROP TRIGGER audit_entry_no_delete");
        try {
            String original = single("SELECT changes FROM audit_entry WHERE seq = " + victim);
            execute("UPDATE audit_entry SET changes = REPLACE(changes, 'MEMBER', 'MEMBEX') WHERE seq = " + victim);
            assertBroken(victim, "content-altered");
            update("UPDATE audit_entry SET changes = ? WHERE seq = " + victim, original);
            assertThat(verification().getBoolean("intact")).isTrue();

            execute("CREATE TABLE audit_entry_saved AS SELECT * FROM audit_entry WHERE seq IN (" + (last - 2) + ", "
                    + victim + ")");
            execute("DELETE FROM audit_entry WHERE seq = " + victim);
            assertBroken(victim, "missing");
            execute("INSERT INTO audit_entry SELECT * FROM audit_entry_saved WHERE seq = " + victim);
            assertThat(verification().getBoolean("intact")).isTrue();

            // reorder: the two entries trade places
            execute("UPDATE audit_entry SET seq = -1 WHERE seq = " + (last - 2));
            execute("UPDATE audit_entry SET seq = " + (last - 2) + " WHERE seq = " + victim);
            execute("UPDATE audit_entry SET seq = " + victim + " WHERE seq = -1");
            assertBroken(last - 2, null);
            execute("DELETE FROM audit_entry WHERE seq IN (" + (last - 2) + ", " + victim + ")");
            execute("INSERT INTO audit_entry SELECT * FROM audit_entry_saved");
            assertThat(verification().getBoolean("intact")).isTrue();
        } finally {
            execute("DROP TABLE IF EXISTS audit_entry_saved");
            execute("CREATE TRIGGER audit_entry_no_update BEFORE UPDATE ON audit_entry FOR EACH ROW "
                    + "SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit entries are append-only'");
            execute("CREATE TRIGGER audit_entry_no_delete BEFORE DELETE ON audit_entry FOR EACH ROW "
                    + "SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'audit entries are append-only'");
        }
        assertThat(verification().getBoolean("intact")).isTrue();
    }

    @Test
    void theExportLetsAThirdPartyRecomputeEveryHashOffline() {
        registered("CU");
        HttpResponse<String> checkpoint = admin().post(admin().app("api/audit/checkpoints"), JSON, "");
        assertThat(checkpoint.statusCode()).isEqualTo(200);
        long checkpointSeq = Http.json(checkpoint).getJsonNumber("seq").longValue();
        registered("US");

        HttpResponse<String> export = admin().get(admin().app("api/audit/export"));
        assertThat(export.statusCode()).isEqualTo(200);
        JsonObject chain = Http.json(export);
        List<JsonObject> entries = chain.getJsonArray("entries").getValuesAs(JsonObject.class);
        // what an auditor does with the file alone, using nothing of the application but the published canonical form
        ChainVerification offline = new ChainVerification();
        for (JsonObject e : entries) {
            AuditRecord record = new AuditRecord(e.getJsonNumber("seq").longValue(),
                    java.time.Instant.parse(e.getString("occurredAt")), e.getString("actor"),
                    e.isNull("actorAccountId") ? null : e.getJsonNumber("actorAccountId").longValue(),
                    e.isNull("actorOrganisation") ? null : e.getString("actorOrganisation"), e.getString("action"),
                    e.getString("recordType"), e.isNull("recordId") ? null : e.getString("recordId"),
                    e.isNull("changes") ? null : e.getString("changes"), e.getString("previousHash"));
            assertThat(offline.accept(record, e.getString("hash"))).as("entry %s", record.seq()).isTrue();
        }
        offline.finish(chain.getJsonObject("head").getJsonNumber("seq").longValue(),
                chain.getJsonObject("head").getString("hash"));
        assertThat(offline.result().intact()).isTrue();
        JsonObject recorded = chain.getJsonArray("checkpoints").getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getJsonNumber("seq").longValue() == checkpointSeq).findFirst().orElseThrow();
        assertThat(recorded.getString("hash")).isEqualTo(entries.stream()
                .filter(e -> e.getJsonNumber("seq").longValue() == checkpointSeq).findFirst().orElseThrow()
                .getString("hash"));
        assertThat(entries.get(entries.size() - 1).getJsonNumber("seq").longValue()).isGreaterThan(checkpointSeq);
    }

    @Test
    void aFilteredSetExportsAsCsvThatNoSpreadsheetRunsAsAFormula() {
        HttpResponse<String> created = admin().post(admin().app("api/governments"), JSON,
                "{\"country\":\"PM\",\"membershipStatus\":\"NON_MEMBER\",\"notes\":\"=HYPERLINK(\\\"http://x\\\")\"}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String id = Long.toString(Http.json(created).getJsonNumber("id").longValue());

        HttpResponse<String> csv = admin().get(admin().app("api/audit?recordType=PartnerGovernment&recordId=" + id),
                "Accept", "text/csv");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        String[] lines = csv.body().split("\r\n");
        assertThat(lines).hasSize(2);
        assertThat(lines[0]).isEqualTo("seq,occurredAt,actor,actorAccountId,actorOrganisation,action,recordType,"
                + "recordId,changes,entryHash");
        assertThat(lines[1]).contains(",admin,", ",CREATE,PartnerGovernment," + id + ",").contains("HYPERLINK");
        for (String cell : lines[1].split(",")) {
            assertThat(cell).doesNotStartWith("=").doesNotStartWith("+").doesNotStartWith("@");
        }
    }

    @Test
    void onlyAdministratorsReadTheTrail() {
        String password = "Andes-Condor-Flight-5012";
        String user = "auditee_" + System.nanoTime() % 100000;
        assertThat(admin().post(admin().app("api/accounts"), JSON, "{\"username\":\"" + user
                + "\",\"displayName\":\"Coordinator\",\"role\":\"COORDINATOR\",\"password\":\"" + password + "\"}")
                .statusCode()).isEqualTo(201);
        Http coordinator = new Http(base).as(user, password);
        assertThat(coordinator.get(coordinator.app("api/audit")).statusCode()).isEqualTo(403);
        assertThat(coordinator.get(coordinator.app("api/audit/verification")).statusCode()).isEqualTo(403);
        assertThat(coordinator.get(coordinator.app("api/audit/export")).statusCode()).isEqualTo(403);
        assertThat(coordinator.get(coordinator.app("api/audit"), "Accept", "text/csv").statusCode()).isEqualTo(403);
        assertThat(coordinator.post(coordinator.app("api/audit/checkpoints"), JSON, "").statusCode()).isEqualTo(403);
        Http coordinatorPages = new Http(base);
        coordinatorPages.signIn(user, password);
        assertThat(coordinatorPages.get(coordinatorPages.app("audit.xhtml")).statusCode()).isEqualTo(403);
        Http anonymous = new Http(base);
        assertThat(anonymous.get(anonymous.app("api/audit")).statusCode()).isEqualTo(401);
    }

    private void assertBroken(long seq, String reason) {
        JsonObject verification = verification();
        assertThat(verification.getBoolean("intact")).isFalse();
        assertThat(verification.getJsonNumber("firstBrokenSeq").longValue()).isEqualTo(seq);
        if (reason != null) {
            assertThat(verification.getString("reason")).isEqualTo(reason);
        }
    }

    private long registered(String country) {
        HttpResponse<String> created = admin().post(admin().app("api/governments"), JSON,
                "{\"country\":\"" + country + "\",\"membershipStatus\":\"MEMBER_STATE\"}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return Http.createdId(created);
    }

    private List<JsonObject> entries(String query) {
        HttpResponse<String> page = admin().get(admin().app("api/audit?limit=200&" + query));
        assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
        return Http.json(page).getJsonArray("items").getValuesAs(JsonObject.class);
    }

    private JsonObject verification() {
        HttpResponse<String> answer = admin().get(admin().app("api/audit/verification"));
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return Http.json(answer);
    }

    private Http admin() {
        return Http.administrator(base);
    }

    private long count() throws SQLException {
        return Long.parseLong(single("SELECT COUNT(*) FROM audit_entry"));
    }

    private long pending() throws SQLException {
        return Long.parseLong(single("SELECT COUNT(*) FROM audit_pending"));
    }

    private long maxSeq() throws SQLException {
        return Long.parseLong(single("SELECT MAX(seq) FROM audit_entry"));
    }

    private String single(String query) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement();
             ResultSet row = sql.executeQuery(query)) {
            row.next();
            return row.getString(1);
        }
    }

    private void execute(String statement) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
            sql.execute(statement);
        }
    }

    private void update(String statement, String value) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement sql = connection.prepareStatement(statement)) {
            sql.setString(1, value);
            sql.executeUpdate();
        }
    }
}
