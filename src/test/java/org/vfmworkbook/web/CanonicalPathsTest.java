package org.vfmworkbook.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CanonicalPathsTest {

    @Test
    void pathsAsTheApplicationWritesThemGoOn() {
        for (String path : new String[] {
            "/",
            "/workbooks/12/sign-off",
            "/api/councils/E10000016/metrics",
            "/workbooks/1/report.pdf",
            "/webjars/govuk-frontend/5.14.0/dist/govuk/govuk-frontend.min.css",
            "/q/health/ready",
            "/q/swagger-ui/"
        }) {
            assertThat(CanonicalPaths.verdict(path)).as(path).isEqualTo(CanonicalPaths.Verdict.CANONICAL);
        }
    }

    @Test
    void emptySegmentsAreRedirectedToThePathWithoutThem() {
        for (String path :
                new String[] {"/workbooks/12/sign-off/", "//workbooks/12", "/workbooks//12", "/workbooks/12//"}) {
            assertThat(CanonicalPaths.verdict(path)).as(path).isEqualTo(CanonicalPaths.Verdict.REDIRECT);
        }
        assertThat(CanonicalPaths.collapse("//workbooks//12/")).isEqualTo("/workbooks/12");
        assertThat(CanonicalPaths.collapse("//evil.example/"))
                .as("never a protocol-relative address")
                .isEqualTo("/evil.example");
    }

    @Test
    void parametersEscapesBackslashesAndDotSegmentsAreRefused() {
        for (String path : new String[] {
            "/workbooks/12;a=b/sign-off",
            "/workbooks/12/sign-off;jsessionid=1",
            "/workbooks/12%2Fsign-off",
            "/workbooks/12%2fsign-off",
            "/workbooks/12%5Csign-off",
            "/workbooks/%31",
            "/workbooks/12\\sign-off",
            "/workbooks/12/x/../sign-off",
            "/workbooks/./12",
            "/workbooks/12/..",
            "",
            "workbooks/12"
        }) {
            assertThat(CanonicalPaths.verdict(path)).as(path).isEqualTo(CanonicalPaths.Verdict.REFUSED);
        }
        assertThat(CanonicalPaths.verdict(null)).isEqualTo(CanonicalPaths.Verdict.REFUSED);
    }
}
