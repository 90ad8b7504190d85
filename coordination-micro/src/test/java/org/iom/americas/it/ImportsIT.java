package org.iom.americas.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.iom.americas.it.RequestWorld.JSON;

import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Bulk import on the deployed application and the real database: a file with a wrong row creates nothing in
 * all-or-nothing mode and exactly the good rows row by row; a dry run changes nothing; importing the same file
 * again is a no-op; CSV, XLSX and HXL-tagged files are read; problems name their row and column; hostile cells
 * are kept as text.
 */
@ExtendWith(ArquillianExtension.class)
class ImportsIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.coordinationWar();
    }

    @ArquillianResource
    URL base;

    @Test
    void aWrongRowStopsAllOrNothingAndOnlyTheGoodRowsGoInRowByRowAndAgainChangesNothing() {
        String tag = Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase();
        Http admin = Http.administrator(base);
        String file = "acronym,name,type,countries,iomAreas,website\n"
                + "A" + tag + ",Asociación " + tag + ",NATIONAL_NGO,HN;GT,FORCED_MIGRATION,https://a.example\n"
                + "B" + tag + ",\"=HYPERLINK(\"\"http://evil.example\"\")\",INTERNATIONAL_NGO,MX,,\n"
                + "C" + tag + ",Charity " + tag + ",CHARITY,XX,,not a site\n";

        JsonObject refused = finished(admin, start(admin, "agencies", "all-or-nothing", "agencies.csv", file));
        assertThat(refused.getBoolean("imported")).isFalse();
        assertThat(refused.getInt("created")).isZero();
        assertThat(refused.getInt("rejected")).isEqualTo(1);
        JsonObject wrong = refused.getJsonArray("outcomes").getValuesAs(JsonObject.class).stream()
                .filter(o -> o.getString("result").equals("REJECTED")).findFirst().orElseThrow();
        assertThat(wrong.getInt("row")).isEqualTo(4);
        assertThat(wrong.getJsonArray("problems").getValuesAs(JsonObject.class))
                .extracting(p -> p.getString("column")).contains("C (type)");
        assertThat(agencies(admin, tag)).isEmpty();

        JsonObject dryRun = finished(admin, start(admin, "agencies", "dry-run", "agencies.csv", file));
        assertThat(dryRun.getInt("created")).isEqualTo(2);
        assertThat(dryRun.getBoolean("imported")).isFalse();
        assertThat(agencies(admin, tag)).isEmpty();

        JsonObject imported = finished(admin, start(admin, "agencies", "row-by-row", "agencies.csv", file));
        assertThat(imported.getBoolean("imported")).isTrue();
        assertThat(List.of(imported.getInt("created"), imported.getInt("updated"), imported.getInt("unchanged"),
                imported.getInt("rejected"))).containsExactly(2, 0, 0, 1);
        List<JsonObject> kept = agencies(admin, tag);
        assertThat(kept).extracting(a -> a.getString("acronym")).containsExactlyInAnyOrder("A" + tag, "B" + tag);
        // a formula is kept as the text it is, never run
        assertThat(kept).extracting(a -> a.getString("name")).contains("=HYPERLINK(\"http://evil.example\")");

        JsonObject again = finished(admin, start(admin, "agencies", "row-by-row", "agencies.csv", file));
        assertThat(List.of(again.getInt("created"), again.getInt("updated"), again.getInt("unchanged"),
                again.getInt("rejected"))).containsExactly(0, 0, 2, 1);
        assertThat(agencies(admin, tag)).hasSize(2);

        JsonObject renamed = finished(admin, start(admin, "agencies", "row-by-row", "agencies.csv",
                file.replace("Asociación " + tag, "Asociación Hondureña " + tag)));
        assertThat(List.of(renamed.getInt("created"), renamed.getInt("updated"), renamed.getInt("unchanged")))
                .containsExactly(0, 1, 1);

        HttpResponse<String> report = admin.get(admin.app("api/imports/" + imported.getJsonNumber("id")
                + "/report"));
        assertThat(report.statusCode()).isEqualTo(200);
        assertThat(Csv.parse(report.body())).anySatisfy(line -> assertThat(line).containsSequence("4", "REJECTED"))
                .anySatisfy(line -> assertThat(line).contains("CREATED"));

        Http page = new Http(base);
        page.signIn("admin", System.getProperty("coordination.admin.password"));
        assertThat(page.get(page.app("import.xhtml?job=" + imported.getJsonNumber("id"))).body())
                .contains("id=\"problems\"", "C (type)", "id=\"created\">2<");
    }

    @Test
    void projectsFromAWorkbookAndReportsFromAnHxlFileAreImportedOnceWithinTheImportersRights() throws IOException {
        RequestWorld world = new RequestWorld(base, "MX", "CA");
        Http coordinator = world.as("coordinator");
        String acronym = "R" + world.tag;
        byte[] workbook = workbook(List.of(
                List.of("title", "leadAgency", "countries", "locations", "iomAreas", "objectives", "startDate",
                        "endDate"),
                List.of("Shelter network " + world.tag, acronym, "MX", "MX: Chiapas (MX07); MX: Tabasco",
                        "FORCED_MIGRATION", "7;13", LocalDate.of(2027, 2, 1), LocalDate.of(2027, 12, 31)),
                List.of("Legal aid " + world.tag, acronym, "MX", "MX: Chiapas", "FORCED_MIGRATION", "",
                        LocalDate.of(2027, 3, 1), "")));
        JsonObject projects = finished(coordinator, start(coordinator, "projects", "row-by-row", "projects.xlsx",
                workbook));
        assertThat(projects.getInt("created")).as(projects.toString()).isEqualTo(2);
        List<Long> ids = projects.getJsonArray("outcomes").getValuesAs(JsonObject.class).stream()
                .map(o -> o.getJsonNumber("recordId").longValue()).toList();
        JsonObject shelter = Http.json(coordinator.get(coordinator.app("api/projects/" + ids.get(0))));
        assertThat(shelter.getJsonArray("locations").getJsonObject(0).getString("pcode")).isEqualTo("MX07");
        assertThat(Http.strings(shelter, "countries")).containsExactly("MX");
        JsonObject again = finished(coordinator, start(coordinator, "projects", "row-by-row", "projects.xlsx",
                workbook));
        assertThat(List.of(again.getInt("created"), again.getInt("unchanged"))).containsExactly(0, 2);

        String code = shelter.getString("code");
        String hxl = "Project,Organisation,Sector,Activity,Country,Admin 1,Start,End,Reached,Women,Girls,Refugees\n"
                + "#activity+project+code,#org+impl,#sector,#activity,#country+code,#adm1+name,#date+start,"
                + "#date+end,#reached,#reached+f+adults,#reached+children+f,#reached+refugees\n"
                + code + "," + acronym + ",FORCED_MIGRATION,Shelter nights,MX,Chiapas,2027-02-01,2027-02-28,120,40,"
                + "30,100\n"
                + code + "," + acronym + ",FORCED_MIGRATION,Legal counselling,MX,Chiapas,2027-02-01,2027-02-28,10,"
                + "40,30,5\n";
        JsonObject none = finished(coordinator, start(coordinator, "reports", "all-or-nothing", "3w.csv", hxl));
        assertThat(none.getBoolean("imported")).isFalse();
        assertThat(array(coordinator, "api/projects/" + ids.get(0) + "/reports")).isEmpty();
        JsonObject refusedRow = none.getJsonArray("outcomes").getValuesAs(JsonObject.class).stream()
                .filter(o -> o.getString("result").equals("REJECTED")).findFirst().orElseThrow();
        // 70 women and girls out of 10 in all: said in the total's column
        assertThat(refusedRow.getInt("row")).isEqualTo(4);
        assertThat(refusedRow.getJsonArray("problems").getJsonObject(0).getString("column")).isEqualTo("I (Reached)");

        // a partner that does not take part reports nothing here, whatever its file says
        Http outsider = world.as("agency2");
        JsonObject foreign = finished(outsider, start(outsider, "reports", "row-by-row", "3w.csv", hxl));
        assertThat(foreign.getInt("created")).isZero();
        assertThat(foreign.getInt("rejected")).isEqualTo(2);

        Http lead = world.as("agency");
        JsonObject reported = finished(lead, start(lead, "reports", "row-by-row", "3w.csv", hxl));
        assertThat(List.of(reported.getInt("created"), reported.getInt("rejected"))).containsExactly(1, 1);
        List<JsonObject> reports = array(coordinator, "api/projects/" + ids.get(0) + "/reports");
        assertThat(reports).singleElement().satisfies(r -> {
            assertThat(r.getJsonObject("reached").getInt("femaleAdults")).isEqualTo(40);
            assertThat(r.getJsonObject("reached").getInt("femaleChildren")).isEqualTo(30);
            assertThat(r.getJsonObject("reached").getInt("refugees")).isEqualTo(100);
        });
        JsonObject twice = finished(lead, start(lead, "reports", "row-by-row", "3w.csv", hxl));
        assertThat(List.of(twice.getInt("created"), twice.getInt("updated"), twice.getInt("unchanged")))
                .containsExactly(0, 0, 1);
        assertThat(array(coordinator, "api/projects/" + ids.get(0) + "/reports")).hasSize(1);

        // agencies keep no register of agencies; a file without its key column is refused whole
        assertThat(lead.postBytes(lead.app("api/imports/agencies?mode=dry-run&fileName=a.csv"), "text/csv",
                "acronym,name,type\nX,Y,DONOR\n".getBytes(StandardCharsets.UTF_8)).statusCode()).isEqualTo(403);
        HttpResponse<String> noKey = coordinator.postBytes(coordinator.app("api/imports/reports?mode=dry-run"
                + "&fileName=r.csv"), "text/csv", "activity,country\nx,MX\n".getBytes(StandardCharsets.UTF_8));
        assertThat(noKey.statusCode()).isEqualTo(400);
        assertThat(Http.json(noKey).getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("file");
        assertThat(coordinator.postBytes(coordinator.app("api/imports/reports?mode=dry-run&fileName=r.csv"),
                "text/csv", new byte[] {(byte) 0xC3, 0x28, (byte) 0xFF, 0x0A}).statusCode()).isEqualTo(415);
        assertThat(coordinator.postBytes(coordinator.app("api/imports/reports?mode=sometimes&fileName=r.csv"),
                "text/csv", hxl.getBytes(StandardCharsets.UTF_8)).statusCode()).isEqualTo(400);
        HttpResponse<String> template = coordinator.get(coordinator.app("api/imports/templates/reports"));
        assertThat(Csv.parse(template.body()).get(1)).contains("#reached+f+children", "#org+impl");
    }

    private static URI start(Http caller, String kind, String mode, String fileName, String content) {
        return start(caller, kind, mode, fileName, content.getBytes(StandardCharsets.UTF_8));
    }

    private static URI start(Http caller, String kind, String mode, String fileName, byte[] content) {
        HttpResponse<String> started = caller.postBytes(caller.app("api/imports/" + kind + "?mode=" + mode
                + "&fileName=" + URLEncoder.encode(fileName, StandardCharsets.UTF_8)), "application/octet-stream",
                content);
        assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
        return URI.create(started.headers().firstValue("Location").orElseThrow());
    }

    /** Follows an import until it is done (the rows are applied in the background). */
    private static JsonObject finished(Http caller, URI job) {
        for (int attempt = 0; attempt < 600; attempt++) {
            HttpResponse<String> state = caller.get(job);
            assertThat(state.statusCode()).as(state.body()).isEqualTo(200);
            JsonObject view = Http.json(state);
            if (!view.getString("state").equals("RUNNING")) {
                assertThat(view.getString("state")).as(view.toString()).isEqualTo("DONE");
                return view;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("the import did not finish within a minute: " + job);
    }

    private static List<JsonObject> agencies(Http caller, String tag) {
        return array(caller, "api/agencies?q=" + tag + "&limit=200");
    }

    private static List<JsonObject> array(Http caller, String path) {
        HttpResponse<String> answer = caller.get(caller.app(path));
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return Http.json(answer).getJsonArray("items").getValuesAs(JsonObject.class);
    }

    private static byte[] workbook(List<List<Object>> rows) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Projects");
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    Object value = rows.get(r).get(c);
                    if (value instanceof LocalDate day) {
                        row.createCell(c).setCellValue(day);
                        row.getCell(c).setCellStyle(date);
                    } else {
                        row.createCell(c).setCellValue(String.valueOf(value));
                    }
                }
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }
}
