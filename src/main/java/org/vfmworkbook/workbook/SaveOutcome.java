package org.vfmworkbook.workbook;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** The result of saving a step's answers: saved (with the new versions), or a conflict with someone else's newer save. */
public sealed interface SaveOutcome {

    /** {@code answers}: what each saved answer of the step now is, by question id, for the form's hidden fields. */
    record Saved(long version, Instant at, Map<String, AnswerBasis> answers) implements SaveOutcome {}

    /** The form was based on an older version; nothing was saved. {@code answers} are the questions where the texts differ. */
    record Conflict(long currentVersion, List<ConflictingAnswer> answers) implements SaveOutcome {}

    /** Your submitted answer and the saved one, side by side. {@code saved} may be null when the other save removed it. */
    record ConflictingAnswer(String questionId, AnswerInput yours, SavedAnswer saved) {}
}
