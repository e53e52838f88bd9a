package org.vfmworkbook.dataaudit;

import java.util.Optional;

/** How far a data practice of the checklist is in place, as the council judges it. */
public enum PracticeStatus {
    IN_PLACE("in-place"),
    PARTLY("partly"),
    NOT_IN_PLACE("not-in-place");

    private final String value;

    PracticeStatus(String value) {
        this.value = value;
    }

    /** The value stored and posted by the form: {@code not-in-place}. */
    public String value() {
        return value;
    }

    /** A posted or stored value; anything else is none. */
    public static Optional<PracticeStatus> fromValue(String value) {
        for (PracticeStatus status : values()) {
            if (status.value.equals(value)) {
                return Optional.of(status);
            }
        }
        return Optional.empty();
    }
}
