package org.vfmworkbook.web;

/**
 * Thrown when a request names something the page does not understand: a parameter value outside the ones it accepts. The message is
 * shown to the user as it is, so name the parameter and what it may be: "The view mode must be 'named' or 'anonymised'".
 */
public class BadRequestProblem extends RuntimeException {

    public BadRequestProblem(String userMessage) {
        super(userMessage);
    }
}
