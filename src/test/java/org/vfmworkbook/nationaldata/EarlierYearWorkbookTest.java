package org.vfmworkbook.nationaldata;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import org.vfmworkbook.testing.EarlierYearWorkbook;

/**
 * The 2020-21 workbook the F.6 integration test imports is built from the shipped 2021-22 file's 2020-21 columns
 * ({@link EarlierYearWorkbook}); here it is read by the real parser, with no application running.
 */
class EarlierYearWorkbookTest {

    static final String WORKBOOK = "ASCFR and SALT Data Tables 2021-22.xlsx";

    @Test
    void readsAsA2020To21WorkbookWhoseOwnYearHoldsThePublished2020To21Figures() {
        Set<String> councils = new CouncilRegisterParser()
                        .parse(
                                "uk_local_authorities_future.csv",
                                ShippedNationalData.read("uk_local_authorities_future.csv"),
                                "x",
                                "2025-07")
                        .register()
                        .stream()
                        .map(RegisteredCouncil::code)
                        .collect(Collectors.toSet());
        byte[] earlier = EarlierYearWorkbook.from(ShippedNationalData.read(WORKBOOK));
        ParsedDataset parsed = new AscfrSaltParser(SourceMap.load().ascfrSalt(), councils)
                .parse("ASCFR and SALT Data Tables 2020-21.xlsx", earlier, "x");
        assertThat(parsed.year()).isEqualTo("2020-21");
        // Kent, T52 row 158: Nursing 2020-21, 18 to 64, £906.41 (column F of the published file, I of this one)
        ParsedObservation nursing = parsed.observations().stream()
                .filter(o -> o.areaCode().equals("E10000016")
                        && o.measureId().equals("unit-cost-nursing-18-64")
                        && o.year().equals("2020-21"))
                .findFirst()
                .orElseThrow();
        assertThat(nursing.value()).isCloseTo(906.41, org.assertj.core.data.Offset.offset(0.005));
        assertThat(nursing.source()).isEqualTo("T52!I158");
        // T7 publishes one year only: its own-year column is empty in the earlier file, never 0
        assertThat(parsed.observations())
                .filteredOn(o -> o.measureId().equals("income-nhs") && o.year().equals("2020-21"))
                .isNotEmpty()
                .allSatisfy(o -> assertThat(o.status()).isEqualTo(ValueStatus.BLANK));
    }
}
