package org.vfmworkbook.workbook;

import org.vfmworkbook.web.Fmt;

/** Formats a metric's value by its unit in the catalogue. */
final class MetricFormat {

    private MetricFormat() {
    }

    static String format(String unit, Double value) {
        if (value == null || value.isNaN()) {
            return Fmt.NOT_AVAILABLE;
        }
        return switch (unit == null ? "" : unit) {
            case "percent" -> Fmt.percent(value);
            case "per-100k" -> Fmt.perHundredThousand(value);
            case "gbp-per-person", "gbp-per-week" -> Fmt.gbp(value);
            case "gbp-per-hour" -> Fmt.gbpPence(value);
            default -> Fmt.decimal(value, 1);
        };
    }
}
