package org.vfmworkbook.metrics;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.vfmworkbook.nationaldata.CouncilRecord;

/**
 * Everything computed for one data year: every metric for every council (and the published region and
 * England totals), each council's statistical neighbours, and the need models. Immutable; rebuilt when the
 * national data changes.
 */
public record YearSnapshot(
        String year,
        List<CouncilRecord> councils,
        Map<String, Map<String, MetricValue>> values,
        Map<String, List<StatisticalNeighbours.Neighbour>> neighbours,
        Map<String, NeedModelResult> needModels) {

    /** A need model fitted for one spend metric, or why it could not be fitted. */
    public record NeedModelResult(
            String spendMetricId,
            NeedModel.Fit fit,
            Map<String, Double> standardisedResiduals,
            Map<String, Double> expected,
            String failure) {}

    public Optional<CouncilRecord> council(String code) {
        return councils.stream().filter(c -> c.code().equals(code)).findFirst();
    }

    /**
     * Whether a value is this year's own: available and not carried from an earlier year's file (the latest-available
     * metrics, ASCOF and IMD, carry an earlier figure forward, flagged). A trend counts only own-year values.
     */
    public static boolean isOwnYear(MetricValue value) {
        return value.available() && !value.flags().contains(DataFlag.EARLIER_YEAR);
    }

    public MetricValue value(String metricId, String areaCode) {
        Map<String, MetricValue> byArea = values.getOrDefault(metricId, Map.of());
        MetricValue value = byArea.get(areaCode);
        return value != null
                ? value
                : MetricValue.unavailable(metricId, areaCode, year, java.util.Set.of(DataFlag.MISSING));
    }
}
