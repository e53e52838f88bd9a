package org.vfmworkbook.nationaldata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.Set;

import org.junit.jupiter.api.Test;

/** ONS ASHE 2021 Table 8.7a as shipped, read with no application running. */
class AshePayParserTest {

    private static final String FILE = "PROV - Home Geography Table 8.7a   Annual pay - Gross 2021.xls";
    private static final Set<String> COUNCILS = Set.of("E10000016", "E06000005", "E10000006", "E08000021");

    private final AshePayParser parser = new AshePayParser(SourceMap.load().ashePay(), COUNCILS);

    @Test
    void readsEachCouncilsOwnMedianAndTheSurveyYear() {
        ParsedDataset parsed = parser.parse(FILE, ShippedNationalData.read(FILE), "x");
        assertThat(parsed.year()).isEqualTo("2021");
        // sheet All: Kent row 287 D £27,174; Cumbria (a county, above its districts) row 31 D £25,724
        assertThat(parsed.observations())
                .filteredOn(o -> o.areaCode().equals("E10000016"))
                .singleElement()
                .satisfies(o -> {
                    assertThat(o.value()).isEqualTo(27_174);
                    assertThat(o.source()).isEqualTo("All!D287");
                });
        assertThat(parsed.observations())
                .filteredOn(o -> o.areaCode().equals("E10000006"))
                .singleElement()
                .satisfies(o -> assertThat(o.value()).isEqualTo(25_724));
        // districts (Allerdale E07000026) are not councils with adult social services: not read
        assertThat(parsed.observations()).noneMatch(o -> o.areaCode().startsWith("E07"));
    }

    @Test
    void rejectsAnotherKindOfFileNamingTheSheetItLacks() {
        String population = "ukmidyearestimates20192020ladcodes.xls";
        NationalDataImportException rejected = catchThrowableOfType(
                NationalDataImportException.class,
                () -> parser.parse(population, ShippedNationalData.read(population), "x"));
        assertThat(rejected.problems())
                .extracting(ImportProblem::describe)
                .containsExactly(population + ", sheet All: sheet \"All\" is missing from the workbook");
    }
}
