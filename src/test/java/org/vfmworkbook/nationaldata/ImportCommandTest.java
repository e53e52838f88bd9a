package org.vfmworkbook.nationaldata;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import io.quarkus.test.junit.main.LaunchResult;
import io.quarkus.test.junit.main.QuarkusMainLauncher;
import io.quarkus.test.junit.main.QuarkusMainTest;
import org.junit.jupiter.api.Test;

import org.vfmworkbook.testing.XlsxSurgery;

@QuarkusMainTest
class ImportCommandTest {

    @Test
    void importsFromTheCommandLineAndRejectsABrokenFileNamingTheCell(QuarkusMainLauncher launcher) throws Exception {
        Path broken = Files.createTempFile("ASCFR 2021-22 broken", ".xlsx");
        Files.write(
                broken,
                XlsxSurgery.of(ShippedNationalData.read("ASCFR and SALT Data Tables 2021-22.xlsx"))
                        .putText("T16", "I157", "about 51k")
                        .bytes());

        LaunchResult rejected = launcher.launch("import", "ascfr-salt", broken.toString());
        assertThat(rejected.exitCode()).isEqualTo(1);
        assertThat(rejected.getErrorOutput())
                .contains("The file was rejected and nothing was imported")
                .contains(broken.getFileName() + ", sheet T16, row 157, column I: \"about 51k\" is not a number");

        Path good = Files.createTempFile("imd", ".xlsx");
        Files.write(
                good,
                ShippedNationalData.read("File_11_-_IoD2019_Local_Authority_District_Summaries__upper-tier__.xlsx"));
        LaunchResult imported = launcher.launch("import", "imd", good.toString());
        assertThat(imported.exitCode()).isZero();
        assertThat(imported.getOutput()).contains("Imported IMD 2019 from " + good.getFileName());

        LaunchResult usage = launcher.launch("import", "imd");
        assertThat(usage.exitCode()).isEqualTo(2);
        assertThat(usage.getErrorOutput()).contains(ImportCommand.USAGE);
    }
}
