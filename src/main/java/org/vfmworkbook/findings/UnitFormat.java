package org.vfmworkbook.findings;

import org.vfmworkbook.metrics.Unit;
import org.vfmworkbook.web.Fmt;

/**
 * Formats a metric value in the unit {@code steps/metrics.yaml} gives it, through {@link Fmt}: a missing value reads
 * "Not available", never 0.
 */
public final class UnitFormat {

    private UnitFormat() {}

    /** 514.6 in gbp-per-person → "£515"; 12.34 in percent → "12.3%"; 1234.5 in per-100k → "1,234.5 per 100,000". */
    public static String format(Unit unit, Double value) {
        if (unit == null) {
            return Fmt.decimal(value, 1);
        }
        return switch (unit) {
            case GBP_PER_PERSON -> Fmt.gbp(value);
            case GBP_PER_WEEK -> value == null ? Fmt.NOT_AVAILABLE : Fmt.gbp(value) + unit.writtenAfter();
            case GBP_PER_HOUR -> value == null ? Fmt.NOT_AVAILABLE : Fmt.gbpPence(value) + unit.writtenAfter();
            case PERCENT -> Fmt.percent(value);
            case PER_100K -> Fmt.perHundredThousand(value);
            case INDEX -> Fmt.decimal(value, 0);
            case SCORE -> Fmt.decimal(value, 1);
        };
    }

    /** Value ÷ median to one decimal place ("1.2"); the narrative text supplies "times". */
    public static String ratio(Double value, Double median) {
        if (value == null || median == null || median == 0) {
            return Fmt.NOT_AVAILABLE;
        }
        return Fmt.decimal(value / median, 1);
    }

    /** The axis title for a unit: "£ per person", "%", "per 100,000"; empty when there is none. */
    public static String axisTitle(Unit unit) {
        return unit == null ? "" : unit.axisTitle();
    }
}
