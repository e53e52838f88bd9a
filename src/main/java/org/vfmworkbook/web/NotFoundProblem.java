package org.vfmworkbook.web;

/**
 * Thrown when something the user asked for by name does not exist. The message is shown to the user as it is, so say what was not found
 * and in plain words: "No council with code E99999999".
 */
public class NotFoundProblem extends RuntimeException {

    public NotFoundProblem(String userMessage) {
        super(userMessage);
    }
}
