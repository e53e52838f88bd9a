package org.vfmworkbook.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vfmworkbook.testing.WorkbookContentBuilder.aWorkbookContent;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

import jakarta.inject.Inject;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import org.vfmworkbook.report.WorkbookContent.BoxContent;
import org.vfmworkbook.report.WorkbookContent.TheoryContent;
import org.vfmworkbook.testing.PdfText;
import org.vfmworkbook.testing.WorkbookContentBuilder;

/**
 * A Theory of Change in the full report's PDF: a page of its own, its boxes' text read back whole (nothing cut off at a box's
 * edge, even with every box full), and none in the members' summary. The PDFs are written to target/report-pdfs to look at.
 */
@QuarkusTest
class TheoryOfChangePdfTest {

    private static final String STEP = "less-expensive-care";

    @Inject
    ReportAssembler assembler;

    @Inject
    PdfReportRenderer renderer;

    private static WorkbookContentBuilder kent() {
        return aWorkbookContent().forCouncil("E10000016").fullyAnswered();
    }

    private static TheoryContent extraCare() {
        return new TheoryContent(
                List.of(new BoxContent(
                        "Too many older people go into residential care",
                        null,
                        "Admissions in the ASC-FR return",
                        "Admissions to residential care a year")),
                List.of(
                        new BoxContent("Open an extra care scheme in Ashford", null, "Scheme opened", "Flats let"),
                        new BoxContent("Train the reablement team", null, "Training records", "Staff trained")),
                List.of(new BoxContent(
                        "First tenants move in", LocalDate.of(2027, 9, 30), "Tenancy agreements", "Tenancies started")),
                List.of(new BoxContent(
                        "Fewer permanent admissions",
                        null,
                        "SALT returns",
                        "Unit cost of residential care, 65 and over")),
                List.of(new BoxContent(
                        "Older people live independently for longer", null, "Annual survey", "People in extra care")));
    }

    private PdfText pdf(WorkbookContent content, Audience audience, String saveAs) throws IOException {
        byte[] bytes = renderer.render(assembler.assemble(content, audience));
        Files.createDirectories(Path.of("target/report-pdfs"));
        Files.write(Path.of("target/report-pdfs", saveAs + ".pdf"), bytes);
        return PdfText.of(bytes);
    }

    @Test
    void theFullReportDrawsEachTheoryOfChangeOnAPageOfItsOwn() throws IOException {
        PdfText without = pdf(kent().build(), Audience.FULL, "toc-none");
        PdfText with = pdf(
                kent().withAction(
                                STEP,
                                "Open an extra care scheme",
                                "Head of commissioning",
                                LocalDate.of(2028, 3, 31),
                                "Fewer admissions",
                                250_000.0,
                                null,
                                extraCare())
                        .build(),
                Audience.FULL,
                "toc-full");

        assertThat(with.pages()).hasSize(without.pages().size() + 1);
        String page = with.pageWith("Theory of Change: step 8");
        assertThat(page)
                .contains("Open an extra care scheme")
                .contains("Where we are now")
                .contains("Activities")
                .contains("Milestones")
                .contains("Outcomes")
                .contains("Where we want to be")
                .contains("Too many older people go into residential care")
                .contains("Train the reablement team")
                .contains("By 30 September 2027")
                .contains("Evidence: Tenancy agreements")
                .contains("Measure: Unit cost of residential care, 65 and over")
                .contains("Older people live independently for longer")
                .doesNotContain("Caveats");
    }

    @Test
    void aTheoryOfChangeWithEveryBoxFullStillFitsItsPageWithNoTextCutOff() throws IOException {
        List<String> ends = new ArrayList<>();
        IntFunction<String> words = n -> "word ".repeat(n);
        java.util.function.BiFunction<String, Integer, List<BoxContent>> boxes = (stage, count) -> {
            List<BoxContent> list = new ArrayList<>();
            for (int i = 1; i <= count; i++) {
                String end = "End" + stage + i;
                ends.add(end + "T");
                ends.add(end + "E");
                ends.add(end + "M");
                list.add(new BoxContent(
                        words.apply(57) + end + "T",
                        stage.equals("Milestone") ? LocalDate.of(2027, 12, 31) : null,
                        words.apply(57) + end + "E",
                        words.apply(38) + end + "M"));
            }
            return list;
        };
        TheoryContent full = new TheoryContent(
                boxes.apply("Now", 1),
                boxes.apply("Activity", 3),
                boxes.apply("Milestone", 3),
                boxes.apply("Outcome", 3),
                boxes.apply("Goal", 1));
        PdfText without = pdf(kent().build(), Audience.FULL, "toc-none-2");
        PdfText with = pdf(
                kent().withAction(
                                STEP, "Every box full", "Owner", LocalDate.of(2028, 3, 31), "Measure", null, null, full)
                        .build(),
                Audience.FULL,
                "toc-every-box-full");

        assertThat(with.pages()).hasSize(without.pages().size() + 1);
        String page = with.pageWith("Theory of Change: step 8");
        assertThat(ends).allSatisfy(end -> assertThat(page).contains(end));
    }

    @Test
    void theMembersSummaryLeavesTheTheoryOfChangeToTheFullReport() throws IOException {
        PdfText members = pdf(
                kent().withAction(
                                STEP,
                                "Open an extra care scheme",
                                "Head of commissioning",
                                LocalDate.of(2028, 3, 31),
                                "Fewer admissions",
                                null,
                                null,
                                extraCare())
                        .build(),
                Audience.MEMBERS,
                "toc-members");
        assertThat(members.text()).contains("Open an extra care scheme").doesNotContain("Theory of Change");
    }
}
