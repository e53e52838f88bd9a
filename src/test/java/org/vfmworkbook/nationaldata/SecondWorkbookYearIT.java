package org.vfmworkbook.nationaldata;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.vfmworkbook.testing.EarlierYearWorkbook;
import org.vfmworkbook.testing.PackagedApp;
import org.vfmworkbook.testing.XlsxSurgery;

/**
 * A second year's finance and activity workbook imported into the packaged application, all or nothing (issue 13, F.6).
 * No workbook for another year is among the shipped files (`data/raw/` holds 2021-22 only), so the second year is a
 * 2020-21 workbook built by {@link EarlierYearWorkbook} from the shipped 2021-22 file's own 2020-21 columns: real format,
 * every sheet and header as NHS Digital lays them out, every year label moved back one year, and empty where the
 * 2021-22 file publishes nothing for 2020-21. It is imported with the {@code import} command, as an administrator would
 * from the command line; a broken copy is refused whole and leaves the first year as it was.
 */
class SecondWorkbookYearIT {

    private static final String KENT = "E10000016";
    private static final String FILE = "ASCFR and SALT Data Tables 2020-21.xlsx";

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
    void aSecondWorkbookYearIsImportedWholeOrNotAtAllAndTheYearsAndTheCsvCarryEveryYear() throws Exception {
        app = PackagedApp.of(dataDir, Paths.get("target", "second-year-it.log"));
        app.start();
        String yearsBefore = get("/api/years");
        assertThat(yearsBefore).contains("\"2021-22\"", "\"2020-21\"");
        String before = get("/api/councils/" + KENT + "/metrics.csv");
        // before: 2020-21 comes from the 2021-22 file's previous-year column (T52 row 158, column F)
        assertThat(row(before, "2020-21", "unit-cost-nursing-18-64")).contains(",906.4", "T52!F158");
        app.stop();

        byte[] earlier = EarlierYearWorkbook.from(Files.readAllBytes(
                Paths.get("src/main/resources/national-data/ASCFR and SALT Data Tables 2021-22.xlsx")));

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
