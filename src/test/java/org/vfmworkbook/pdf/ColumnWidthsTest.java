package org.vfmworkbook.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.ToDoubleFunction;

import org.junit.jupiter.api.Test;

class ColumnWidthsTest {

    /** Six points a letter: a monospaced stand-in for the font. */
    private static final ToDoubleFunction<String> SIX_A_LETTER = text -> 6.0 * text.length();

    private static final List<List<String>> ACTIONS = List.of(
            List.of("Step", "Action", "Owner", "Due", "Measure of success"),
            List.of(
                    "1",
                    "Review spend per head of adult population with the finance lead and report to the board",
                    "Head of Commissioning",
                    "30 September 2023",
                    "A costed option appraisal reported to the DMT"));

    @Test
    void everyColumnIsAtLeastAsWideAsItsLongestWordSoNoWordBreaks() {
        float[] widths = ColumnWidths.of(ACTIONS, SIX_A_LETTER, 6, 400);

        assertThat(widths[3]).isGreaterThanOrEqualTo(6 * "September".length() + 6);
        assertThat(widths[2]).isGreaterThanOrEqualTo(6 * "Commissioning".length() + 6);
        assertThat(widths[4]).isGreaterThanOrEqualTo(6 * "appraisal".length() + 6);
    }

    @Test
    void theWidthsFillTheTableAndTheLongestTextGetsTheMostRoom() {
        float[] widths = ColumnWidths.of(ACTIONS, SIX_A_LETTER, 6, 500);

        float sum = 0;
        for (float w : widths) {
            sum += w;
        }
        assertThat(sum).isCloseTo(500f, org.assertj.core.data.Offset.offset(0.5f));
        assertThat(widths[1]).isGreaterThan(widths[0]);
        assertThat(widths[3])
                .as("a short date on one line")
                .isGreaterThanOrEqualTo(6 * "30 September 2023".length() + 6);
        assertThat(widths[0]).isLessThan(40);
    }

    @Test
    void aShortTableIsSharedInProportionToItsText() {
        float[] widths = ColumnWidths.of(List.of(List.of("What", "By"), List.of("Agree", "May")), SIX_A_LETTER, 6, 100);

        assertThat(widths[0] + widths[1]).isCloseTo(100f, org.assertj.core.data.Offset.offset(0.5f));
        assertThat(widths[0]).isGreaterThan(widths[1]);
    }

    @Test
    void aWordTooLongForAnyTableBreaksInItsOwnColumnAndTheOthersKeepTheirWords() {
        String run = "Supercalifragilisticexpialidocious".repeat(3);
        float[] widths = ColumnWidths.of(
                List.of(List.of("Owner", "Measure"), List.of("Owner & <i>deputy</i>", run)), SIX_A_LETTER, 6, 200);

        assertThat(widths[0]).isGreaterThanOrEqualTo(6 * "<i>deputy</i>".length() + 6);
        assertThat(widths[0] + widths[1]).isCloseTo(200f, org.assertj.core.data.Offset.offset(0.5f));
    }
}
