package org.vfmworkbook.workbook;

import java.util.Objects;

/**
 * One item of a data audit form as posted and checked: its kind and id, the choice, the texts (the three columns for a practice, the
 * note for a definition; null when blank) and the version of the item the form was shown with ({@link #NEW} when it had none).
 */
record DataAuditInput(
        DataAuditEntry.Kind kind,
        String itemId,
        String choice,
        String now,
        String needed,
        String progress,
        String note,
        long shownVersion) {

    /** The version a form shows for an item nobody has answered yet. */
    static final long NEW = -1;

    /** Whether the item saved is already what was posted (nothing to save). */
    boolean sameAs(SavedAuditItem saved) {
        if (saved == null) {
            return choice == null && now == null && needed == null && progress == null && note == null;
        }
        return Objects.equals(choice, saved.choice())
                && Objects.equals(now, saved.now())
                && Objects.equals(needed, saved.needed())
                && Objects.equals(progress, saved.progress())
                && Objects.equals(note, saved.note());
    }

    String key() {
        return SavedAuditItem.key(kind, itemId);
    }
}
