package org.vfmworkbook.peer;

import org.vfmworkbook.web.BadRequestProblem;

/**
 * How a regional page shows the region's councils: by name, or anonymised with letters drawn from a seed. Read from the
 * {@code mode} and {@code seed} query parameters; any other value is a 400 that says what the parameter may be (issue K.7: the
 * values were passed on into a URI template, so {@code mode=${7*7}} was a 500).
 */
public enum ViewMode {
    NAMED,
    ANONYMISED;

    /** {@code null} or empty is the named view. */
    public static ViewMode parse(String mode) {
        if (mode == null || mode.isEmpty() || mode.equals("named")) {
            return NAMED;
        }
        if (mode.equals("anonymised")) {
            return ANONYMISED;
        }
        throw new BadRequestProblem("The view mode must be 'named' or 'anonymised'");
    }

    /** The anonymisation seed, when given: a whole number. */
    public static Long seed(String seed) {
        if (seed == null || seed.isEmpty()) {
            return null;
        }
        try {
            return Long.parseLong(seed);
        } catch (NumberFormatException notANumber) {
            throw new BadRequestProblem("The anonymisation seed must be a whole number");
        }
    }
}
