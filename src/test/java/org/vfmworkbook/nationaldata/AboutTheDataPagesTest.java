package org.vfmworkbook.nationaldata;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import org.vfmworkbook.security.Role;
import org.vfmworkbook.testing.SignIn;

@QuarkusTest
class AboutTheDataPagesTest {

    @Test
    void namesEveryPublishedFileHeldWithItsPublisherYearAndLicence() {
        SignIn.as(Role.COUNCIL_VIEWER, "E10000016")
                .given()
                .get("/about-the-data")
                .then()
                .statusCode(200)
                .body(containsString("ASCFR and SALT Data Tables 2021-22.xlsx"))
                .body(containsString("2021-22"))
                .body(containsString("NHS Digital"))
                .body(containsString("Open Government Licence v3.0"))
                .body(containsString("uk_local_authorities_future.csv"))
                .body(containsString("Gross current expenditure per adult"))
                .body(containsString("ASC-FR T16, the data year, Gross Current Expenditure"))
                .body(not(containsString("docs/")))
                .body(not(containsString(".md")));
    }
}
