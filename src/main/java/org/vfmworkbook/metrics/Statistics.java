package org.vfmworkbook.metrics;

import java.util.Arrays;
import java.util.Collection;

/**
 * Summary statistics of a group's values. Quartiles by linear interpolation between order statistics
 * (Hyndman and Fan type 7: the method of Excel's QUARTILE.INC and R's default), so a reader can
 * reproduce them in a spreadsheet. {@code sd} is the sample standard deviation (n − 1).
 */
public record Statistics(int n, Double mean, Double median, Double q1, Double q3, Double min, Double max, Double sd) {

    public static Statistics of(Collection<Double> values) {
        double[] sorted =
                values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        int n = sorted.length;
        if (n == 0) {
            return new Statistics(0, null, null, null, null, null, null, null);
        }
        double mean = Arrays.stream(sorted).average().orElseThrow();
        Double sd = null;
        if (n > 1) {
            double squares =
                    Arrays.stream(sorted).map(v -> (v - mean) * (v - mean)).sum();
            sd = Math.sqrt(squares / (n - 1));
        }
        return new Statistics(
                n,
                mean,
                quantile(sorted, 0.5),
                quantile(sorted, 0.25),
                quantile(sorted, 0.75),
                sorted[0],
                sorted[n - 1],
                sd);
    }

    /** Type-7 quantile of sorted values: h = (n − 1)p; x[⌊h⌋] + (h − ⌊h⌋)(x[⌊h⌋+1] − x[⌊h⌋]). */
    static double quantile(double[] sorted, double p) {
        double h = (sorted.length - 1) * p;
        int below = (int) Math.floor(h);
        int above = Math.min(below + 1, sorted.length - 1);
        return sorted[below] + (h - below) * (sorted[above] - sorted[below]);
    }

    /** Standard score of a value against this group: (value − mean) ÷ sd; null when it cannot be stated. */
    public Double zScore(double value) {
        if (n < 3 || sd == null || sd == 0) {
            return null;
        }
        return (value - mean) / sd;
    }

    public QuartileBand band(double value) {
        if (n < 4) {
            return null;
        }
        if (value < q1) {
            return QuartileBand.LOWEST_QUARTER;
        }
        if (value <= median) {
            return QuartileBand.LOWER_MIDDLE;
        }
        if (value <= q3) {
            return QuartileBand.UPPER_MIDDLE;
        }
        return QuartileBand.HIGHEST_QUARTER;
    }
}
