package org.vfmworkbook.nationaldata;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.vfmworkbook.testing.EarlierYearWorkbook;
import org.vfmworkbook.testing.PackagedApp;
import org.vfmworkbook.testing.PageClient;
import org.vfmworkbook.testing.PdfText;
import org.vfmworkbook.testing.XlsxSurgery;

/**
 * A second year's finance and activity workbook imported into the packaged application, all or nothing (issue 13, F.6).
 * No workbook for another year is among the shipped files (`data/raw/` holds 2021-22 only), so the second year is a
 * 2020-21 workbook built by {@link EarlierYearWorkbook} from the shipped 2021-22 file's own 2020-21 columns: real format,
 * every sheet and header as NHS Digital lays them out, every year label moved back one year, and empty where the
 * 2021-22 file publishes nothing for 2020-21. It is imported with the {@code import} command, as an administrator would
 * from the command line; a broken copy is refused whole and leaves the first year as it was. After the import the trend
 * is shown with the imported year's figure on the step page, in both report PDFs, in the regional view of that year and in
 * a peer-challenge session's pack, and the CSV carries every year (issue 13, F.6).
 */
class SecondWorkbookYearIT {

    private static final String KENT = "E10000016";
    private static final String FILE = "ASCFR and SALT Data Tables 2020-21.xlsx";
    private static final String SOUTH_EAST = "E12000008";
    private static final String SURREY = "E10000030";
    private static final String REVIEWER = "reviewer@example.org";
    private static final String NURSING_65 = "unit-cost-nursing-65-plus";
    /** Kent's 2020-21 nursing unit cost 65+ in the imported file (published: £738); shown as £778 a week. */
    private static final double MARKER = 777.7;

    private static final String MARKER_SHOWN = "£778 a week";

    @TempDir
    Path dataDir;

    @TempDir
    Path files;

    private PackagedApp app;
    private final HttpClient http = HttpClient.newHttpClient();

    @AfterEach
    void stop() throws InterruptedException {
        app.stop();
    }

    @Test
    void aSecondWorkbookYearIsImportedWholeOrNotAtAllAndItsTrendIsShownWhereverTheFiguresAre() throws Exception {
        app = PackagedApp.of(dataDir, Paths.get("target", "second-year-it.log"));
        app.start();
        String yearsBefore = get("/api/years");
        assertThat(yearsBefore).contains("\"2021-22\"", "\"2020-21\"");
        String before = get("/api/councils/" + KENT + "/metrics.csv");
        // before: 2020-21 comes from the 2021-22 file's previous-year column (T52 row 158, column F)
        assertThat(row(before, "2020-21", "unit-cost-nursing-18-64")).contains(",906.4", "T52!F158");
        app.stop();

        // One cell of the 2020-21 workbook is given a marker, so that a figure on a page provably comes from the
        // imported
        // file, not from the 2021-22 file's previous-year columns (which give 2020-21 figures before the import):
        // Kent's
        // 2020-21 nursing unit cost 65+, in the cell the 2021-22 file gives its own year's figure in.
        String nursingCell = cell(row(before, "2021-22", NURSING_65));
        byte[] earlier = XlsxSurgery.of(EarlierYearWorkbook.from(Files.readAllBytes(
                        Paths.get("src/main/resources/national-data/ASCFR and SALT Data Tables 2021-22.xlsx"))))
                .putNumber("T52", nursingCell, MARKER)
                .bytes();

        // A broken copy (text where T52 has a unit cost) is refused with the cell named, and nothing is stored
        Path broken = files.resolve(FILE);
        Files.write(
                broken,
                XlsxSurgery.of(earlier).putText("T52", "I158", "about 900").bytes());
        PackagedApp.CommandRun refused = app.runCommand("import", "ascfr-salt", broken.toString());
        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.output()).contains(FILE + ", sheet T52, row 158, column I: \"about 900\" is not a number");
        app.start();
        assertThat(get("/api/years")).isEqualTo(yearsBefore);
        assertThat(get("/api/councils/" + KENT + "/metrics.csv")).isEqualTo(before);
        app.stop();

        // The whole file is imported as 2020-21: its own-year columns now give 2020-21, the 2021-22 year is untouched
        Path good = files.resolve("good").resolve(FILE);
        Files.createDirectories(good.getParent());
        Files.write(good, earlier);
        PackagedApp.CommandRun imported = app.runCommand("import", "ascfr-salt", good.toString());
        assertThat(imported.exitCode()).as(imported.output()).isZero();
        assertThat(imported.output()).contains("Imported ASCFR_SALT 2020-21 from " + FILE);
        app.start();
        assertThat(get("/api/years")).isEqualTo(yearsBefore);
        assertThat(get("/api/councils/" + KENT + "/metrics")).contains("\"year\":\"2021-22\"");
        String after = get("/api/councils/" + KENT + "/metrics.csv");
        assertThat(row(after, "2020-21", "unit-cost-nursing-18-64")).contains(",906.4", "T52!I158");
        assertThat(row(after, "2021-22", "unit-cost-nursing-18-64")).contains(",963.8", "T52!I158");
        assertThat(after.lines().skip(1).map(l -> l.split(",")[2]).distinct().toList())
                .containsExactly(
                        "2015-16", "2016-17", "2017-18", "2018-19", "2019-20", "2020-21", "2021-22", "2022-23");
        // a table the 2020-21 file leaves empty (T7 publishes one year) is still not published for 2020-21, never 0
        assertThat(row(after, "2020-21", "nhs-income-share-of-gce")).contains(",,Not published for this year,");
        assertThat(row(after, "2020-21", NURSING_65)).contains("," + MARKER + ",", "T52!" + nursingCell);

        theTrendAppearsWhereverTheFiguresAre();
    }

    /**
     * With the two years held, Kent's nursing unit cost 65+ (a key measure of step 9) is shown over 2020-21 and 2021-22
     * with the imported 2020-21 figure (the marker, £778 a week) on the step page, in the full report's trend and the
     * members' table of what has changed, in the regional view of 2020-21 and in a peer-challenge session's pack.
     */
    private void theTrendAppearsWhereverTheFiguresAre() throws Exception {
        PageClient editor = new PageClient(app);
        editor.setUpAndSignInAsEditor(KENT);
        String workbook = editor.openWorkbook(KENT);

        String step = editor.page(workbook + "/steps/unit-costs");
        assertThat(step)
                .contains("id=\"trend-nursing-65-plus\"")
                .contains("Over time: 2020-21 to 2021-22")
                .contains(MARKER_SHOWN + " to ");
        assertThat(between(step, "id=\"trend-nursing-65-plus\"", "</figure>"))
                .contains("<th scope=\"row\" class=\"govuk-table__header\">2020-21</th>")
                .contains(MARKER_SHOWN);

        PdfText full = PdfText.of(editor.bytes(workbook + "/report.pdf?audience=full"));
        assertThat(full.pageWith("Nursing care 65+, £ per week, 2020-21 to 2021-22"))
                .contains("2020-21 " + MARKER_SHOWN)
                .contains("COVID-19 year: services and recording were disrupted");
        PdfText members = PdfText.of(editor.bytes(workbook + "/report.pdf?audience=members"));
        assertThat(members.pageWith("What has changed").replace(" ", ""))
                .contains("2020-21*2021-22*")
                .contains("Nursingcare65+")
                .contains("£778£796");

        // The regional view of each year: 2020-21 shows the imported figure
        assertThat(followed(editor, "/regions/" + SOUTH_EAST + "?year=2020-21")).contains(MARKER_SHOWN);
        // The regional trend view (Oflog's measures, 2015-16 to 2022-23, held apart from the finance workbook)
        assertThat(followed(editor, "/regions/" + SOUTH_EAST + "/trends")).contains("2020-21", "2021-22");

        // A session of the South East, started by a peer reviewer there, with Kent's workbook shared with it
        PageClient reviewer = new PageClient(app);
        reviewer.signIn(PageClient.ADMINISTRATOR);
        reviewer.createAccount(REVIEWER, "PEER_REVIEWER", SURREY);
        reviewer.signIn(REVIEWER);
        Map<String, String> create = PageClient.hiddenFields(reviewer.page("/peer-sessions"), "id=\"create-session\"");
        create.putAll(Map.of(
                "title", "South East peer challenge", "region", SOUTH_EAST, "year", "2021-22", "councils", "named"));
        String session = PageClient.expect(303, reviewer.post("/peer-sessions", "/peer-sessions", create), "a session")
                .headers()
                .firstValue("Location")
                .map(l -> java.net.URI.create(l).getPath())
                .orElseThrow();
        Map<String, String> join =
                PageClient.hiddenFields(editor.page("/peer-sessions"), "action=\"" + session + "/participants\"");
        join.put("workbook", workbook.substring(workbook.lastIndexOf('/') + 1));
        PageClient.expect(303, editor.post("/peer-sessions", session + "/participants", join), "joining the session");

        assertThat(editor.page(session + "/pack")).contains("Over time: the session's councils", "Kent", MARKER_SHOWN);
        String pack = PdfText.of(editor.bytes(session + "/pack.pdf")).text();
        assertThat(pack)
                .contains("Over time: the session's councils")
                .contains("Unit cost of long-term nursing care for people aged 65 and over (£ per week) over the years"
                        + " held, 2020-21 to 2021-22")
                .contains("Kent " + MARKER_SHOWN);
    }

    /** A regional page, after the redirect that draws the letters of councils not yet released to this person. */
    private static String followed(PageClient client, String path) throws Exception {
        HttpResponse<String> response = client.get(path);
        if (response.statusCode() == 303) {
            java.net.URI to = java.net.URI.create(
                    response.headers().firstValue("Location").orElseThrow());
            return client.page(to.getRawPath() + (to.getRawQuery() == null ? "" : "?" + to.getRawQuery()));
        }
        return PageClient.expect(200, response, path).body();
    }

    private static String cell(String csvRow) {
        java.util.regex.Matcher m =
                java.util.regex.Pattern.compile("T52!([A-Z]+158)").matcher(csvRow);
        assertThat(m.find()).as(csvRow).isTrue();
        return m.group(1);
    }

    private static String between(String html, String from, String to) {
        int start = html.indexOf(from);
        assertThat(start).as(from).isNotNegative();
        return html.substring(start, html.indexOf(to, start));
    }

    private String get(String path) throws Exception {
        HttpResponse<String> response =
                http.send(HttpRequest.newBuilder(app.uri(path)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return response.body();
    }

    private static String row(String csv, String year, String metric) {
        List<String> rows = csv.lines()
                .filter(l -> l.startsWith(KENT + ",Kent," + year + "," + metric + ","))
                .toList();
        assertThat(rows).as(year + " " + metric).hasSize(1);
        return rows.get(0);
    }
}
