package org.vfmworkbook.workbook;

import java.util.List;
import java.util.stream.Collectors;

import io.quarkus.qute.TemplateData;

/**
 * What the sign-off page shows before the declaration: the workbook, the version the form carries (a stale form is refused) and each
 * step not yet completed, with how many of its questions have an answer.
 */
@TemplateData
public record SignOffCheck(WorkbookSummary workbook, long version, List<UnfinishedStep> unfinished) {

    @TemplateData
    public record UnfinishedStep(
            int number, String title, String href, String status, int answeredQuestions, int questions) {

        public String heading() {
            return "Step " + number + ": " + title;
        }

        /** "In progress: 2 of 5 questions answered". */
        public String description() {
            return status + ": " + answeredQuestions + " of " + questions + " questions answered";
        }
    }

    public boolean complete() {
        return unfinished.isEmpty();
    }

    /** The warning above the unfinished steps: sign-off is still allowed (ADR 0004), so say plainly what it will mean. */
    public String warning() {
        return unfinished.size() + " of " + workbook.totalSteps() + " steps " + (unfinished.size() == 1 ? "is" : "are")
                + " not completed. You can still sign off: the report will say \"Not yet answered\" wherever there is no answer, "
                + "and the audit trail will record which steps were not completed.";
    }

    /** "step 4", "steps 2, 4 and 13"; empty when every step is completed. */
    public String unfinishedNumbers() {
        List<String> numbers =
                unfinished.stream().map(step -> String.valueOf(step.number())).toList();
        if (numbers.size() < 2) {
            return numbers.isEmpty() ? "" : "step " + numbers.get(0);
        }
        return "steps " + numbers.subList(0, numbers.size() - 1).stream().collect(Collectors.joining(", ")) + " and "
                + numbers.get(numbers.size() - 1);
    }
}
