package org.vfmworkbook.steps;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What a narrative rule's text may hold in braces ({@code {value}}): the one list the step validator checks against
 * and {@code findings/NarrativeEngine} fills, each in the metric's unit where it is a figure.
 */
public enum Placeholder {
    COUNCIL,
    YEAR,
    VALUE,
    MEDIAN,
    Q1,
    Q3,
    GROUP,
    METRIC,
    N,
    RATIO;

    /** Anything in braces; {@link #fromToken} says whether it is a placeholder. */
    public static final Pattern IN_TEXT = Pattern.compile("\\{([^{}]*)}");

    /** What is written between the braces: {@code value}. */
    public String token() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Placeholder> fromToken(String token) {
        return Arrays.stream(values()).filter(p -> p.token().equals(token)).findFirst();
    }

    /** "{council} {year} {value} …", for messages and docs. */
    static String listed() {
        return Arrays.stream(values()).map(p -> "{" + p.token() + "}").collect(Collectors.joining(" "));
    }
}
