package org.iom.americas.benchmark;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Executors;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * The floor the application is measured against (benchmark R1 and R2), not a test: the same project list and
 * project reads answered with plain JDBC behind the JDK's HTTP server, with the same pool size (32 connections),
 * the same queries' results and the same JSON fields, but no authentication, access rules, validation, JPA or
 * JAX-RS. Arguments: port, JDBC URL, user, password.
 */
public final class BaselineServer {

    private static final Logger LOG = Logger.getLogger(BaselineServer.class.getName());
    private static final int POOL = 32;

    private final BlockingQueue<Connection> pool = new ArrayBlockingQueue<>(POOL);

    private BaselineServer(String url, String user, String password) throws SQLException {
        for (int i = 0; i < POOL; i++) {
            pool.add(DriverManager.getConnection(url, user, password));
        }
    }

    public static void main(String[] args) throws Exception {
        BaselineServer baseline = new BaselineServer(args[1], args[2], args[3]);
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", Integer.parseInt(args[0])), 256);
        server.setExecutor(Executors.newFixedThreadPool(POOL));
        server.createContext("/projects", baseline::answer);
        server.start();
        LOG.info(() -> "baseline listening on " + args[0]);
    }

    private void answer(HttpExchange exchange) throws IOException {
        try {
            URI uri = exchange.getRequestURI();
            String path = uri.getPath();
            Map<String, String> query = parameters(uri.getRawQuery());
            Connection db = pool.take();
            String json;
            try {
                if (path.matches("/projects/\\d+")) {
                    List<Map<String, Object>> one = projects(db, "SELECT * FROM joint_project WHERE id = ?",
                            List.of(Long.parseLong(path.substring("/projects/".length()))));
                    json = one.isEmpty() ? null : Json.write(one.get(0));
                } else {
                    int limit = Integer.parseInt(query.getOrDefault("limit", "25"));
                    List<Map<String, Object>> page = projects(db, "SELECT p.* FROM joint_project p "
                                    + "JOIN joint_project_country c ON c.project_id = p.id "
                                    + "WHERE c.country = ? AND p.status = ? ORDER BY p.id DESC LIMIT ?",
                            List.of(query.get("country"), query.get("status"), limit + 1));
                    Object next = page.size() > limit ? page.get(limit - 1).get("id") : null;
                    Map<String, Object> body = new LinkedHashMap<>();
                    body.put("items", page.subList(0, Math.min(limit, page.size())));
                    body.put("nextCursor", next == null ? null : Long.toString((Long) next, 36));
                    json = Json.write(body);
                }
            } finally {
                pool.add(db);
            }
            byte[] bytes = json == null ? new byte[0] : json.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(json == null ? 404 : 200, bytes.length == 0 ? -1 : bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        } catch (InterruptedException | SQLException | RuntimeException e) {
            byte[] bytes = String.valueOf(e).getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(500, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        } finally {
            exchange.close();
        }
    }

    /** The projects and everything the application's view of them carries, in one query per kind of detail. */
    private static List<Map<String, Object>> projects(Connection db, String sql, List<Object> parameters)
            throws SQLException {
        Map<Long, Map<String, Object>> byId = new LinkedHashMap<>();
        try (PreparedStatement select = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.size(); i++) {
                select.setObject(i + 1, parameters.get(i));
            }
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    Map<String, Object> project = new LinkedHashMap<>();
                    long id = rows.getLong("id");
                    project.put("id", id);
                    project.put("code", rows.getString("code"));
                    project.put("title", rows.getString("title"));
                    project.put("summary", rows.getString("summary"));
                    project.put("status", rows.getString("status"));
                    project.put("startDate", String.valueOf(rows.getDate("start_date")));
                    project.put("endDate", String.valueOf(rows.getDate("end_date")));
                    project.put("countries", new ArrayList<>());
                    project.put("locations", new ArrayList<>());
                    project.put("iomAreas", new ArrayList<>());
                    project.put("objectives", new ArrayList<>());
                    project.put("leadAgencyId", rows.getObject("lead_agency_id"));
                    project.put("originRequestId", rows.getObject("origin_request_id"));
                    project.put("humanitarianResponseId", rows.getObject("humanitarian_response_id"));
                    project.put("agreementId", rows.getObject("agreement_id"));
                    project.put("participants", new ArrayList<>());
                    project.put("funding", new ArrayList<>());
                    project.put("editable", false);
                    project.put("allowedActions", List.of());
                    project.put("version", rows.getLong("version"));
                    project.put("createdAt", String.valueOf(rows.getTimestamp("created_at").toInstant()));
                    project.put("updatedAt", String.valueOf(rows.getTimestamp("updated_at").toInstant()));
                    byId.put(id, project);
                }
            }
        }
        if (byId.isEmpty()) {
            return List.of();
        }
        String ids = byId.keySet().stream().map(String::valueOf).collect(Collectors.joining(","));
        detail(db, "SELECT project_id, country FROM joint_project_country WHERE project_id IN (" + ids + ")",
                (row, project) -> list(project, "countries").add(row.getString(2)), byId);
        detail(db, "SELECT project_id, country, admin1, pcode FROM joint_project_location WHERE project_id IN ("
                + ids + ")", (row, project) -> list(project, "locations").add(Map.of("country", row.getString(2),
                "admin1", row.getString(3), "pcode", String.valueOf(row.getString(4)))), byId);
        detail(db, "SELECT project_id, iom_area FROM joint_project_area WHERE project_id IN (" + ids + ")",
                (row, project) -> list(project, "iomAreas").add(row.getString(2)), byId);
        detail(db, "SELECT project_id, objective FROM joint_project_objective WHERE project_id IN (" + ids + ")",
                (row, project) -> list(project, "objectives").add(row.getInt(2)), byId);
        detail(db, "SELECT project_id, id, agency_id, government_id, role FROM project_participant "
                        + "WHERE project_id IN (" + ids + ")",
                (row, project) -> list(project, "participants").add(participant(row)), byId);
        Map<String, BigDecimal> rates = rates(db);
        detail(db, "SELECT project_id, id, donor_agency_id, currency, committed_amount, disbursed_amount "
                        + "FROM project_funding WHERE project_id IN (" + ids + ")",
                (row, project) -> list(project, "funding").add(funding(row, rates)), byId);
        for (Map<String, Object> project : byId.values()) {
            BigDecimal committed = BigDecimal.ZERO;
            BigDecimal disbursed = BigDecimal.ZERO;
            for (Object line : list(project, "funding")) {
                @SuppressWarnings("unchecked")
                Map<String, Object> funding = (Map<String, Object>) line;
                committed = committed.add(new BigDecimal(String.valueOf(money(funding, "committedUsd"))));
                disbursed = disbursed.add(new BigDecimal(String.valueOf(money(funding, "disbursedUsd"))));
            }
            project.put("totals", Map.of("committedUsd", Map.of("amount", committed.toPlainString(), "currency",
                    "USD"), "disbursedUsd", Map.of("amount", disbursed.toPlainString(), "currency", "USD"),
                    "unconverted", List.of()));
        }
        return new ArrayList<>(byId.values());
    }

    private static Object money(Map<String, Object> funding, String field) {
        @SuppressWarnings("unchecked")
        Map<String, Object> money = (Map<String, Object>) funding.get(field);
        return money == null ? "0" : money.get("amount");
    }

    private interface Row {
        void apply(ResultSet row, Map<String, Object> project) throws SQLException;
    }

    private static void detail(Connection db, String sql, Row apply, Map<Long, Map<String, Object>> byId)
            throws SQLException {
        try (PreparedStatement select = db.prepareStatement(sql); ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                apply.apply(rows, byId.get(rows.getLong(1)));
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Map<String, Object> project, String field) {
        return (List<Object>) project.get(field);
    }

    private static Map<String, Object> participant(ResultSet row) throws SQLException {
        Map<String, Object> participant = new LinkedHashMap<>();
        participant.put("id", row.getLong(2));
        participant.put("agencyId", row.getObject(3));
        participant.put("governmentId", row.getObject(4));
        participant.put("role", row.getString(5));
        return participant;
    }

    private static Map<String, Object> funding(ResultSet row, Map<String, BigDecimal> rates) throws SQLException {
        Map<String, Object> funding = new LinkedHashMap<>();
        String currency = row.getString(4);
        BigDecimal rate = "USD".equals(currency) ? BigDecimal.ONE : rates.get(currency);
        funding.put("id", row.getLong(2));
        funding.put("donorAgencyId", row.getLong(3));
        funding.put("committed", Map.of("amount", row.getBigDecimal(5).toPlainString(), "currency", currency));
        funding.put("disbursed", Map.of("amount", row.getBigDecimal(6).toPlainString(), "currency", currency));
        funding.put("committedUsd", rate == null ? null : Map.of("amount", row.getBigDecimal(5).multiply(rate)
                .setScale(2, RoundingMode.HALF_EVEN).toPlainString(), "currency", "USD"));
        funding.put("disbursedUsd", rate == null ? null : Map.of("amount", row.getBigDecimal(6).multiply(rate)
                .setScale(2, RoundingMode.HALF_EVEN).toPlainString(), "currency", "USD"));
        return funding;
    }

    private static Map<String, BigDecimal> rates(Connection db) throws SQLException {
        Map<String, BigDecimal> rates = new HashMap<>();
        try (PreparedStatement select = db.prepareStatement("SELECT currency, usd_per_unit FROM exchange_rate e "
                + "WHERE valid_from = (SELECT MAX(valid_from) FROM exchange_rate x WHERE x.currency = e.currency "
                + "AND x.valid_from <= CURRENT_DATE)"); ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                rates.put(rows.getString(1), rows.getBigDecimal(2));
            }
        }
        return rates;
    }

    private static Map<String, String> parameters(String query) {
        Map<String, String> parameters = new HashMap<>();
        if (query != null) {
            for (String pair : query.split("&")) {
                String[] parts = pair.split("=", 2);
                parameters.put(parts[0], parts.length > 1 ? java.net.URLDecoder.decode(parts[1],
                        StandardCharsets.UTF_8) : "");
            }
        }
        return parameters;
    }

    /** JSON for maps, lists, strings, numbers, booleans and nulls: all the baseline writes. */
    static final class Json {

        private Json() {
        }

        static String write(Object value) {
            StringBuilder out = new StringBuilder(4096);
            write(value, out);
            return out.toString();
        }

        private static void write(Object value, StringBuilder out) {
            if (value == null) {
                out.append("null");
            } else if (value instanceof Map<?, ?> map) {
                out.append('{');
                boolean first = true;
                for (Map.Entry<?, ?> entry : map.entrySet()) {
                    out.append(first ? "" : ",");
                    first = false;
                    string(String.valueOf(entry.getKey()), out);
                    out.append(':');
                    write(entry.getValue(), out);
                }
                out.append('}');
            } else if (value instanceof List<?> list) {
                out.append('[');
                for (int i = 0; i < list.size(); i++) {
                    out.append(i == 0 ? "" : ",");
                    write(list.get(i), out);
                }
                out.append(']');
            } else if (value instanceof Number || value instanceof Boolean) {
                out.append(value);
            } else {
                string(value.toString(), out);
            }
        }

        private static void string(String text, StringBuilder out) {
            out.append('"');
            for (char c : text.toCharArray()) {
                switch (c) {
                    case '"' -> out.append("\\\"");
                    case '\\' -> out.append("\\\\");
                    case '\n' -> out.append("\\n");
                    default -> out.append(c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
                }
            }
            out.append('"');
        }
    }
}
