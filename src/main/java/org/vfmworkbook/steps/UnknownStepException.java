package org.vfmworkbook.steps;

import org.vfmworkbook.web.NotFoundProblem;

/** A step asked for by an id or number that no step file defines; shown as a 404 by the shared error handling. */
public class UnknownStepException extends NotFoundProblem {
    public UnknownStepException(String idOrNumber) {
        super("No step with id " + idOrNumber);
    }
}
