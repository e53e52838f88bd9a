package org.vfmworkbook.web;

import jakarta.ws.rs.ForbiddenException;

/**
 * A refusal the user can act on: shown as a 403 page with this heading and explanation, and a link back (for example "This workbook is
 * signed off" with a link to the workbook, where a new version can be started). Use the plain {@link ForbiddenException} when saying why
 * would reveal something.
 */
public class ForbiddenProblem extends ForbiddenException {

    private final String heading;
    private final String backHref;
    private final String backText;

    public ForbiddenProblem(String heading, String explanation, String backHref, String backText) {
        super(explanation);
        this.heading = heading;
        this.backHref = backHref;
        this.backText = backText;
    }

    public String heading() {
        return heading;
    }

    public String backHref() {
        return backHref;
    }

    public String backText() {
        return backText;
    }
}
