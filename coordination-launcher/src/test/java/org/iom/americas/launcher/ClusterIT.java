package org.iom.americas.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.iom.americas.it.Http;
import org.iom.americas.it.Jdbc;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Two instances started with the launcher as the README tells an operator (a member list over TCP/IP, a cluster
 * name, one shared MariaDB), on loopback ports, as one cluster: a change made through one is read through the other
 * at once and stale writes are still refused; the audit chain stays one line under writes spread over both; the
 * scheduled audit checkpoint (every 3 s here) runs once per slot although both instances' timers fire; a session
 * signed in on one instance continues on the other after the first is killed.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterIT {

    private static final Logger LOG = Logger.getLogger(ClusterIT.class.getName());
    private static final String DATABASE = "coordination_it_cluster";
    private static final String JSON = "application/json";
    private static final Pattern RUNS = Pattern.compile("Scheduled job audit-checkpoint runs slot (\\S+) on");
    private static final Pattern SKIPS = Pattern.compile("Scheduled job audit-checkpoint skips slot (\\S+) on");

    private final String clusterName = "coordination-it-" + UUID.randomUUID();
    private final String password = System.getProperty("coordination.admin.password");
    private Instance a;
    private Instance b;

    /** One launcher process and what the test knows of it. */
    private record Instance(String name, Process process, URL url, Path log) {

        Http admin(String password) {
            return new Http(url).as("admin", password);
        }

        String logText() throws IOException {
            return Files.readString(log);
        }
    }

    @BeforeAll
    void startTwoInstancesOverOneDatabase() throws Exception {
        try (Connection server = Jdbc.connect(serverUrl(""), dbUser(), dbPassword());
             Statement sql = server.createStatement()) {
            sql.execute("DROP DATABASE IF EXISTS " + DATABASE);
            sql.execute("CREATE DATABASE " + DATABASE + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        }
        int gridA = freePort();
        int gridB = freePort();
        String members = "127.0.0.1:" + gridA + ",127.0.0.1:" + gridB;
        // one after the other: the first applies the migrations and opens the administrator
        a = start("a", gridA, members);
        b = start("b", gridB, members);
        awaitLog(a, "DG Size: 2", Duration.ofSeconds(60));
        awaitLog(b, "DG Size: 2", Duration.ofSeconds(60));
    }

    @AfterAll
    void stopBoth() {
        for (Instance instance : new Instance[] {a, b}) {
            if (instance != null) {
                instance.process().destroyForcibly();
            }
        }
    }

    @Test
    @Order(1)
    void theInstancesFormOneClusterOfTheirMemberListOnly() throws IOException {
        for (Instance instance : List.of(a, b)) {
            String log = instance.logText();
            assertThat(log).as(instance.name() + " found its peer by the member list")
                    .contains("discovery-mode=tcpip", "DG Name: " + clusterName + " DG Size: 2")
                    .doesNotContain("discovery-mode=multicast");
        }
    }

    @Test
    @Order(2)
    void aChangeThroughOneInstanceIsReadThroughTheOtherAtOnceAndStaleWritesAreRefused() {
        Http throughA = a.admin(password);
        Http throughB = b.admin(password);
        String acronym = "CL" + Long.toString(System.nanoTime() % 1_000_000, 36).toUpperCase();
        long id = Http.createdId(throughA.post(throughA.app("api/agencies"), JSON,
                "{\"name\":\"Red de albergues " + acronym + "\",\"acronym\":\"" + acronym
                        + "\",\"type\":\"NATIONAL_NGO\"}"));
        JsonObject readOnB = Http.json(throughB.get(throughB.app("api/agencies/" + id)));
        assertThat(readOnB.getString("name")).isEqualTo("Red de albergues " + acronym);
        long version = readOnB.getJsonNumber("version").longValue();

        HttpResponse<String> renamed = throughA.put(throughA.app("api/agencies/" + id), JSON,
                revision("Red regional de albergues " + acronym, version), "If-Match", "\"" + version + "\"");
        assertThat(renamed.statusCode()).as(renamed.body()).isEqualTo(200);
        JsonObject readAgain = Http.json(throughB.get(throughB.app("api/agencies/" + id)));
        assertThat(readAgain.getString("name")).as("B reads A's change at once")
                .isEqualTo("Red regional de albergues " + acronym);
        assertThat(readAgain.getJsonNumber("version").longValue()).isGreaterThan(version);

        HttpResponse<String> stale = throughB.put(throughB.app("api/agencies/" + id), JSON,
                revision("Una versión vieja " + acronym, version), "If-Match", "\"" + version + "\"");
        assertThat(stale.statusCode()).as("B's write on the version A replaced").isIn(409, 412);
        assertThat(Http.json(throughA.get(throughA.app("api/agencies/" + id))).getString("name"))
                .isEqualTo("Red regional de albergues " + acronym);
    }

    @Test
    @Order(3)
    void theAuditChainStaysOneLineUnderWritesSpreadOverBothInstances() throws Exception {
        ExecutorService writers = Executors.newFixedThreadPool(4);
        List<Future<Integer>> written = new ArrayList<>();
        for (int w = 0; w < 4; w++) {
            Instance through = w % 2 == 0 ? a : b;
            String writer = "W" + w + Long.toString(System.nanoTime() % 100_000, 36).toUpperCase();
            written.add(writers.submit(() -> {
                Http client = through.admin(password);
                int created = 0;
                for (int i = 0; i < 15; i++) {
                    HttpResponse<String> answer = client.post(client.app("api/agencies"), JSON,
                            "{\"name\":\"Escritor " + writer + i + "\",\"acronym\":\"" + writer + i
                                    + "\",\"type\":\"NATIONAL_NGO\"}");
                    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
                    created++;
                }
                return created;
            }));
        }
        int total = 0;
        for (Future<Integer> writer : written) {
            total += writer.get();
        }
        writers.shutdown();
        assertThat(total).isEqualTo(60);
        for (Instance instance : List.of(a, b)) {
            Http admin = instance.admin(password);
            JsonObject verification = Http.json(admin.get(admin.app("api/audit/verification")));
            assertThat(verification.getBoolean("intact")).as("verified through " + instance.name() + ": "
                    + verification).isTrue();
        }
        try (Connection db = Jdbc.connect(serverUrl(DATABASE), dbUser(), dbPassword());
             Statement sql = db.createStatement();
             ResultSet gaps = sql.executeQuery("SELECT COUNT(*), MIN(seq), MAX(seq) FROM audit_entry")) {
            gaps.next();
            assertThat(gaps.getLong(3) - gaps.getLong(2) + 1).as("one entry per position, none forked")
                    .isEqualTo(gaps.getLong(1));
        }
    }

    @Test
    @Order(4)
    void theScheduledCheckpointRunsOncePerSlotAlthoughBothInstancesFire() throws Exception {
        // the schedule fires every 3 s on both instances; give it a few slots past the earlier tests
        Thread.sleep(7_000);
        Map<String, Integer> runs = new HashMap<>();
        int skips = 0;
        for (Instance instance : List.of(a, b)) {
            String log = instance.logText();
            Matcher ran = RUNS.matcher(log);
            while (ran.find()) {
                runs.merge(ran.group(1), 1, Integer::sum);
            }
            Matcher skipped = SKIPS.matcher(log);
            while (skipped.find()) {
                skips++;
            }
        }
        LOG.info("audit-checkpoint slots run: " + runs.size() + ", skipped by the other instance: " + skips);
        assertThat(runs).as("slots run").hasSizeGreaterThanOrEqualTo(4);
        assertThat(runs.values()).as("each slot run by one instance only").containsOnly(1);
        assertThat(skips).as("the other instance's timer fired too, and stood back").isPositive();
        try (Connection db = Jdbc.connect(serverUrl(DATABASE), dbUser(), dbPassword());
             Statement sql = db.createStatement();
             ResultSet claimed = sql.executeQuery(
                     "SELECT COUNT(*), COUNT(DISTINCT instance) FROM scheduled_run WHERE job = 'audit-checkpoint'")) {
            claimed.next();
            assertThat(claimed.getInt(1)).as("the claims in the database").isGreaterThanOrEqualTo(runs.size());
        }
    }

    @Test
    @Order(5)
    void aSessionSignedInOnOneInstanceContinuesOnTheOtherWhenItDies() throws Exception {
        Http browser = new Http(a.url());
        HttpResponse<String> signedIn = browser.signIn("admin", password);
        assertThat(signedIn.statusCode()).as(signedIn.body()).isEqualTo(302);
        HttpResponse<String> home = browser.get(browser.app("index.xhtml"));
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.body()).contains("signed-in-as\">admin<");

        a.process().destroyForcibly().waitFor();
        Instant killed = Instant.now();
        Http sameBrowserOnB = browser.at(b.url());
        HttpResponse<String> afterwards = sameBrowserOnB.get(sameBrowserOnB.app("governments.xhtml"));
        LOG.info(() -> "first page on b after a was killed: " + Duration.between(killed, Instant.now()).toMillis()
                + " ms");
        assertThat(afterwards.statusCode()).as("still signed in, not sent to the sign-in page").isEqualTo(200);
        assertThat(afterwards.body()).contains("signed-in-as\">admin<");
    }

    private Instance start(String name, int gridPort, String members) throws Exception {
        int httpPort = freePort();
        Path log = Path.of("target", "cluster-" + name + ".log");
        Files.deleteIfExists(log);
        ProcessBuilder launcher = new ProcessBuilder("java", "-Xmx512m", "-jar",
                new File(System.getProperty("coordination.launcher", "target/coordination-launcher.jar"))
                        .getAbsolutePath(),
                new File(System.getProperty("coordination.war", "target/coordination.war")).getAbsolutePath())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        Map<String, String> env = launcher.environment();
        env.put("COORDINATION_DB_URL", serverUrl(DATABASE));
        env.put("COORDINATION_DB_USER", dbUser());
        env.put("COORDINATION_DB_PASSWORD", dbPassword());
        env.put("COORDINATION_ADMIN_PASSWORD", password);
        env.put("COORDINATION_HTTP_PORT", Integer.toString(httpPort));
        env.put("COORDINATION_COOKIES_SECURE", "false");
        env.put("COORDINATION_CLUSTER_NAME", clusterName);
        env.put("COORDINATION_CLUSTER_MEMBERS", members);
        env.put("COORDINATION_CLUSTER_PORT", Integer.toString(gridPort));
        env.put("COORDINATION_INSTANCE_NAME", "coordination-" + name);
        env.put("COORDINATION_JOBS_AUDIT_CHECKPOINT_EVERY", "PT3S");
        env.put("COORDINATION_JOBS_AUDIT_CHECKPOINT_OFFSET", "PT0S");
        Process process = launcher.start();
        Instance instance = new Instance(name, process, new URL("http://127.0.0.1:" + httpPort + "/"), log);
        Http probe = new Http(instance.url());
        Instant deadline = Instant.now().plusSeconds(180);
        while (probe.statusOf("health/ready") != 200) {
            assertThat(process.isAlive()).as(name + " is running (see " + log + ")").isTrue();
            assertThat(Instant.now()).as(name + " started").isBefore(deadline);
            Thread.sleep(500);
        }
        return instance;
    }

    private static void awaitLog(Instance instance, String text, Duration within) throws Exception {
        Instant deadline = Instant.now().plus(within);
        while (!instance.logText().contains(text)) {
            assertThat(Instant.now()).as(instance.name() + " logged \"" + text + "\"").isBefore(deadline);
            Thread.sleep(500);
        }
    }

    private static String revision(String name, long version) {
        return "{\"name\":\"" + name + "\",\"type\":\"NATIONAL_NGO\",\"active\":true,\"version\":" + version + "}";
    }


    private static String serverUrl(String database) {
        return "jdbc:mysql://" + System.getProperty("it.db.host", "127.0.0.1") + ":"
                + System.getProperty("it.db.port", "3306") + "/" + database;
    }

    private static String dbUser() {
        return System.getProperty("it.db.user", "coordination_it");
    }

    private static String dbPassword() {
        return System.getProperty("it.db.password", "coordination_it");
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
