package org.iom.americas.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Faults under write load, with real processes: a MariaDB of the test's own (its own data directory and port) and
 * a Payara Micro running the built WAR on it. Writers create agencies with Idempotency-Keys and retry until they
 * are acknowledged. The database is killed with SIGKILL and restarted, then the application is killed with SIGKILL
 * and restarted. Every acknowledged write must be there exactly once, the API must answer 503 (not 500, not a hang)
 * while the database is away, readiness must say DOWN while liveness stays UP, the application must serve again
 * without a restart once the database is back, and the audit chain must verify at the end.
 */
class OutageIT {

    private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(OutageIT.class.getName());
    private static final String PASSWORD = "Darien-Gap-Fault-Drill-2026";
    private static final int WRITERS = 4;

    private final List<Process> processes = Collections.synchronizedList(new ArrayList<>());
    private Path dataDir;
    private int dbPort;
    private int appPort;
    private Process database;
    private Process application;

    @AfterEach
    void stopEverything() {
        processes.forEach(Process::destroyForcibly);
    }

    @Test
    void acknowledgedWritesSurviveADatabaseOutageAndAnApplicationCrashExactlyOnce() throws Exception {
        dataDir = Files.createTempDirectory("outage-mariadb");
        dbPort = freePort();
        appPort = freePort();
        installDatabase();
        database = startDatabase();
        try (Connection root = connect(""); Statement sql = root.createStatement()) {
            sql.execute("CREATE DATABASE coordination CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        }
        application = startApplication();
        Http admin = new Http(new URL("http://127.0.0.1:" + appPort + "/coordination/")).as("admin", PASSWORD);

        Map<String, Integer> acknowledged = new ConcurrentHashMap<>();
        AtomicInteger unexpected = new AtomicInteger();
        AtomicInteger inDoubt = new AtomicInteger();
        AtomicBoolean writing = new AtomicBoolean(true);
        ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
        for (int w = 0; w < WRITERS; w++) {
            int writer = w;
            writers.submit(() -> {
                Http client = new Http(new URL("http://127.0.0.1:" + appPort + "/coordination/"))
                        .as("admin", PASSWORD);
                for (int i = 0; writing.get(); i++) {
                    String acronym = "W" + writer + "X" + i;
                    String key = UUID.randomUUID().toString();
                    String body = "{\"name\":\"Writer " + acronym + "\",\"acronym\":\"" + acronym
                            + "\",\"type\":\"NATIONAL_NGO\"}";
                    Instant giveUp = Instant.now().plusSeconds(240);
                    while (true) {
                        int status = post(client, "api/agencies", body, key);
                        if (status == 201 || status == 200) {
                            acknowledged.merge(acronym, 1, Integer::sum);
                            break;
                        }
                        if (status >= 500 && status != 503) {
                            unexpected.incrementAndGet();
                        }
                        if (Instant.now().isAfter(giveUp)) {
                            inDoubt.incrementAndGet();
                            break;
                        }
                        Thread.sleep(250);
                    }
                }
                return null;
            });
        }

        Thread.sleep(4_000);
        // the database dies mid-write
        database.destroyForcibly().waitFor();
        Instant killed = Instant.now();
        Map<Integer, Integer> duringOutage = new HashMap<>();
        long slowest = 0;
        while (Duration.between(killed, Instant.now()).toSeconds() < 8) {
            Instant asked = Instant.now();
            int status = admin.statusOf("api/agencies?limit=1");
            slowest = Math.max(slowest, Duration.between(asked, Instant.now()).toMillis());
            duringOutage.merge(status, 1, Integer::sum);
            Thread.sleep(500);
        }
        int ready = admin.statusOf("health/ready");
        int live = admin.statusOf("health/live");
        database = startDatabase();
        Instant back = Instant.now();
        while (admin.statusOf("api/agencies?limit=1") != 200) {
            assertThat(Duration.between(back, Instant.now()).toSeconds()).as("serving again").isLessThan(60);
            Thread.sleep(200);
        }
        double recoverySeconds = Duration.between(back, Instant.now()).toMillis() / 1000.0;

        Thread.sleep(3_000);
        // the application dies mid-write, and comes back
        application.destroyForcibly().waitFor();
        application = startApplication();
        Thread.sleep(3_000);
        writing.set(false);
        writers.shutdown();
        assertThat(writers.awaitTermination(300, TimeUnit.SECONDS)).isTrue();

        Map<String, Integer> stored = new HashMap<>();
        try (Connection db = connect("coordination"); Statement sql = db.createStatement();
             ResultSet rows = sql.executeQuery("SELECT acronym, COUNT(*) FROM partner_agency WHERE acronym LIKE 'W%X%' "
                     + "GROUP BY acronym")) {
            while (rows.next()) {
                stored.put(rows.getString(1), rows.getInt(2));
            }
        }
        long lost = acknowledged.keySet().stream().filter(a -> !stored.containsKey(a)).count();
        long duplicated = stored.values().stream().filter(n -> n > 1).count();
        HttpResponse<String> verification = admin.get(admin.app("api/audit/verification"));
        String figures = String.format("writes acknowledged %d, lost %d, duplicated %d, in doubt %d, unexpected 5xx %d;"
                        + " during the outage %s (slowest answer %d ms), readiness %d, liveness %d;"
                        + " serving again %.1f s after the database restarted; audit chain %s",
                acknowledged.size(), lost, duplicated, inDoubt.get(), unexpected.get(), duringOutage, slowest, ready, live,
                recoverySeconds, verification.body());
        LOG.info(() -> "Outage drill: " + figures);
        Files.writeString(Path.of("target", "outage-figures.txt"), figures + "\n");

        assertThat(acknowledged).hasSizeGreaterThan(20);
        assertThat(lost).isZero();
        assertThat(duplicated).isZero();
        assertThat(acknowledged.values()).allMatch(n -> n == 1);
        assertThat(inDoubt.get()).isZero();
        assertThat(unexpected.get()).isZero();
        assertThat(duringOutage.keySet()).containsOnly(503);
        assertThat(slowest).isLessThan(15_000);
        assertThat(ready).isEqualTo(503);
        assertThat(live).isEqualTo(200);
        assertThat(Http.json(verification).getBoolean("intact")).isTrue();
    }

    private static int post(Http client, String path, String body, String key) {
        try {
            return client.post(client.app(path), "application/json", body, "Idempotency-Key", key).statusCode();
        } catch (RuntimeException noAnswer) {
            return -1;
        }
    }


    private void installDatabase() throws IOException, InterruptedException {
        Process install = new ProcessBuilder("mariadb-install-db", "--no-defaults", "--datadir=" + dataDir,
                "--user=" + System.getProperty("user.name"), "--auth-root-authentication-method=normal",
                "--skip-test-db").redirectErrorStream(true).redirectOutput(dataDir.resolve("install.log").toFile())
                .start();
        assertThat(install.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(install.exitValue()).as(Files.readString(dataDir.resolve("install.log"))).isZero();
    }

    /** mariadbd itself (no wrapper), so that killing the process kills the server. */
    private Process startDatabase() throws Exception {
        String server = new File("/usr/sbin/mariadbd").canExecute() ? "/usr/sbin/mariadbd" : "mariadbd";
        Process started = new ProcessBuilder(server, "--no-defaults", "--datadir=" + dataDir,
                "--port=" + dbPort, "--bind-address=127.0.0.1", "--socket=" + dataDir.resolve("mysqld.sock"),
                "--user=" + System.getProperty("user.name"), "--skip-grant-tables", "--innodb-buffer-pool-size=64M",
                "--character-set-server=utf8mb4", "--collation-server=utf8mb4_unicode_ci")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(
                        dataDir.resolve("server.log").toFile())).start();
        processes.add(started);
        Instant deadline = Instant.now().plusSeconds(60);
        while (true) {
            try (Connection probe = connect("")) {
                return started;
            } catch (SQLException notYet) {
                assertThat(Instant.now()).as("MariaDB started").isBefore(deadline);
                Thread.sleep(200);
            }
        }
    }

    private Process startApplication() throws Exception {
        File micro = new File(System.getProperty("payara.micro.jar", "target/payara-micro.jar"));
        File war = new File(System.getProperty("coordination.war", "target/coordination.war"));
        Process started = new ProcessBuilder("java", "-Xmx512m",
                "-Dcoordination.db.url=jdbc:mysql://127.0.0.1:" + dbPort + "/coordination?connectTimeout=3000"
                        + "&socketTimeout=20000",
                "-Dcoordination.db.user=drill", "-Dcoordination.db.password=drill",
                "-Dcoordination.admin.password=" + PASSWORD, "-Dcoordination.cookies.secure=false",
                "-Dcoordination.idempotency.abandoned-after-seconds=20",
                "-jar", micro.getAbsolutePath(), "--deploy", war.getAbsolutePath(), "--contextroot", "/coordination",
                "--port", Integer.toString(appPort), "--nocluster",
                "--prebootcommandfile", System.getProperty("payara.preboot"))
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(
                        new File("target", "outage-app.log"))).start();
        processes.add(started);
        Http probe = new Http(new URL("http://127.0.0.1:" + appPort + "/coordination/"));
        Instant deadline = Instant.now().plusSeconds(180);
        while (probe.statusOf("health/ready") != 200) {
            assertThat(started.isAlive()).as("Payara Micro is running (see target/outage-app.log)").isTrue();
            assertThat(Instant.now()).as("the application started").isBefore(deadline);
            Thread.sleep(500);
        }
        return started;
    }

    private Connection connect(String database) throws SQLException {
        return Jdbc.connect("jdbc:mysql://127.0.0.1:" + dbPort + "/" + database + "?connectTimeout=2000", "root", "");
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
