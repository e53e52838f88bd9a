package org.vfmworkbook.metrics;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The councils a figure is compared with: the one type for a comparator group, in step files ({@code groups:
 * [neighbours, england]}), in the comparisons a council's metric carries (an {@link java.util.EnumMap} keyed by it),
 * in the API ({@code "england"}) and in the page's {@code ?group=}.
 */
public enum ComparatorGroup {
    @JsonProperty("england")
    ENGLAND,
    @JsonProperty("region")
    REGION,
    @JsonProperty("neighbours")
    NEIGHBOURS,
    /** A list the council chooses (or imports, such as a licensed CIPFA list). */
    @JsonProperty("custom")
    CUSTOM;

    /** The word in step files, the API and {@code ?group=}: {@code england}, {@code neighbours}. */
    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** A group from its word, in any case; empty for anything else. */
    public static Optional<ComparatorGroup> fromValue(String value) {
        return value == null
                ? Optional.empty()
                : Arrays.stream(values())
                        .filter(g -> g.value().equalsIgnoreCase(value.strip()))
                        .findFirst();
    }
}
