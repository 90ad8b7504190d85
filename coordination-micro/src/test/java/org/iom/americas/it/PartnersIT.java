package org.iom.americas.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.iom.americas.it.RequestWorld.JSON;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
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
 * The partner registry on the deployed application: agencies with where and in what they work, found whatever
 * the accents; government institutions; the liaisons of each government, kept private to IOM and that government.
 */
@ExtendWith(ArquillianExtension.class)
class PartnersIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.coordinationWar();
    }

    @ArquillianResource
    URL base;

    @Test
    void agenciesAreFoundByNameOrAcronymWhateverTheAccentsAndFilteredByWhereAndWhat() throws Exception {
        RequestWorld world = new RequestWorld(base, "MX", "CA");
        Http admin = world.admin();
        long mexican = register(admin, "{\"name\":\"Fundación Ayuda México " + world.tag + "\",\"acronym\":\"FAM"
                + world.tag + "\",\"type\":\"NATIONAL_NGO\",\"website\":\"https://ayuda.example.mx\","
                + "\"contactEmail\":\"info@ayuda.example.mx\",\"countries\":[\"MX\",\"GT\"],"
                + "\"iomAreas\":[\"FORCED_MIGRATION\"]}");
        register(admin, "{\"name\":\"Canadian Relief " + world.tag + "\",\"acronym\":\"CR" + world.tag
                + "\",\"type\":\"DONOR\",\"countries\":[\"CA\"],\"iomAreas\":[\"MIGRATION_AND_DEVELOPMENT\"]}");

        Http liaison = world.as("liaison");
        assertThat(liaison.ids("api/agencies?q=mexico%20" + world.tag)).containsExactly(mexican);
        assertThat(liaison.ids("api/agencies?q=AYUDA%20M%C3%89XICO%20" + world.tag)).containsExactly(mexican);
        assertThat(liaison.ids("api/agencies?q=fam" + world.tag)).containsExactly(mexican);
        assertThat(liaison.ids("api/agencies?q=" + world.tag + "&country=GT")).containsExactly(mexican);
        assertThat(liaison.ids("api/agencies?q=" + world.tag + "&iomArea=FORCED_MIGRATION&type=NATIONAL_NGO"))
                .containsExactly(mexican);
        assertThat(liaison.ids("api/agencies?q=" + world.tag)).hasSize(4);
        // a wildcard typed by a user is a character, not a pattern
        assertThat(liaison.ids("api/agencies?q=%25")).isEmpty();
        assertThat(liaison.get(liaison.app("api/agencies?type=ROGUE")).statusCode()).isEqualTo(400);
        register(admin, "{\"name\":\"=2+3 " + world.tag + "\",\"acronym\":\"EQ" + world.tag
                + "\",\"type\":\"ACADEMIC\"}");
        HttpResponse<String> csv = liaison.get(liaison.app("api/agencies?format=csv&q=" + world.tag));
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
        List<List<String>> rows = Csv.parse(csv.body());
        assertThat(rows.get(0)).contains("id", "name", "acronym", "type", "countries", "iomAreas");
        int name = rows.get(0).indexOf("name");
        int countries = rows.get(0).indexOf("countries");
        assertThat(rows.subList(1, rows.size())).extracting(r -> r.get(name))
                .contains("Fundación Ayuda México " + world.tag, "'=2+3 " + world.tag);
        assertThat(rows.stream().filter(r -> r.get(name).startsWith("Fundación")).findFirst().orElseThrow()
                .get(countries)).isEqualTo("GT; MX");
        HttpResponse<byte[]> xlsx = liaison.getBytes(liaison.app("api/agencies?format=xlsx&q=" + world.tag));
        assertThat(xlsx.statusCode()).isEqualTo(200);
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
                new java.io.ByteArrayInputStream(xlsx.body()))) {
            org.apache.poi.ss.usermodel.Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(name).getStringCellValue()).isEqualTo("name");
            List<org.apache.poi.ss.usermodel.Cell> names = new java.util.ArrayList<>();
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                names.add(sheet.getRow(r).getCell(name));
            }
            assertThat(names).extracting(org.apache.poi.ss.usermodel.Cell::getStringCellValue)
                    .contains("Fundación Ayuda México " + world.tag, "'=2+3 " + world.tag);
            assertThat(names).extracting(org.apache.poi.ss.usermodel.Cell::getCellType)
                    .containsOnly(org.apache.poi.ss.usermodel.CellType.STRING);
        }
        Http pages = new Http(base);
        pages.signIn(world.user("coordinator"), RequestWorld.PASSWORD);
        HttpResponse<String> search = pages.get(pages.app("agencies.xhtml?q=mexico+" + world.tag));
        assertThat(search.statusCode()).isEqualTo(200);
        assertThat(search.body()).contains("Fundación Ayuda México " + world.tag, "https://ayuda.example.mx")
                .doesNotContain("Canadian Relief " + world.tag);

        HttpResponse<String> duplicate = admin.post(admin.app("api/agencies"), JSON, "{\"name\":\"Other\","
                + "\"acronym\":\"FAM" + world.tag + "\",\"type\":\"ACADEMIC\"}");
        assertThat(duplicate.statusCode()).isEqualTo(409);
        assertThat(Http.json(duplicate).getJsonArray("errors").getJsonObject(0).getString("message"))
                .contains("FAM" + world.tag);
        HttpResponse<String> unknownCountry = admin.post(admin.app("api/agencies"), JSON, "{\"name\":\"X\","
                + "\"acronym\":\"X" + world.tag + "\",\"type\":\"ACADEMIC\",\"countries\":[\"FR\"]}");
        assertThat(unknownCountry.statusCode()).isEqualTo(400);

        JsonObject read = Http.json(admin.get(admin.app("api/agencies/" + mexican)));
        HttpResponse<String> retired = admin.put(admin.app("api/agencies/" + mexican), JSON, "{\"name\":\""
                + read.getString("name") + "\",\"type\":\"NATIONAL_NGO\",\"active\":false,\"countries\":[\"MX\"],"
                + "\"iomAreas\":[\"FORCED_MIGRATION\"],\"version\":" + read.getJsonNumber("version") + "}");
        assertThat(retired.statusCode()).as(retired.body()).isEqualTo(200);
        assertThat(Http.json(retired).getBoolean("active")).isFalse();
        assertThat(liaison.ids("api/agencies?q=" + world.tag + "&active=false")).containsExactly(mexican);
        assertThat(world.as("coordinator").put(world.as("coordinator").app("api/agencies/" + mexican), JSON,
                "{\"name\":\"x\",\"type\":\"DONOR\",\"active\":true,\"version\":0}").statusCode()).isEqualTo(403);
    }

    @Test
    void aGovernmentKeepsItsInstitutionsAndItsLiaisonsStayPrivate() {
        RequestWorld world = new RequestWorld(base, "MX", "CA");
        Http admin = world.admin();
        JsonObject government = Http.json(admin.get(admin.app("api/governments/" + world.government)));
        HttpResponse<String> revised = admin.put(admin.app("api/governments/" + world.government), JSON,
                "{\"membershipStatus\":\"" + government.getString("membershipStatus") + "\",\"version\":"
                        + government.getJsonNumber("version") + ",\"institutions\":[\"Instituto Nacional de "
                        + "Migración " + world.tag + "\",\"Secretaría de Relaciones Exteriores\"]}");
        assertThat(revised.statusCode()).as(revised.body()).isEqualTo(200);
        assertThat(Http.json(revised).getJsonArray("institutions").getValuesAs(JsonString.class))
                .extracting(JsonString::getString).contains("Instituto Nacional de Migración " + world.tag);

        Http coordinator = world.as("coordinator");
        String person = "{\"governmentId\":" + world.government + ",\"fullName\":\"Ana Pérez " + world.tag + "\","
                + "\"title\":\"Directora\",\"institution\":\"INM\",\"email\":\"ana." + world.tag
                + "@inm.example.mx\",\"phone\":\"+52 55 1234 5678\",\"preferredLanguage\":\"es\",\"accountId\":"
                + world.accountIds.get("liaison") + "}";
        HttpResponse<String> registered = coordinator.post(coordinator.app("api/liaisons"), JSON, person);
        assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);
        long id = Http.createdId(registered);
        assertThat(coordinator.post(coordinator.app("api/liaisons"), JSON, person.replace("Ana", "Ana María"))
                .statusCode()).isEqualTo(409);
        String wrongAccount = person.replace("ana.", "otra.").replace("\"accountId\":" + world.accountIds.get("liaison"),
                "\"accountId\":" + world.accountIds.get("liaison2"));
        HttpResponse<String> refused = coordinator.post(coordinator.app("api/liaisons"), JSON, wrongAccount);
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(Http.json(refused).getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("accountId");
        HttpResponse<String> badPhone = coordinator.post(coordinator.app("api/liaisons"), JSON,
                person.replace("ana.", "tel.").replace("+52 55 1234 5678", "<script>"));
        assertThat(badPhone.statusCode()).isEqualTo(400);

        Http ownLiaison = world.as("liaison");
        assertThat(ownLiaison.get(ownLiaison.app("api/liaisons/" + id)).statusCode()).isEqualTo(200);
        assertThat(ownLiaison.ids("api/liaisons?limit=200")).contains(id);
        Http otherLiaison = world.as("liaison2");
        assertThat(otherLiaison.get(otherLiaison.app("api/liaisons/" + id)).statusCode()).isEqualTo(404);
        assertThat(otherLiaison.ids("api/liaisons?limit=200")).doesNotContain(id);
        assertThat(otherLiaison.ids("api/liaisons?governmentId=" + world.government)).isEmpty();
        Http agency = world.as("agency");
        assertThat(agency.get(agency.app("api/liaisons")).statusCode()).isEqualTo(403);
        assertThat(ownLiaison.post(ownLiaison.app("api/liaisons"), JSON, person).statusCode()).isEqualTo(403);
    }

    @Test
    void aPartnersSystemUsesAPersonalTokenUntilItIsRevoked() {
        RequestWorld world = new RequestWorld(base, "MX", "CA");
        Http admin = world.admin();
        long account = world.accountIds.get("liaison");
        HttpResponse<String> issued = admin.post(admin.app("api/accounts/" + account + "/tokens"), JSON,
                "{\"name\":\"Ministry case system\"}");
        assertThat(issued.statusCode()).as(issued.body()).isEqualTo(201);
        assertThat(issued.headers().firstValue("Cache-Control")).contains("no-store");
        String token = Http.json(issued).getString("token");
        long tokenId = Http.json(issued).getJsonNumber("id").longValue();
        assertThat(token).startsWith("iomc_").hasSizeGreaterThan(40);

        Http system = new Http(base);
        HttpResponse<String> own = system.get(system.app("api/accounts/me"), "Authorization", "Bearer " + token);
        assertThat(own.statusCode()).isEqualTo(200);
        assertThat(Http.json(own).getString("username")).isEqualTo(world.user("liaison"));
        // the token carries the account's rights, no more
        assertThat(system.get(system.app("api/accounts"), "Authorization", "Bearer " + token).statusCode())
                .isEqualTo(403);
        assertThat(system.get(system.app("api/requests"), "Authorization", "Bearer " + token + "x").statusCode())
                .isEqualTo(401);
        assertThat(Http.json(admin.get(admin.app("api/accounts/" + account + "/tokens"))).toString())
                .contains("Ministry case system").doesNotContain(token);
        assertThat(Http.json(admin.get(admin.app("api/audit?recordType=ApiToken&recordId=" + tokenId))).toString())
                .contains("[redacted]").doesNotContain(token.substring(5));
        assertThat(world.as("coordinator").post(world.as("coordinator").app("api/accounts/" + account + "/tokens"),
                JSON, "{\"name\":\"x\"}").statusCode()).isEqualTo(403);

        assertThat(admin.delete(admin.app("api/accounts/" + account + "/tokens/" + tokenId)).statusCode())
                .isEqualTo(204);
        assertThat(system.get(system.app("api/accounts/me"), "Authorization", "Bearer " + token).statusCode())
                .isEqualTo(401);
    }

    private static long register(Http admin, String body) {
        HttpResponse<String> created = admin.post(admin.app("api/agencies"), JSON, body);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return Http.createdId(created);
    }

}
