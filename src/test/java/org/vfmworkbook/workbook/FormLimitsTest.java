package org.vfmworkbook.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;

import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.test.junit.QuarkusTest;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import org.vfmworkbook.steps.ChallengeQuestion;
import org.vfmworkbook.steps.QuestionType;
import org.vfmworkbook.steps.StepCatalogue;
import org.vfmworkbook.steps.StepDefinition;
import org.vfmworkbook.web.FormLimits;

/** The HTTP limits in application.properties hold every form filled to its own limits, and a little more. */
@QuarkusTest
class FormLimitsTest {

    /** A link's title is limited to 300 and its address to 2,000 UTF-16 units; one unit posts at most 9 bytes ("€" is %E2%82%AC). */
    private static final int MOST_POSTED_BYTES_PER_UNIT = 9;

    @Inject
    StepCatalogue steps;

    private static long bytes(String property) {
        return ConfigProvider.getConfig().getValue(property, MemorySize.class).asLongValue();
    }

    @Test
    void theLongestFieldOneCharacterOverItsLimitStillReachesTheFormsOwnCheck() {
        long oneOver = (FormLimits.LONGEST_FIELD_CHARACTERS + 1L) * FormLimits.MOST_POSTED_BYTES_PER_CHARACTER;
        assertThat(bytes("quarkus.http.limits.max-form-attribute-size")).isGreaterThanOrEqualTo(oneOver);
    }

    @Test
    void everyStepsAnswersFormFilledToItsLimitsFitsTheBodyAndParameterLimits() {
        int parameters = ConfigProvider.getConfig().getValue("quarkus.http.limits.max-parameters", Integer.class);
        for (StepDefinition step : steps.all()) {
            int fields = 3; // version, CSRF token, the button pressed
            long posted = 0;
            for (ChallengeQuestion q : step.questions()) {
                if (!AnswersForm.answerable(q)) {
                    continue;
                }
                fields += 4; // text, choice, the answer's version and fingerprint
                posted += (AnswersForm.MAX_TEXT + 1L) * FormLimits.MOST_POSTED_BYTES_PER_CHARACTER + 200;
                if (q.type() == QuestionType.EVIDENCE) {
                    fields += 2 * (AnswersForm.MAX_LINKS + 1);
                    posted += (AnswersForm.MAX_LINKS + 1L) * (300 + 2000) * MOST_POSTED_BYTES_PER_UNIT;
                }
            }
            assertThat(fields).as("fields of step %s", step.id()).isLessThanOrEqualTo(parameters);
            assertThat(posted)
                    .as("bytes of step %s", step.id())
                    .isLessThanOrEqualTo(bytes("quarkus.http.limits.max-body-size"));
        }
    }
}
