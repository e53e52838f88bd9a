package org.vfmworkbook.dataaudit;

import java.util.Optional;

/** Whether the council's recording of a term matches NHS Digital's definition of it. */
public enum DefinitionMatch {
    YES("yes"),
    NO("no"),
    UNSURE("unsure");

    private final String value;

    DefinitionMatch(String value) {
        this.value = value;
    }

    /** The value stored and posted by the form: {@code unsure}. */
    public String value() {
        return value;
    }

    /** A posted or stored value; anything else is none. */
    public static Optional<DefinitionMatch> fromValue(String value) {
        for (DefinitionMatch match : values()) {
            if (match.value.equals(value)) {
                return Optional.of(match);
            }
        }
        return Optional.empty();
    }
}
