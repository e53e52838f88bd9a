package org.vfmworkbook.nationaldata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import jakarta.inject.Inject;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Files that are not what they claim to be (issue H.6): truncated, renamed, empty, a zip bomb, the right file given as the wrong kind.
 * Each is rejected whole with a message that names the file and says what is wrong in words, and the national data is left exactly as it
 * was. The cell-level cases (a renamed column, text in a number cell) are {@link RejectedFilesTest}.
 */
@QuarkusTest
class ImportFuzzTest {

    private static final String ASCFR = "ASCFR and SALT Data Tables 2021-22.xlsx";
    private static final String IMD = "File_11_-_IoD2019_Local_Authority_District_Summaries__upper-tier__.xlsx";
    private static final String REGISTER = "uk_local_authorities_future.csv";
    private static final String UPLOADED = "ASCFR and SALT Data Tables 2022-23.xlsx";

    @Inject
    NationalDataImporter importer;

    @Inject
    NationalDataStore store;

    private NationalDataSnapshot before;

    @BeforeEach
    void rememberTheDatabase() {
        before = NationalDataSnapshot.of(store);
    }

    @Test
    void aTruncatedWorkbookIsRejectedAsUnreadable() {
        byte[] published = ShippedNationalData.read(ASCFR);
        assertThat(rejected(DatasetKind.ASCFR_SALT, Arrays.copyOf(published, published.length / 2)))
                .anySatisfy(problem ->
                        assertThat(problem.describe()).startsWith(UPLOADED).contains("not a readable .xlsx workbook"));
    }

    @Test
    void randomBytesRenamedToXlsxAreRejectedAsUnreadable() {
        byte[] noise = new byte[64 * 1024];
        new Random(20261202L).nextBytes(noise);
        assertThat(rejected(DatasetKind.ASCFR_SALT, noise))
                .anySatisfy(problem ->
                        assertThat(problem.describe()).startsWith(UPLOADED).contains("not a readable .xlsx workbook"));
    }

    @Test
    void anEmptyFileIsRejected() {
        assertThat(rejected(DatasetKind.ASCFR_SALT, new byte[0]))
                .anySatisfy(problem -> assertThat(problem.describe()).startsWith(UPLOADED));
    }

    @Test
    void aZipBombIsRefusedWithoutBeingInflated() {
        long heapBefore = usedHeap();
        assertThat(rejected(DatasetKind.ASCFR_SALT, zipBomb()))
                .anySatisfy(problem ->
                        assertThat(problem.describe()).startsWith(UPLOADED).contains("not a readable .xlsx workbook"));
        assertThat(usedHeap() - heapBefore)
                .as("the 256 MB entry was never held in memory")
                .isLessThan(128L * 1024 * 1024);
    }

    @Test
    void theDeprivationFileGivenAsTheFinanceWorkbookIsRejectedNamingTheMissingSheets() {
        assertThat(rejected(DatasetKind.ASCFR_SALT, ShippedNationalData.read(IMD)))
                .anySatisfy(problem ->
                        assertThat(problem.describe()).startsWith(UPLOADED).contains("T1"));
    }

    @Test
    void theFinanceWorkbookGivenAsTheDeprivationFileIsRejected() {
        assertThat(rejected(DatasetKind.IMD, ShippedNationalData.read(ASCFR)))
                .anySatisfy(problem -> assertThat(problem.describe()).startsWith(UPLOADED));
    }

    @Test
    void theCouncilRegisterCsvGivenAsTheFinanceWorkbookIsRejected() {
        assertThat(rejected(DatasetKind.ASCFR_SALT, ShippedNationalData.read(REGISTER)))
                .anySatisfy(problem ->
                        assertThat(problem.describe()).startsWith(UPLOADED).contains("not a readable .xlsx workbook"));
    }

    @Test
    void theFinanceWorkbookGivenAsTheCouncilRegisterIsRejected() {
        assertThat(rejected(DatasetKind.COUNCIL_REGISTER, ShippedNationalData.read(ASCFR)))
                .anySatisfy(problem -> assertThat(problem.describe()).startsWith(UPLOADED));
    }

    @Test
    void aFileOverTheUploadLimitIsRefusedNamingTheLimitAndNothingIsImported() {
        byte[] oversized = new byte[11 * 1024 * 1024];
        org.vfmworkbook.testing.SignIn.administrator()
                .withCsrfHeader()
                .contentType("application/octet-stream")
                .body(oversized)
                .queryParam("kind", "ascfr-salt")
                .queryParam("fileName", UPLOADED)
                .post("/api/admin/national-data")
                .then()
                .statusCode(413)
                .body("message", org.hamcrest.Matchers.containsString("up to 10 MB"))
                .body("message", org.hamcrest.Matchers.containsString("Nothing was imported"));
        before.assertUnchanged(store);
    }

    private List<ImportProblem> rejected(DatasetKind kind, byte[] file) {
        NationalDataImportException e = catchThrowableOfType(
                NationalDataImportException.class,
                () -> importer.importFile(kind, UPLOADED, file, kind == DatasetKind.ASCOF ? "2022-23" : null));
        assertThat(e).as("the file should have been rejected").isNotNull();
        assertThat(e.problems()).isNotEmpty();
        before.assertUnchanged(store);
        return e.problems();
    }

    /** A synthetic .xlsx-shaped zip whose one worksheet inflates to 256 MB of zeros (about 250 KB compressed). */
    private static byte[] zipBomb() {
        try (ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write(
                    ("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/></Types>")
                            .getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < 256; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
            zip.finish();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long usedHeap() {
        Runtime runtime = Runtime.getRuntime();
        return runtime.totalMemory() - runtime.freeMemory();
    }
}
