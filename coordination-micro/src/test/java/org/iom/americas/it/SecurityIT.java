package org.iom.americas.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.logging.Logger;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Who may see and do what, on the deployed application and the real database: the access-control matrix (every API
 * operation × every role × own/other organisation, with the exact status), sign-in, lock-out, revocation, sign-out,
 * session fixation and expiry, a forged form post, and the security headers. One deployment; each test opens its
 * own organisations and accounts.
 */
@ExtendWith(ArquillianExtension.class)
class SecurityIT {

    private static final Logger LOG = Logger.getLogger(SecurityIT.class.getName());
    private static final String JSON = "application/json";
    private static final String PASSWORD = "Quetzal-Volcano-Road-88";

    @Deployment
    static WebArchive deployment() {
        return Deployments.coordinationWar();
    }

    @ArquillianResource
    URL base;

    /** The organisations and accounts of one test, each under a unique suffix. */
    private final class World {
        final String tag = Long.toString(System.nanoTime() % 1_000_000_000L, 36);
        final long governmentA;
        final long governmentB;
        final long agencyA;
        final long agencyB;
        final Map<String, Long> accountIds = new LinkedHashMap<>();

        World(String countryA, String countryB) {
            governmentA = government(countryA);
            governmentB = government(countryB);
            agencyA = created(admin().post(admin().app("api/agencies"), JSON,
                    "{\"name\":\"Agency A " + tag + "\",\"acronym\":\"A" + tag + "\",\"type\":\"UN_AGENCY\"}"));
            agencyB = created(admin().post(admin().app("api/agencies"), JSON,
                    "{\"name\":\"Agency B " + tag + "\",\"acronym\":\"B" + tag + "\",\"type\":\"NATIONAL_NGO\"}"));
            open("coordinator", "COORDINATOR", null, null);
            open("agency", "AGENCY", null, agencyA);
            open("agency2", "AGENCY", null, agencyB);
            open("liaison", "LIAISON", governmentA, null);
            open("liaison2", "LIAISON", governmentB, null);
        }

        /** The country's government: registered now, or found if another test registered it already. */
        private long government(String country) {
            HttpResponse<String> registered = admin().post(admin().app("api/governments"), JSON,
                    "{\"country\":\"" + country + "\",\"membershipStatus\":\"MEMBER_STATE\"}");
            if (registered.statusCode() == 409) {
                return Http.json(admin().get(admin().app("api/governments?limit=200"))).getJsonArray("items")
                        .getValuesAs(JsonObject.class).stream()
                        .filter(g -> g.getString("country").equals(country))
                        .findFirst().orElseThrow().getJsonNumber("id").longValue();
            }
            return created(registered);
        }

        String user(String role) {
            return role + "_" + tag;
        }

        private void open(String role, String kind, Long government, Long agency) {
            HttpResponse<String> opened = admin().post(admin().app("api/accounts"), JSON,
                    "{\"username\":\"" + user(role) + "\",\"displayName\":\"" + role + "\",\"role\":\"" + kind + "\""
                            + (government == null ? "" : ",\"governmentId\":" + government)
                            + (agency == null ? "" : ",\"agencyId\":" + agency)
                            + ",\"password\":\"" + PASSWORD + "\"}");
            accountIds.put(role, created(opened));
        }

        Http as(String role) {
            return role.equals("anonymous") ? new Http(base)
                    : role.equals("admin") ? admin() : new Http(base).as(user(role), PASSWORD);
        }
    }

    private record Operation(String name, Function<Http, HttpResponse<String>> call) {
    }

    @Test
    void theAccessControlMatrixHoldsForEveryRoleAndOrganisation() {
        World world = new World("BO", "CO");
        List<String> callers = List.of("anonymous", "admin", "coordinator", "agency", "agency2", "liaison", "liaison2");
        long coordinatorId = world.accountIds.get("coordinator");
        String body = "{\"membershipStatus\":\"MEMBER_STATE\",\"countryOffice\":\"updated\"}";
        List<Operation> operations = List.of(
                new Operation("GET /api/governments", h -> h.get(h.app("api/governments"))),
                new Operation("GET /api/governments/{own government}",
                        h -> h.get(h.app("api/governments/" + world.governmentA))),
                new Operation("GET /api/governments/{other government}",
                        h -> h.get(h.app("api/governments/" + world.governmentB))),
                new Operation("POST /api/governments", h -> h.post(h.app("api/governments"), JSON,
                        "{\"country\":\"XX\",\"membershipStatus\":\"MEMBER_STATE\"}")),
                new Operation("PUT /api/governments/{id}", h -> h.put(h.app("api/governments/" + world.governmentA),
                        JSON, body, "If-Match", "\"" + version(world.governmentA) + "\"")),
                new Operation("GET /api/agencies", h -> h.get(h.app("api/agencies"))),
                new Operation("GET /api/agencies/{own agency}", h -> h.get(h.app("api/agencies/" + world.agencyA))),
                new Operation("GET /api/agencies/{other agency}", h -> h.get(h.app("api/agencies/" + world.agencyB))),
                new Operation("POST /api/agencies", h -> h.post(h.app("api/agencies"), JSON, "{}")),
                new Operation("GET /api/accounts", h -> h.get(h.app("api/accounts"))),
                new Operation("GET /api/accounts/me", h -> h.get(h.app("api/accounts/me"))),
                new Operation("GET /api/accounts/{another account}", h -> h.get(h.app("api/accounts/" + coordinatorId))),
                new Operation("POST /api/accounts", h -> h.post(h.app("api/accounts"), JSON, "{}")),
                new Operation("POST /api/accounts/{id}/enable", h -> h.post(h.app("api/accounts/" + coordinatorId
                        + "/enable"), JSON, "")));
        // POST with "{}" or a country that does not exist answers 400 to whoever may post at all: authorization is
        // checked first, so everyone else sees 403 and learns nothing about the input rules
        Map<String, List<Integer>> expected = new LinkedHashMap<>();
        //                                                  anon admin coord agency agency2 liaison liaison2
        expected.put("GET /api/governments",                       List.of(401, 200, 200, 200, 200, 200, 200));
        expected.put("GET /api/governments/{own government}",      List.of(401, 200, 200, 200, 200, 200, 200));
        expected.put("GET /api/governments/{other government}",    List.of(401, 200, 200, 200, 200, 200, 200));
        expected.put("POST /api/governments",                      List.of(401, 400, 403, 403, 403, 403, 403));
        expected.put("PUT /api/governments/{id}",                  List.of(401, 200, 403, 403, 403, 403, 403));
        expected.put("GET /api/agencies",                          List.of(401, 200, 200, 200, 200, 200, 200));
        expected.put("GET /api/agencies/{own agency}",             List.of(401, 200, 200, 200, 200, 200, 200));
        expected.put("GET /api/agencies/{other agency}",           List.of(401, 200, 200, 200, 200, 200, 200));
        expected.put("POST /api/agencies",                         List.of(401, 400, 403, 403, 403, 403, 403));
        expected.put("GET /api/accounts",                          List.of(401, 200, 403, 403, 403, 403, 403));
        expected.put("GET /api/accounts/me",                       List.of(401, 200, 200, 200, 200, 200, 200));
        expected.put("GET /api/accounts/{another account}",        List.of(401, 200, 403, 403, 403, 403, 403));
        expected.put("POST /api/accounts",                         List.of(401, 400, 403, 403, 403, 403, 403));
        expected.put("POST /api/accounts/{id}/enable",             List.of(401, 200, 403, 403, 403, 403, 403));

        Map<String, List<Integer>> actual = new LinkedHashMap<>();
        StringBuilder table = new StringBuilder("\n| operation | " + String.join(" | ", callers) + " |\n");
        for (Operation operation : operations) {
            List<Integer> statuses = new ArrayList<>();
            for (String caller : callers) {
                HttpResponse<String> answer = operation.call().apply(world.as(caller));
                statuses.add(answer.statusCode());
                if (answer.statusCode() >= 400) {
                    assertThat(answer.headers().firstValue("Content-Type").orElse(""))
                            .as("%s as %s", operation.name(), caller).startsWith("application/problem+json");
                }
            }
            actual.put(operation.name(), statuses);
            table.append("| ").append(operation.name()).append(" | ")
                    .append(String.join(" | ", statuses.stream().map(String::valueOf).toList())).append(" |\n");
        }
        LOG.info(table::toString);
        assertThat(actual).isEqualTo(expected);
    }

    @Test
    void listsNeverShowAnotherOrganisationsAccounts() {
        World world = new World("DO", "JM");
        HttpResponse<String> me = world.as("liaison").get(world.as("liaison").app("api/accounts/me"));
        JsonObject account = Http.json(me);
        assertThat(account.getString("username")).isEqualTo(world.user("liaison"));
        assertThat(account.getJsonNumber("organisationId").longValue()).isEqualTo(world.governmentA);
        assertThat(account.getString("country")).isEqualTo("DO");
        assertThat(me.body()).doesNotContain("passwordHash", "pbkdf2", PASSWORD);
    }

    @Test
    void fiveWrongPasswordsLockTheAccountUntilAnAdministratorLiftsIt() {
        World world = new World("EC", "SR");
        String user = world.user("agency");
        Http right = world.as("agency");
        Http wrong = new Http(base).as(user, "not-the-password-at-all");
        for (int attempt = 1; attempt <= 5; attempt++) {
            assertThat(wrong.get(wrong.app("api/accounts/me")).statusCode()).as("attempt %d", attempt).isEqualTo(401);
        }
        assertThat(right.get(right.app("api/accounts/me")).statusCode()).as("locked even with the right password")
                .isEqualTo(401);
        assertThat(Http.json(admin().get(admin().app("api/accounts/" + world.accountIds.get("agency"))))
                .getString("lockedUntil")).endsWith("Z");

        admin().post(admin().app("api/accounts/" + world.accountIds.get("agency") + "/enable"), JSON, "");
        assertThat(right.get(right.app("api/accounts/me")).statusCode()).isEqualTo(200);
    }

    @Test
    void disablingAnAccountOrChangingItsPasswordEndsItsAccessAtOnce() {
        World world = new World("CR", "NI");
        Http agency = world.as("agency2");
        assertThat(agency.get(agency.app("api/accounts/me")).statusCode()).isEqualTo(200);
        Http browser = new Http(base);
        assertThat(browser.signIn(world.user("agency2"), PASSWORD).statusCode()).isEqualTo(302);
        assertThat(browser.get(browser.app("governments.xhtml")).statusCode()).isEqualTo(200);

        long id = world.accountIds.get("agency2");
        assertThat(admin().post(admin().app("api/accounts/" + id + "/disable"), JSON, "").statusCode()).isEqualTo(200);
        assertThat(agency.get(agency.app("api/accounts/me")).statusCode()).as("cached credentials").isEqualTo(401);
        assertThat(browser.get(browser.app("governments.xhtml")).statusCode()).as("open session").isEqualTo(302);

        admin().post(admin().app("api/accounts/" + id + "/enable"), JSON, "");
        assertThat(agency.get(agency.app("api/accounts/me")).statusCode()).isEqualTo(200);
        HttpResponse<String> weak = admin().post(admin().app("api/accounts/" + id + "/password"), JSON,
                "{\"password\":\"password1234\"}");
        assertThat(weak.statusCode()).isEqualTo(400);
        assertThat(Http.json(weak).getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("password");
        assertThat(admin().post(admin().app("api/accounts/" + id + "/password"), JSON,
                "{\"password\":\"Orinoco-Delta-Canoe-71\"}").statusCode()).isEqualTo(200);
        assertThat(agency.get(agency.app("api/accounts/me")).statusCode()).as("old password").isEqualTo(401);
        Http renewed = new Http(base).as(world.user("agency2"), "Orinoco-Delta-Canoe-71");
        assertThat(renewed.get(renewed.app("api/accounts/me")).statusCode()).isEqualTo(200);
    }

    @Test
    void signingInRenewsTheSessionAndSigningOutEndsIt() {
        World world = new World("PA", "BZ");
        Http browser = new Http(base);
        HttpResponse<String> protectedPage = browser.get(browser.app("governments.xhtml?subregion=CARIBBEAN"));
        assertThat(protectedPage.statusCode()).isEqualTo(302);
        assertThat(protectedPage.headers().firstValue("Location").orElse(""))
                .contains("login.xhtml?next=%2Fgovernments.xhtml%3Fsubregion%3DCARIBBEAN");
        String before = browser.cookie("JSESSIONID");

        HttpResponse<String> refused = browser.signIn(world.user("coordinator"), "wrong-password-here");
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("class=\"error\"");

        assertThat(browser.signIn(world.user("coordinator"), PASSWORD).statusCode()).isEqualTo(302);
        assertThat(browser.cookie("JSESSIONID")).as("a new session id after sign-in").isNotEqualTo(before);
        HttpResponse<String> page = browser.get(browser.app("governments.xhtml"));
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains(world.user("coordinator"));

        assertThat(page.body()).contains("action=\"/coordination/sign-out\"");
        HttpResponse<String> signedOut = browser.postForm(browser.app("sign-out"), Map.of());
        assertThat(signedOut.statusCode()).isEqualTo(302);
        assertThat(signedOut.headers().firstValue("Location").orElse("")).contains("login.xhtml?signedOut=true");
        assertThat(browser.get(browser.app("governments.xhtml")).statusCode()).isEqualTo(302);
    }

    @Test
    void anIdleSessionExpires() throws InterruptedException {
        World world = new World("HN", "SV");
        Http browser = new Http(base);
        browser.signIn(world.user("liaison"), PASSWORD);
        assertThat(browser.get(browser.app("index.xhtml")).statusCode()).isEqualTo(200);
        // the test installation ends sessions after 8 idle seconds (coordination.session.idle-seconds)
        Thread.sleep(10_000);
        assertThat(browser.get(browser.app("index.xhtml")).statusCode()).isEqualTo(302);
    }

    @Test
    void aForgedFormPostChangesNothing() {
        World world = new World("GY", "TT");
        Http browser = new Http(base);
        browser.signIn("admin", System.getProperty("coordination.admin.password"));
        String editing = "government-edit.xhtml?id=" + world.governmentA;
        browser.get(browser.app(editing));
        String before = admin().get(admin().app("api/governments/" + world.governmentA)).body();
        // a change that another site would like to make in the administrator's name, without the form's view state
        Map<String, String> forged = new LinkedHashMap<>(Map.of("government", "government",
                "government:membershipStatus", "OBSERVER_STATE", "government:countryOffice", "Forged office",
                "government:notes", "forged", "government:save", "Save"));
        forged.put("jakarta.faces.ViewState", "-1234567890123456789:-1234567890123456789");
        HttpResponse<String> withForgedState = browser.postForm(browser.app(editing), forged);
        forged.remove("jakarta.faces.ViewState");
        HttpResponse<String> withoutState = browser.postForm(browser.app(editing), forged);

        assertThat(List.of(withForgedState.statusCode(), withoutState.statusCode())).doesNotContain(302, 500);
        assertThat(admin().get(admin().app("api/governments/" + world.governmentA)).body()).isEqualTo(before)
                .doesNotContain("Forged office");
    }

    @Test
    void everyAnswerCarriesTheSecurityHeadersAndTheCookieIsLocked() {
        Http anonymous = new Http(base);
        for (HttpResponse<String> answer : List.of(anonymous.get(anonymous.app("login.xhtml")),
                anonymous.get(anonymous.app("api/governments")), admin().get(admin().app("api/governments")))) {
            assertThat(answer.headers().firstValue("Content-Security-Policy").orElse(""))
                    .contains("default-src 'self'", "frame-ancestors 'none'").doesNotContain("unsafe-inline");
            assertThat(answer.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
            assertThat(answer.headers().firstValue("X-Frame-Options")).hasValue("DENY");
            assertThat(answer.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
            assertThat(answer.headers().firstValue("Cache-Control")).hasValue("no-store");
        }
        HttpResponse<String> unauthenticated = anonymous.get(anonymous.app("api/governments"));
        assertThat(unauthenticated.statusCode()).isEqualTo(401);
        assertThat(unauthenticated.headers().firstValue("WWW-Authenticate").orElse("")).startsWith("Basic");
        assertThat(admin().get(admin().app("api/governments")).headers().allValues("Set-Cookie"))
                .as("the API keeps no session").isEmpty();

        HttpResponse<String> login = anonymous.get(anonymous.app("login.xhtml"));
        assertThat(login.headers().allValues("Set-Cookie")).filteredOn(c -> c.startsWith("JSESSIONID="))
                .allSatisfy(cookie -> assertThat(cookie).contains("HttpOnly").containsIgnoringCase("SameSite=Lax"));
    }

    @Test
    void theAccountsPagesAreForAdministratorsOnly() {
        World world = new World("PE", "UY");
        Http coordinator = new Http(base);
        coordinator.signIn(world.user("coordinator"), PASSWORD);
        assertThat(coordinator.get(coordinator.app("accounts.xhtml")).statusCode()).isEqualTo(403);
        assertThat(coordinator.get(coordinator.app("account-new.xhtml")).statusCode()).isEqualTo(403);

        Http administrator = new Http(base);
        administrator.signIn("admin", System.getProperty("coordination.admin.password"));
        HttpResponse<String> list = administrator.get(administrator.app("accounts.xhtml"));
        assertThat(list.statusCode()).isEqualTo(200);
        // the list is by username, a hundred a page: follow it to where this world's accounts are
        StringBuilder pages = new StringBuilder(list.body());
        java.util.regex.Matcher next = java.util.regex.Pattern.compile("id=\"next\"[^>]*href=\"([^\"]+)\"|"
                + "href=\"([^\"]+)\"[^>]*id=\"next\"").matcher(list.body());
        for (int page = 0; page < 50 && next.find(); page++) {
            String href = (next.group(1) != null ? next.group(1) : next.group(2)).replace("&amp;", "&");
            HttpResponse<String> following = administrator.get(administrator.server(href.substring(1)));
            pages.append(following.body());
            next = java.util.regex.Pattern.compile("id=\"next\"[^>]*href=\"([^\"]+)\"|"
                    + "href=\"([^\"]+)\"[^>]*id=\"next\"").matcher(following.body());
        }
        assertThat(pages.toString()).contains(world.user("liaison"), world.user("agency2"));

        Map<String, String> form = new LinkedHashMap<>(Map.of("account", "account",
                "account:username", "newcomer_" + world.tag, "account:displayName", "Nora Newcomer",
                "account:role", "LIAISON", "account:governmentId", Long.toString(world.governmentA),
                "account:password", "password1234", "account:save", "Open"));
        form.put("jakarta.faces.ViewState", Http.viewState(administrator.get(administrator.app("account-new.xhtml"))));
        HttpResponse<String> refused = administrator.postForm(administrator.app("account-new.xhtml"), form);
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).containsPattern("id=\"account:password-message\"[^>]*>[^<]+<");

        form.put("account:password", "Lake-Titicaca-Reed-Boat-3812");
        form.put("jakarta.faces.ViewState", Http.viewState(administrator.get(administrator.app("account-new.xhtml"))));
        assertThat(administrator.postForm(administrator.app("account-new.xhtml"), form).statusCode()).isEqualTo(302);
        Http newcomer = new Http(base).as("newcomer_" + world.tag, "Lake-Titicaca-Reed-Boat-3812");
        JsonObject me = Http.json(newcomer.get(newcomer.app("api/accounts/me")));
        assertThat(me.getString("role")).isEqualTo("LIAISON");
        assertThat(me.getJsonNumber("organisationId").longValue()).isEqualTo(world.governmentA);
    }

    private Http admin() {
        return Http.administrator(base);
    }

    private long version(long governmentId) {
        return Http.json(admin().get(admin().app("api/governments/" + governmentId))).getJsonNumber("version")
                .longValue();
    }

    private static long created(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return Http.createdId(response);
    }
}
