package org.vfmworkbook.nationaldata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.inject.Inject;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** Malformed copies of the shipped Oflog file are rejected whole, each problem naming file, row and column. */
@QuarkusTest
class OflogImportTest {

    private static final String SHIPPED = "ASC_data.csv";
    private static final String BROKEN = "ASC_data (broken).csv";

    @Inject
    NationalDataImporter importer;

    @Inject
    NationalDataStore store;

    private static String published() {
        return new String(ShippedNationalData.read(SHIPPED), StandardCharsets.UTF_8);
    }

    private List<ImportProblem> rejected(String file) {
        List<DatasetRecord> datasets = store.datasets();
        int trendFigures = store.latestFiguresOf(DatasetKind.OFLOG_ASC).size();
        NationalDataImportException e = catchThrowableOfType(
                NationalDataImportException.class,
                () -> importer.importFile(DatasetKind.OFLOG_ASC, BROKEN, file.getBytes(StandardCharsets.UTF_8), null));
        assertThat(e).as("the file should have been rejected").isNotNull();
        assertThat(store.datasets()).as("datasets unchanged").isEqualTo(datasets);
        assertThat(store.latestFiguresOf(DatasetKind.OFLOG_ASC))
                .as("figures unchanged")
                .hasSize(trendFigures);
        return e.problems();
    }

    @Test
    void importsTheShippedFileAsOneDatasetLabelledByItsLatestYear() {
        DatasetRecord oflog = store.datasets().stream()
                .filter(d -> d.kind() == DatasetKind.OFLOG_ASC)
                .findFirst()
                .orElseThrow();
        assertThat(oflog.dataYear()).isEqualTo("2022-23");
        assertThat(oflog.observationCount())
                .isEqualTo(published()
                        .lines()
                        .skip(1)
                        .filter(l -> l.contains(",LA_Raw,"))
                        .count());
        // the steps' metrics read Oflog's outcome and quality measures (issue F.4)
        assertThat(store.figures()).anyMatch(f -> f.kind() == DatasetKind.OFLOG_ASC);
    }

    @Test
    void rejectsACopyWithARenamedColumn() {
        String[] lines = published().split("\n", 2);
        List<ImportProblem> problems = rejected(lines[0].replace(",Value,", ",Amount,") + "\n" + lines[1]);
        assertThat(problems)
                .extracting(ImportProblem::describe)
                .containsExactly(BROKEN + ", row 1, column Value: missing column \"Value\"");
    }

    /** The published file with its first data row (row 2) changed. */
    private static String withRow2(java.util.function.UnaryOperator<String> change) {
        String text = published();
        int second = text.indexOf('\n') + 1;
        int third = text.indexOf('\n', second) + 1;
        String line = text.substring(second, third);
        String changed = change.apply(line);
        assertThat(changed).as("the change applies").isNotEqualTo(line);
        return text.substring(0, second) + changed + text.substring(third);
    }

    @Test
    void rejectsACopyNamingACouncilTheRegisterDoesNotHold() {
        List<ImportProblem> problems = rejected(withRow2(line -> line.replace(line.split(",")[1], "E06999999")));
        assertThat(problems)
                .extracting(ImportProblem::describe)
                .containsExactly(
                        BROKEN
                                + ", row 2, column Local authority code: unknown council code \"E06999999\": not in the council register nor a former council listed in sources.yaml");
    }

    @Test
    void rejectsAValueThatIsNotANumber() {
        List<ImportProblem> problems = rejected(withRow2(line -> line.replace(",ASC1,7.6,", ",ASC1,7.6x,")));
        assertThat(problems)
                .extracting(ImportProblem::describe)
                .containsExactly(BROKEN + ", row 2, column Value: \"7.6x\" is not a number");
    }
}
