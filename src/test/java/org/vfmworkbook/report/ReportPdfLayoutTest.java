package org.vfmworkbook.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vfmworkbook.testing.Api.given;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.vfmworkbook.steps.StepCatalogue;
import org.vfmworkbook.steps.StepDefinition;
import org.vfmworkbook.testing.AsCouncilEditor;

/**
 * The PDFs' layout read back with poppler's {@code pdftotext -layout}, page by page (issues I.7 and G.5): the contents carry
 * the pages the headings are on, no heading is left at the foot of a page, the action table breaks no word, and each
 * audience's summary has the steps its layout names.
 */
@QuarkusTest
@ExtendWith(AsCouncilEditor.Extension.class)
class ReportPdfLayoutTest {

    @Inject
    StepCatalogue steps;

    /** Each page's text, the footer left off. */
    private static List<String> pages(long id, String audience) throws IOException, InterruptedException {
        return pages(id, audience, true);
    }

    /** Each page's text; {@code layout} keeps the columns' places, otherwise text in reading order. */
    private static List<String> pages(long id, String audience, boolean layout)
            throws IOException, InterruptedException {
        byte[] bytes = given().queryParam("audience", audience)
                .get("/workbooks/{id}/report.pdf", id)
                .then()
                .statusCode(200)
                .extract()
                .asByteArray();
        Path file = Files.createTempFile("report-" + audience, ".pdf");
        Files.write(file, bytes);
        Process process = new ProcessBuilder(
                        layout
                                ? List.of("pdftotext", "-layout", file.toString(), "-")
                                : List.of("pdftotext", file.toString(), "-"))
                .redirectErrorStream(true)
                .start();
        String text = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor()).as(text).isZero();
        Files.delete(file);
        List<String> pages = new ArrayList<>();
        for (String page : text.split("\f")) {
            if (!page.isBlank()) {
                pages.add(page.replaceAll("(?m)^.*page \\d+ of \\d+\\s*$", "").strip());
            }
        }
        return pages;
    }

    @Test
    void theContentsGiveThePageEachSectionStartsOn() throws Exception {
        List<String> pages = pages(FixtureWorkbooks.KENT_FULL, "full");

        Matcher line =
                Pattern.compile("(?m)^\\s*\\d+\\.\\s+(.+?)\\s{2,}(\\d+)\\s*$").matcher(pages.get(1));
        int lines = 0;
        while (line.find()) {
            lines++;
            String heading = line.group(1).strip();
            int page = Integer.parseInt(line.group(2));
            assertThat(page).as(heading).isBetween(2, pages.size());
            assertThat(pages.get(page - 1).replaceAll("\\s+", " "))
                    .as("page " + page + " for " + heading)
                    .contains(heading);
        }
        assertThat(lines).isEqualTo(13 + 4);
    }

    @Test
    void noHeadingIsLeftAtTheFootOfAPage() throws Exception {
        List<String> headings = new ArrayList<>(List.of(
                "Actions",
                "Action plan",
                "Caveats",
                "The council's judgement",
                "The council's explanation",
                "Evidence"));
        for (StepDefinition step : steps.all()) {
            headings.add("Step " + step.number() + ": " + step.title());
        }
        for (String audience : List.of("full", "members", "partners")) {
            List<String> pages = pages(FixtureWorkbooks.KENT_FULL, audience);
            for (int i = 0; i < pages.size() - 1; i++) {
                String[] lines = pages.get(i).split("\n");
                String last = lines[lines.length - 1].strip();
                assertThat(headings)
                        .as(audience + " page " + (i + 1) + " ends with a heading")
                        .doesNotContain(last);
            }
        }
    }

    @Test
    void theActionTableBreaksNoWord() throws Exception {
        String text = String.join("\n", pages(FixtureWorkbooks.KENT_FULL, "full"));
        String plan = text.substring(text.indexOf("Action plan\n"), text.indexOf("\nCaveats"));

        assertThat(plan)
                .contains("Commissioning")
                .contains("appraisal")
                .contains("March")
                .contains("finance");
        for (String broken : List.of("Commissionin\n", "Septemb\n", "apprais\n", "Marc\n")) {
            assertThat(plan).doesNotContain(broken);
        }
    }

    @Test
    void theMembersSummaryHasAJudgementLineForStepsEightTenAndThirteen() throws Exception {
        String text = String.join("\n", pages(FixtureWorkbooks.KENT_FULL, "members"));

        for (int number : List.of(8, 10, 13)) {
            StepDefinition step = steps.all().get(number - 1);
            assertThat(text).contains("Step " + number + ": " + step.title());
        }
        assertThat(text)
                .contains("How much confidence can readers place in your conclusions")
                .contains("Some conclusions rest on weak data.");
    }

    @Test
    void thePartnersSummaryHasStepsSevenNineAndElevenAndTheirActionsOnly() throws Exception {
        List<String> pages = pages(FixtureWorkbooks.KENT_FULL, "partners", false);
        String text = String.join("\n", pages);

        assertThat(text).contains("Summary for partners");
        for (StepDefinition step : steps.all()) {
            String heading = "Step " + step.number() + ": " + step.title();
            // The action's first three words: a table cell's lines come out in reading order, not always together.
            String action = String.join(
                    " ",
                    java.util.Arrays.asList(("Review " + step.title().toLowerCase()).split(" "))
                            .subList(0, 3));
            if (List.of(7, 9, 11).contains(step.number())) {
                assertThat(text).contains(heading);
                assertThat(text.replaceAll("\\s+", " ")).contains(action);
            } else {
                assertThat(text).doesNotContain(heading);
                assertThat(text.replaceAll("\\s+", " ")).doesNotContain(action);
            }
        }
        assertThat(pages.size()).isBetween(2, 6);
    }
}
