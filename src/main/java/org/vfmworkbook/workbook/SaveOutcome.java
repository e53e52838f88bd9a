package org.vfmworkbook.workbook;

import java.time.Instant;
import java.util.List;

/** The result of saving a step's answers: saved (with the new version), or a conflict with someone else's newer save. */
public sealed interface SaveOutcome {

    record Saved(long version, Instant at) implements SaveOutcome {
    }

    /** The form was based on an older version; nothing was saved. {@code answers} are the questions where the texts differ. */
    record Conflict(long currentVersion, List<ConflictingAnswer> answers) implements SaveOutcome {
    }

    /** Your submitted answer and the saved one, side by side. {@code saved} may be null when the other save removed it. */
    record ConflictingAnswer(String questionId, AnswerInput yours, SavedAnswer saved) {
    }
}
