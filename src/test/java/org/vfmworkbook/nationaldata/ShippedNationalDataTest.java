package org.vfmworkbook.nationaldata;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import jakarta.inject.Inject;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ShippedNationalDataTest {

    @Inject
    NationalDataStore store;

    @Inject
    ShippedNationalData shipped;

    @Test
    void importsEveryShippedFileOnFirstStart() {
        List<DatasetRecord> datasets = store.datasets();
        assertThat(datasets).extracting(DatasetRecord::kind).containsOnly(DatasetKind.values());
        assertThat(datasets)
                .filteredOn(d -> d.kind() == DatasetKind.POPULATION)
                .extracting(DatasetRecord::dataYear)
                .containsExactly("2019", "2020");
        assertThat(datasets)
                .filteredOn(d -> d.kind() == DatasetKind.ASCFR_SALT)
                .extracting(DatasetRecord::dataYear)
                .containsExactly("2021-22");
    }

    @Test
    void aLaterStartFindsTheDataAlreadyLoadedAndSkipsIt() {
        assertThat(shipped.importMissing()).isZero();
    }

    @Test
    void holdsEveryCouncilWithAdultSocialServicesIncludingThoseReplacedSince2019() {
        List<CouncilRecord> councils = store.councils();
        assertThat(councils)
                .extracting(CouncilRecord::code)
                .contains(
                        "E06000057",
                        "E08000025",
                        "E09000012",
                        "E10000021",
                        "E06000061",
                        "E06000062",
                        "E09000001",
                        "E06000053");
        CouncilRecord northamptonshire = councils.stream()
                .filter(c -> c.code().equals("E10000021"))
                .findFirst()
                .orElseThrow();
        assertThat(northamptonshire.replacedBy()).containsExactlyInAnyOrder("E06000061", "E06000062");
        assertThat(northamptonshire.existedIn(2021)).isFalse();
        assertThat(northamptonshire.existedIn(2020)).isTrue();
    }

    @Test
    void recordsNhsDigitalsOwnCouncilCodeFromTheReturn() {
        CouncilRecord northumberland = store.councils().stream()
                .filter(c -> c.code().equals("E06000057"))
                .findFirst()
                .orElseThrow();
        // ASC-FR T1, row for Northumberland, column B "LA code"
        assertThat(northumberland.cassrCode()).isEqualTo("104");
    }
}
