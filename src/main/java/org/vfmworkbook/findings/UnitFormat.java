package org.vfmworkbook.findings;

import org.vfmworkbook.web.Fmt;

/**
 * Formats a metric value in the unit {@code steps/metrics.yaml} gives it, through {@link Fmt}: a missing value reads
 * "Not available", never 0.
 */
public final class UnitFormat {

    private UnitFormat() {}

    /** 514.6 in gbp-per-person → "£515"; 12.34 in percent → "12.3%"; 1234.5 in per-100k → "1,234.5 per 100,000". */
    public static String format(String unit, Double value) {
        if (unit == null) {
            return Fmt.decimal(value, 1);
        }
        return switch (unit) {
            case "gbp-per-person" -> Fmt.gbp(value);
            case "gbp-per-week" -> value == null ? Fmt.NOT_AVAILABLE : Fmt.gbp(value) + " a week";
            case "gbp-per-hour" -> value == null ? Fmt.NOT_AVAILABLE : Fmt.gbpPence(value) + " an hour";
            case "percent" -> Fmt.percent(value);
            case "per-100k" -> Fmt.perHundredThousand(value);
            case "index" -> Fmt.decimal(value, 0);
            default -> Fmt.decimal(value, 1);
        };
    }

    /** Value ÷ median to one decimal place ("1.2"); the narrative text supplies "times". */
    public static String ratio(Double value, Double median) {
        if (value == null || median == null || median == 0) {
            return Fmt.NOT_AVAILABLE;
        }
        return Fmt.decimal(value / median, 1);
    }

    /** The axis title for a unit: "£ per person", "%", "per 100,000". */
    public static String axisTitle(String unit) {
        if (unit == null) {
            return "";
        }
        return switch (unit) {
            case "gbp-per-person" -> "£ per person";
            case "gbp-per-week" -> "£ a week";
            case "gbp-per-hour" -> "£ an hour";
            case "percent" -> "%";
            case "per-100k" -> "per 100,000";
            case "index" -> "index (100 = as expected)";
            default -> unit;
        };
    }
}
