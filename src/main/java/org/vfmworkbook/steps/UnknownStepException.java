package org.vfmworkbook.steps;

/** A step asked for by an id or number that no step file defines. */
public class UnknownStepException extends RuntimeException {
    public UnknownStepException(String idOrNumber) {
        super("No step with id " + idOrNumber);
    }
}
