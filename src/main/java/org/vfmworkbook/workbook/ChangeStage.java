package org.vfmworkbook.workbook;

import java.util.Arrays;
import java.util.Optional;

/**
 * The five stages of a Theory of Change, in the order the change runs: where we are now, the activities, the milestones (each with
 * a date), the outcomes and where we want to be. {@code slots} is how many boxes the form offers for the stage; {@code value} names
 * its form fields ({@code toc-activity-2-text}) and its audit entries.
 */
public enum ChangeStage {
    NOW("now", 1),
    ACTIVITY("activity", 3),
    MILESTONE("milestone", 3),
    OUTCOME("outcome", 3),
    GOAL("goal", 1);

    private final String value;
    private final int slots;

    ChangeStage(String value, int slots) {
        this.value = value;
        this.slots = slots;
    }

    public String value() {
        return value;
    }

    public int slots() {
        return slots;
    }

    /** Whether each box of the stage has a date (milestones do). */
    public boolean dated() {
        return this == MILESTONE;
    }

    static Optional<ChangeStage> fromValue(String value) {
        return Arrays.stream(values()).filter(s -> s.value.equals(value)).findFirst();
    }
}
