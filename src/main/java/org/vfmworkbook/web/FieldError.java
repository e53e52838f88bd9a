package org.vfmworkbook.web;

import io.quarkus.qute.TemplateData;

/**
 * One problem with one form field. {@code href} is the anchor the error summary links to: the id of the field's input (the first input of a
 * radio, checkbox or date group).
 */
@TemplateData
public record FieldError(String field, String message, String href) {

    public FieldError(String field, String message) {
        this(field, message, "#" + field);
    }

    /** An error for a {@code dateInput}: the summary links to its day input. */
    public static FieldError forDate(String field, String message) {
        return new FieldError(field, message, "#" + field + "-day");
    }
}
