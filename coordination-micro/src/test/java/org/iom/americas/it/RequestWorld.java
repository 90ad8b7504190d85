package org.iom.americas.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The people of the request tests: a coordinator, a liaison of each of two governments and an agency, each with
 * an e-mail address of their own; fresh names per test, so tests share the database without seeing each other.
 */
final class RequestWorld {

    static final String JSON = "application/json";
    static final String PASSWORD = "Copan-Ruins-Stairway-775";

    final String tag = Long.toString(System.nanoTime() % 1_000_000_000L, 36);
    final URL base;
    final long government;
    final long otherGovernment;
    final Map<String, Long> accountIds = new LinkedHashMap<>();
    final long agency;
    final long otherAgency;

    RequestWorld(URL base, String country, String otherCountry) {
        this.base = base;
        government = government(country);
        otherGovernment = government(otherCountry);
        agency = Http.createdId(admin().post(admin().app("api/agencies"), JSON,
                "{\"name\":\"Agency " + tag + "\",\"acronym\":\"R" + tag + "\",\"type\":\"INTERNATIONAL_NGO\"}"));
        otherAgency = Http.createdId(admin().post(admin().app("api/agencies"), JSON,
                "{\"name\":\"Other agency " + tag + "\",\"acronym\":\"S" + tag + "\",\"type\":\"DONOR\"}"));
        open("coordinator", "COORDINATOR", null, null, "en");
        open("liaison", "LIAISON", government, null, "es");
        open("liaison2", "LIAISON", otherGovernment, null, "fr");
        open("agency", "AGENCY", null, agency, "pt");
        open("agency2", "AGENCY", null, otherAgency, "en");
    }

    Http admin() {
        return Http.administrator(base);
    }

    Http as(String role) {
        return new Http(base).as(user(role), PASSWORD);
    }

    String user(String role) {
        return role + "_" + tag;
    }

    String email(String role) {
        return user(role) + "@example.org";
    }

    /** A request drafted by the liaison, with a budget. */
    long draft(String title, String urgency) {
        HttpResponse<String> drafted = as("liaison").post(as("liaison").app("api/requests"), JSON, body(title,
                urgency, "\"budget\":{\"amount\":\"250000.00\",\"currency\":\"USD\"}"));
        assertThat(drafted.statusCode()).as(drafted.body()).isEqualTo(201);
        return Http.createdId(drafted);
    }

    static String body(String title, String urgency, String extra) {
        return "{\"type\":\"BORDER_MANAGEMENT\",\"title\":\"" + title + "\",\"description\":\"Training for border "
                + "officials at the northern crossings\",\"country\":\"MX\",\"locations\":[\"Chiapas\",\"Tabasco\"],"
                + "\"iomAreas\":[\"REGULATED_MIGRATION\"],\"objectives\":[11,23],\"urgency\":\"" + urgency + "\","
                + "\"requestedStart\":\"2027-03-01\"" + (extra.isEmpty() ? "" : "," + extra) + "}";
    }

    JsonObject act(String role, long request, String action, String note) {
        HttpResponse<String> answer = as(role).post(as(role).app("api/requests/" + request + "/" + action), JSON,
                note == null ? "{}" : "{\"note\":\"" + note + "\"}");
        assertThat(answer.statusCode()).as(action + ": " + answer.body()).isEqualTo(200);
        return Http.json(answer);
    }

    private long government(String country) {
        HttpResponse<String> registered = admin().post(admin().app("api/governments"), JSON,
                "{\"country\":\"" + country + "\",\"membershipStatus\":\"MEMBER_STATE\"}");
        if (registered.statusCode() == 409) {
            return Http.json(admin().get(admin().app("api/governments?limit=200"))).getJsonArray("items")
                    .getValuesAs(JsonObject.class).stream().filter(g -> g.getString("country").equals(country))
                    .findFirst().orElseThrow().getJsonNumber("id").longValue();
        }
        return Http.createdId(registered);
    }

    void open(String role, String kind, Long governmentId, Long agencyId, String language) {
        HttpResponse<String> opened = admin().post(admin().app("api/accounts"), JSON,
                "{\"username\":\"" + user(role) + "\",\"displayName\":\"" + role + " " + tag + "\",\"email\":\""
                        + email(role) + "\",\"role\":\"" + kind + "\",\"preferredLanguage\":\"" + language + "\""
                        + (governmentId == null ? "" : ",\"governmentId\":" + governmentId)
                        + (agencyId == null ? "" : ",\"agencyId\":" + agencyId)
                        + ",\"password\":\"" + PASSWORD + "\"}");
        assertThat(opened.statusCode()).as(opened.body()).isEqualTo(201);
        accountIds.put(role, Http.createdId(opened));
    }
}
