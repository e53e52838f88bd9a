package org.vfmworkbook.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.quarkus.qute.TemplateData;

/**
 * The problems found on a submitted form, in the order the fields appear on the page. Field tags read {@link #has(String)} and
 * {@link #message(String)}; the error summary lists {@link #list()}.
 */
@TemplateData
public record FormErrors(List<FieldError> list) {

    private static final FormErrors NONE = new FormErrors(List.of());

    public FormErrors {
        list = List.copyOf(list);
    }

    public static FormErrors none() {
        return NONE;
    }

    public static FormErrors of(FieldError... errors) {
        return new FormErrors(List.of(errors));
    }

    /** Adds a problem; a field keeps its first message, as a user fixes one thing at a time. */
    public FormErrors with(FieldError error) {
        if (has(error.field())) {
            return this;
        }
        List<FieldError> more = new ArrayList<>(list);
        more.add(error);
        return new FormErrors(more);
    }

    public FormErrors with(String field, String message) {
        return with(new FieldError(field, message));
    }

    public boolean has(String field) {
        return find(field).isPresent();
    }

    /** The message for the field, or {@code null} when it has none. */
    public String message(String field) {
        return find(field).map(FieldError::message).orElse(null);
    }

    public boolean isEmpty() {
        return list.isEmpty();
    }

    public boolean isPresent() {
        return !list.isEmpty();
    }

    private Optional<FieldError> find(String field) {
        return list.stream().filter(e -> e.field().equals(field)).findFirst();
    }
}
