package org.vfmworkbook.steps;

/**
 * One thing wrong with a step file: the file, where in it (a path such as {@code comparisons[0].metric}, empty
 * for the whole file), what kind of problem, and the offending detail.
 */
public record StepProblem(String file, String path, StepProblemCode code, String detail) {

    public String message() {
        return code.message(detail);
    }

    @Override
    public String toString() {
        return file + (path.isEmpty() ? "" : " at " + path) + ": " + code + ": " + message();
    }
}
