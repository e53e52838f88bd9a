package org.vfmworkbook.security;

import java.util.Optional;

/** What the router matched: the route's path parameters and, for forms, a form field. */
public interface MatchedRoute {

    /** A path parameter of the matched route template ({@code {id}}), as the router extracted it; null when it has none. */
    String pathParameter(String name);

    /** A field of the submitted form; null when absent or when the body is not a form. */
    String formField(String name);

    /** A number that is a path parameter or form field, when it is one. */
    static Optional<Long> number(String text) {
        try {
            return text == null ? Optional.empty() : Optional.of(Long.parseLong(text.strip()));
        } catch (NumberFormatException notANumber) {
            return Optional.empty();
        }
    }
}
