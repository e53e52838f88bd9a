package org.vfmworkbook.peer;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.vfmworkbook.web.FormErrors;

/** What the peer-session forms share: the limit on a challenge, reply or follow-up, and the 422 re-render. */
final class SessionForms {

    static final int MAX_TEXT = 10_000;

    private SessionForms() {}

    /** The error for a required text field left empty ({@code empty} says what to enter) or over {@link #MAX_TEXT}. */
    static FormErrors textErrors(String field, String text, String empty) {
        if (text.isEmpty()) {
            return FormErrors.none().with(field, empty);
        }
        if (text.length() > MAX_TEXT) {
            return FormErrors.none().with(field, "Must be 10,000 characters or fewer");
        }
        return FormErrors.none();
    }

    /** The page re-rendered with its errors and the input kept. */
    static Response unprocessable(String page) {
        return Response.status(422).entity(page).type(MediaType.TEXT_HTML_TYPE).build();
    }

    static String trimmed(String text) {
        return text == null ? "" : text.strip();
    }
}
