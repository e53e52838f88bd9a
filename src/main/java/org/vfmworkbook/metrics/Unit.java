package org.vfmworkbook.metrics;

import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * What a metric's value is measured in ({@code unit:} in {@code steps/metrics.yaml}). {@code findings/UnitFormat}
 * writes a value in it; {@link #writtenAfter()} is the words that follow the number ("a week"), which a narrative
 * rule's text may already give.
 */
public enum Unit {
    @JsonProperty("gbp-per-person")
    GBP_PER_PERSON("£ per person", ""),
    @JsonProperty("gbp-per-week")
    GBP_PER_WEEK("£ a week", " a week"),
    @JsonProperty("gbp-per-hour")
    GBP_PER_HOUR("£ an hour", " an hour"),
    @JsonProperty("percent")
    PERCENT("%", ""),
    @JsonProperty("per-100k")
    PER_100K("per 100,000", " per 100,000"),
    /** 100 = as expected (the need model's actual ÷ expected). */
    @JsonProperty("index")
    INDEX("index (100 = as expected)", ""),
    @JsonProperty("score")
    SCORE("score", "");

    private final String axisTitle;
    private final String writtenAfter;

    Unit(String axisTitle, String writtenAfter) {
        this.axisTitle = axisTitle;
        this.writtenAfter = writtenAfter;
    }

    /** The word in metrics.yaml, the API and the CSV download: {@code gbp-per-person}. */
    public String value() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The unit a metrics.yaml word names ({@code gbp-per-week}), or null for null or an unknown word. */
    public static Unit fromValue(String value) {
        for (Unit unit : values()) {
            if (unit.value().equals(value)) {
                return unit;
            }
        }
        return null;
    }

    /** Whether a value in this unit is money (its numerator is pounds, not people). */
    public boolean isMoney() {
        return this == GBP_PER_PERSON || this == GBP_PER_WEEK || this == GBP_PER_HOUR;
    }

    /** A chart's value axis title: "£ per person", "%". */
    public String axisTitle() {
        return axisTitle;
    }

    /** The words after a formatted value, with their leading space (" a week"), or "" when none. */
    public String writtenAfter() {
        return writtenAfter;
    }
}
