package org.vfmworkbook.nationaldata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.util.List;

import jakarta.inject.Inject;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.vfmworkbook.testing.SignIn;
import org.vfmworkbook.testing.XlsxSurgery;

/**
 * Each malformed-file case is the real 2021-22 ASC-FR/SALT workbook with one thing broken. The whole file
 * is rejected, every message names the file, sheet, row and column, and the database is left as it was.
 */
@QuarkusTest
class RejectedFilesTest {

    private static final String ASCFR = "ASCFR and SALT Data Tables 2021-22.xlsx";
    private static final String BROKEN = "ASCFR and SALT Data Tables 2022-23 (broken).xlsx";

    @Inject
    NationalDataImporter importer;

    @Inject
    NationalDataStore store;

    private NationalDataSnapshot before;

    @BeforeEach
    void rememberTheDatabase() {
        before = NationalDataSnapshot.of(store);
    }

    private static XlsxSurgery published() {
        return XlsxSurgery.of(ShippedNationalData.read(ASCFR));
    }

    private List<ImportProblem> rejected(byte[] file) {
        NationalDataImportException e = catchThrowableOfType(
                NationalDataImportException.class,
                () -> importer.importFile(DatasetKind.ASCFR_SALT, BROKEN, file, null));
        assertThat(e).as("the file should have been rejected").isNotNull();
        before.assertUnchanged(store);
        return e.problems();
    }

    @Test
    void rejectsAWorkbookWithAMissingSheet() {
        List<ImportProblem> problems =
                rejected(published().renameSheet("T16", "Table 16").bytes());
        assertThat(problems)
                .extracting(ImportProblem::describe)
                .contains(BROKEN + ", sheet T16: sheet \"T16\" is missing from the workbook");
    }

    @Test
    void rejectsAWorkbookWithARenamedColumn() {
        List<ImportProblem> problems =
                rejected(published().putText("T16", "K8", "Populace").bytes());
        assertThat(problems).hasSize(1);
        ImportProblem problem = problems.get(0);
        assertThat(problem.file()).isEqualTo(BROKEN);
        assertThat(problem.sheet()).isEqualTo("T16");
        assertThat(problem.row()).isEqualTo(7);
        assertThat(problem.message())
                .startsWith("no column headed \"2021-22 › Population\" (needed for population-18-plus)");
    }

    @Test
    void rejectsAWorkbookWithTextInANumberCell() {
        List<ImportProblem> problems =
                rejected(published().putText("T16", "I157", "about 51k").bytes());
        assertThat(problems)
                .extracting(ImportProblem::describe)
                .containsExactly(
                        BROKEN
                                + ", sheet T16, row 157, column I: \"about 51k\" is not a number (expected a figure, [x] for not submitted or [c] for suppressed)");
    }

    @Test
    void rejectsAWorkbookWithAnUnknownCouncilCode() {
        List<ImportProblem> problems =
                rejected(published().putText("T16", "A157", "E10999999").bytes());
        assertThat(problems)
                .extracting(ImportProblem::describe)
                .containsExactly(
                        BROKEN
                                + ", sheet T16, row 157, column A: unknown council code E10999999 (Kent): not a council with adult social services in the council register");
    }

    @Test
    void reportsEveryProblemInTheFileNotJustTheFirst() {
        List<ImportProblem> problems = rejected(published()
                .putText("T16", "I157", "n/a")
                .putText("T52", "J158", "lots")
                .putText("T12", "A163", "E10999999")
                .bytes());
        assertThat(problems)
                .extracting(p -> p.sheet() + "!" + p.column() + p.row())
                .containsExactlyInAnyOrder("T16!I157", "T52!J158", "T12!A163");
    }

    @Test
    void answersTheAdminEndpointWith422AndEveryProblem() {
        SignIn.administrator()
                .withCsrfHeader()
                .contentType("application/octet-stream")
                .body(published().putText("T16", "I157", "about 51k").bytes())
                .queryParam("kind", "ascfr-salt")
                .queryParam("fileName", BROKEN)
                .post("/api/admin/national-data")
                .then()
                .statusCode(422)
                .body("message", equalTo("The file was rejected and nothing was imported: 1 problem"))
                .body("problems[0].sheet", equalTo("T16"))
                .body("problems[0].row", equalTo(157))
                .body("problems[0].column", equalTo("I"))
                .body(
                        "problems.description",
                        hasItem(
                                BROKEN
                                        + ", sheet T16, row 157, column I: \"about 51k\" is not a number (expected a figure, [x] for not submitted or [c] for suppressed)"));
        before.assertUnchanged(store);
    }

    @Test
    void reimportingThePublishedWorkbookThroughTheAdminEndpointReplacesItInOneStep() {
        SignIn.administrator()
                .withCsrfHeader()
                .contentType("application/octet-stream")
                .body(ShippedNationalData.read(ASCFR))
                .queryParam("kind", "ascfr-salt")
                .queryParam("fileName", ASCFR)
                .post("/api/admin/national-data")
                .then()
                .statusCode(200)
                .body("year", equalTo("2021-22"))
                .body("replacedEarlierImport", equalTo(true));
        assertThat(store.figures()).hasSize(before.figures());
        assertThat(store.datasets())
                .extracting(DatasetRecord::kind, DatasetRecord::dataYear, DatasetRecord::sha256)
                .isEqualTo(before.datasets().stream()
                        .map(d -> org.assertj.core.groups.Tuple.tuple(d.kind(), d.dataYear(), d.sha256()))
                        .toList());
    }
}
