package org.vfmworkbook.web;

import java.util.Collection;
import java.util.Objects;

import io.quarkus.qute.TemplateData;

/** One choice in a {@code radios}, {@code checkboxes} or {@code select} tag. {@code hint} may be null. */
@TemplateData
public record RadioItem(String value, String text, String hint) {

    public RadioItem(String value, String text) {
        this(value, text, null);
    }

    /** Whether the user's current answer (one value, or a collection of values for checkboxes) selects this item. */
    public boolean selectedBy(Object current) {
        if (current instanceof Collection<?> values) {
            return values.stream().anyMatch(v -> Objects.equals(String.valueOf(v), value));
        }
        return current != null && value.equals(String.valueOf(current));
    }

    public boolean hasHint() {
        return hint != null && !hint.isBlank();
    }
}
