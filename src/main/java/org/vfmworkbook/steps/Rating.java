package org.vfmworkbook.steps;

import java.util.Locale;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A step's red, amber or green judgement. What each rating means for a step is step data (the judgement question's
 * {@code meanings}), so the step page and the report read the same words.
 */
public enum Rating {
    @JsonProperty("red")
    RED("Red", "red"),
    @JsonProperty("amber")
    AMBER("Amber", "orange"),
    @JsonProperty("green")
    GREEN("Green", "green");

    private final String label;
    private final String tagColour;

    Rating(String label, String tagColour) {
        this.label = label;
        this.tagColour = tagColour;
    }

    /** "Red", as shown to people. */
    public String label() {
        return label;
    }

    /** The value stored and posted by the form: {@code red}. */
    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The GOV.UK tag colour that shows the rating ({@code govuk-tag--orange} for amber). */
    public String tagColour() {
        return tagColour;
    }

    /** A stored choice as a rating; anything else (blank, an old value) is none. */
    public static Optional<Rating> fromValue(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String v = value.strip().toLowerCase(Locale.ROOT);
        for (Rating rating : values()) {
            if (rating.value().equals(v)) {
                return Optional.of(rating);
            }
        }
        return Optional.empty();
    }
}
