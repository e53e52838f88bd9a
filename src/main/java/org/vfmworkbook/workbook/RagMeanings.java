package org.vfmworkbook.workbook;

import java.util.Arrays;
import java.util.List;

import org.vfmworkbook.steps.ChallengeQuestion;
import org.vfmworkbook.steps.Rating;
import org.vfmworkbook.web.RadioItem;

/** The red, amber and green options of a judgement question, each with the meaning its step gives it ({@code meanings}). */
final class RagMeanings {

    private RagMeanings() {}

    static List<RadioItem> items(ChallengeQuestion question) {
        return Arrays.stream(Rating.values())
                .map(r -> new RadioItem(r.value(), r.label(), question.meaning(r)))
                .toList();
    }

    /** The words for a saved choice, for check-answers and the summary. */
    static String describe(String choice) {
        if (choice == null) {
            return null;
        }
        return Rating.fromValue(choice).map(Rating::label).orElse(FormNumbers.capitalise(choice));
    }
}
