package org.vfmworkbook.metrics;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Ordinary least squares of spend per adult on need predictors (deprivation score, share of adults aged
 * 75+), fitted over all councils with every value. Two exclusions, each recorded with its reason:
 * councils with fewer than {@value #MIN_ADULT_POPULATION} adults (the City of London and the Isles of Scilly,
 * whose costs are not comparable), then, after a first fit, councils whose standardised residual exceeds
 * {@value #OUTLIER_RESIDUAL} in size; the model is refitted without them.
 */
public final class NeedModel {

    public static final double MIN_ADULT_POPULATION = 10_000;
    public static final double OUTLIER_RESIDUAL = 3.0;

    /** One council's inputs. */
    public record Observation(String areaCode, double spend, double[] predictors, double adultPopulation) {}

    public record Exclusion(String areaCode, String reason) {}

    /** The fitted model: coefficients (intercept first), R², residual standard error, n, exclusions. */
    public record Fit(
            List<String> predictors,
            double[] coefficients,
            double rSquared,
            double residualStandardError,
            int n,
            List<Exclusion> excluded) {

        public double expected(double[] x) {
            double y = coefficients[0];
            for (int i = 0; i < x.length; i++) {
                y += coefficients[i + 1] * x[i];
            }
            return y;
        }

        /** Residual ÷ residual standard error. */
        public double standardisedResidual(double actual, double[] x) {
            return (actual - expected(x)) / residualStandardError;
        }
    }

    private NeedModel() {}

    public static Fit fit(List<String> predictorNames, List<Observation> observations) {
        List<Exclusion> excluded = new ArrayList<>();
        List<Observation> kept = new ArrayList<>();
        for (Observation o : observations) {
            if (o.adultPopulation() < MIN_ADULT_POPULATION) {
                excluded.add(new Exclusion(o.areaCode(), "fewer than 10,000 adults"));
            } else {
                kept.add(o);
            }
        }
        Fit first = ols(predictorNames, kept, List.of());
        List<Observation> inliers = new ArrayList<>();
        for (Observation o : kept) {
            double r = first.standardisedResidual(o.spend(), o.predictors());
            if (Math.abs(r) > OUTLIER_RESIDUAL) {
                excluded.add(new Exclusion(
                        o.areaCode(),
                        String.format("standardised residual %.1f in the first fit (more than 3 in size)", r)));
            } else {
                inliers.add(o);
            }
        }
        return ols(predictorNames, inliers, excluded);
    }

    /** Solves the normal equations (XᵀX)b = Xᵀy by Gaussian elimination with partial pivoting. */
    static Fit ols(List<String> predictorNames, List<Observation> observations, List<Exclusion> excluded) {
        int k = predictorNames.size() + 1;
        int n = observations.size();
        if (n <= k) {
            throw new IllegalArgumentException("need more councils (" + n + ") than coefficients (" + k + ")");
        }
        double[][] xtx = new double[k][k];
        double[] xty = new double[k];
        for (Observation o : observations) {
            double[] row = withIntercept(o.predictors());
            for (int i = 0; i < k; i++) {
                xty[i] += row[i] * o.spend();
                for (int j = 0; j < k; j++) {
                    xtx[i][j] += row[i] * row[j];
                }
            }
        }
        double[] b = solve(xtx, xty);
        double mean =
                observations.stream().mapToDouble(Observation::spend).average().orElseThrow();
        double sse = 0;
        double sst = 0;
        for (Observation o : observations) {
            double fitted = dot(b, withIntercept(o.predictors()));
            sse += (o.spend() - fitted) * (o.spend() - fitted);
            sst += (o.spend() - mean) * (o.spend() - mean);
        }
        return new Fit(
                List.copyOf(predictorNames), b, 1 - sse / sst, Math.sqrt(sse / (n - k)), n, List.copyOf(excluded));
    }

    private static double[] withIntercept(double[] x) {
        double[] row = new double[x.length + 1];
        row[0] = 1;
        System.arraycopy(x, 0, row, 1, x.length);
        return row;
    }

    private static double dot(double[] a, double[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }

    static double[] solve(double[][] a, double[] y) {
        int k = y.length;
        double[][] m = new double[k][k + 1];
        for (int i = 0; i < k; i++) {
            System.arraycopy(a[i], 0, m[i], 0, k);
            m[i][k] = y[i];
        }
        for (int col = 0; col < k; col++) {
            int pivot = col;
            for (int r = col + 1; r < k; r++) {
                if (Math.abs(m[r][col]) > Math.abs(m[pivot][col])) {
                    pivot = r;
                }
            }
            if (Math.abs(m[pivot][col]) < 1e-12) {
                throw new IllegalArgumentException("the predictors are collinear: the model cannot be fitted");
            }
            double[] swap = m[col];
            m[col] = m[pivot];
            m[pivot] = swap;
            for (int r = 0; r < k; r++) {
                if (r != col) {
                    double factor = m[r][col] / m[col][col];
                    for (int c = col; c <= k; c++) {
                        m[r][c] -= factor * m[col][c];
                    }
                }
            }
        }
        double[] b = new double[k];
        for (int i = 0; i < k; i++) {
            b[i] = m[i][k] / m[i][i];
        }
        return b;
    }

    /** Coefficients by name, intercept first, for display. */
    public static Map<String, Double> named(Fit fit) {
        Map<String, Double> named = new LinkedHashMap<>();
        named.put("intercept", fit.coefficients()[0]);
        for (int i = 0; i < fit.predictors().size(); i++) {
            named.put(fit.predictors().get(i), fit.coefficients()[i + 1]);
        }
        return named;
    }
}
