package org.vfmworkbook.metrics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.vfmworkbook.nationaldata.CouncilRecord;
import org.vfmworkbook.nationaldata.Regions;

/** Computes a {@link YearSnapshot}: metrics, wide-variation flags, need models, neighbours. */
final class SnapshotBuilder {

    /** Characteristics for statistical neighbours: measure id and whether it is log-transformed. */
    private static final List<String> NEIGHBOUR_METRICS = List.of("imd-average-score", "share-adults-75-plus");

    private static final List<String> NEIGHBOUR_LOG_MEASURES = List.of("mye-population-18-plus", "population-density");
    static final double WIDE_VARIATION_RATIO = 10;

    private final MetricCatalogue catalogue;
    private final List<CouncilRecord> allCouncils;
    private final FigureIndex figures;
    private final MetricCalculator.PopulationBase population;

    SnapshotBuilder(
            MetricCatalogue catalogue,
            List<CouncilRecord> allCouncils,
            FigureIndex figures,
            MetricCalculator.PopulationBase population) {
        this.catalogue = catalogue;
        this.allCouncils = allCouncils;
        this.figures = figures;
        this.population = population;
    }

    YearSnapshot build(String year) {
        int start = Figure.startYear(year);
        List<CouncilRecord> councils = allCouncils.stream()
                .filter(c -> c.existedIn(start))
                .sorted(Comparator.comparing(CouncilRecord::name))
                .toList();
        MetricCalculator calculator = new MetricCalculator(figures, soleSuccessors(allCouncils), population);
        Set<String> areas = areaCodesWithTotals(councils);
        Map<String, Map<String, MetricValue>> values = new LinkedHashMap<>();
        for (MetricDefinition metric : catalogue.all()) {
            if (metric.isNeedModel()) {
                continue;
            }
            Map<String, MetricValue> byArea = new HashMap<>();
            for (String area : areas) {
                byArea.put(area, calculator.compute(metric, area, year));
            }
            values.put(metric.id(), flagWideVariation(byArea, councils));
        }
        Map<String, YearSnapshot.NeedModelResult> models = new LinkedHashMap<>();
        for (MetricDefinition metric : catalogue.all()) {
            if (metric.isNeedModel()) {
                for (MetricDefinition spend : spendMetrics(metric)) {
                    models.put(spend.id(), fitNeedModel(metric, spend, councils, values, calculator, year));
                }
                values.put(metric.id(), needAdjusted(metric, councils, values, models.get(metric.basedOn()), year));
            }
        }
        return new YearSnapshot(year, councils, values, neighbours(councils, values, calculator, year), models);
    }

    /** The need model is fitted for the metric it is based on and for the same spend by age band. */
    private List<MetricDefinition> spendMetrics(MetricDefinition needMetric) {
        List<MetricDefinition> spend = new ArrayList<>();
        catalogue.find(needMetric.basedOn()).ifPresent(spend::add);
        catalogue.all().stream()
                .filter(m -> m.id().startsWith(needMetric.basedOn() + "-") && m.isComputable())
                .forEach(spend::add);
        return spend;
    }

    private static Map<String, MetricValue> flagWideVariation(
            Map<String, MetricValue> byArea, List<CouncilRecord> councils) {
        Statistics s = Statistics.of(councils.stream()
                .map(c -> byArea.get(c.code()))
                .filter(MetricValue::available)
                .map(MetricValue::value)
                .toList());
        boolean wide = s.n() > 1 && s.min() > 0 && s.max() / s.min() >= WIDE_VARIATION_RATIO;
        if (!wide) {
            return byArea;
        }
        Map<String, MetricValue> flagged = new HashMap<>();
        byArea.forEach((area, v) -> flagged.put(area, v.withFlag(DataFlag.WIDE_VARIATION)));
        return flagged;
    }

    private YearSnapshot.NeedModelResult fitNeedModel(
            MetricDefinition needMetric,
            MetricDefinition spend,
            List<CouncilRecord> councils,
            Map<String, Map<String, MetricValue>> values,
            MetricCalculator calculator,
            String year) {
        List<NeedModel.Observation> observations = new ArrayList<>();
        Map<String, double[]> predictors = new HashMap<>();
        for (CouncilRecord council : councils) {
            Optional<double[]> x = predictors(needMetric, council.code(), values);
            MetricValue actual = values.get(spend.id()).get(council.code());
            Optional<Figure> adults = calculator.measure(council.code(), "mye-population-18-plus", year, true);
            if (x.isPresent()
                    && actual.available()
                    && adults.isPresent()
                    && adults.get().published()) {
                predictors.put(council.code(), x.get());
                observations.add(new NeedModel.Observation(
                        council.code(), actual.value(), x.get(), adults.get().value()));
            }
        }
        try {
            NeedModel.Fit fit = NeedModel.fit(needMetric.predictors(), observations);
            Map<String, Double> residuals = new LinkedHashMap<>();
            Map<String, Double> expected = new LinkedHashMap<>();
            for (NeedModel.Observation o : observations) {
                residuals.put(o.areaCode(), fit.standardisedResidual(o.spend(), o.predictors()));
                expected.put(o.areaCode(), fit.expected(o.predictors()));
            }
            return new YearSnapshot.NeedModelResult(spend.id(), fit, residuals, expected, null);
        } catch (IllegalArgumentException e) {
            return new YearSnapshot.NeedModelResult(spend.id(), null, Map.of(), Map.of(), e.getMessage());
        }
    }

    private static Optional<double[]> predictors(
            MetricDefinition needMetric, String area, Map<String, Map<String, MetricValue>> values) {
        double[] x = new double[needMetric.predictors().size()];
        for (int i = 0; i < x.length; i++) {
            MetricValue v = values.get(needMetric.predictors().get(i)).get(area);
            if (v == null || !v.available()) {
                return Optional.empty();
            }
            x[i] = v.value();
        }
        return Optional.of(x);
    }

    /** Actual ÷ expected × multiplier; numerator = actual, denominator = expected spend per adult. */
    private static Map<String, MetricValue> needAdjusted(
            MetricDefinition metric,
            List<CouncilRecord> councils,
            Map<String, Map<String, MetricValue>> values,
            YearSnapshot.NeedModelResult model,
            String year) {
        Map<String, MetricValue> adjusted = new HashMap<>();
        for (CouncilRecord council : councils) {
            MetricValue actual = values.get(metric.basedOn()).get(council.code());
            Optional<double[]> x = predictors(metric, council.code(), values);
            if (model == null || model.fit() == null || x.isEmpty() || !actual.available()) {
                Set<DataFlag> flags = new java.util.HashSet<>(Set.of(DataFlag.OUTSIDE_NEED_MODEL));
                flags.addAll(actual.flags());
                metric.predictors()
                        .forEach(p ->
                                flags.addAll(values.get(p).get(council.code()).flags()));
                flags.remove(DataFlag.WIDE_VARIATION);
                adjusted.put(council.code(), MetricValue.unavailable(metric.id(), council.code(), year, flags));
                continue;
            }
            double expected = model.fit().expected(x.get());
            Set<DataFlag> flags = new java.util.HashSet<>();
            if (model.fit().excluded().stream().anyMatch(e -> e.areaCode().equals(council.code()))) {
                flags.add(DataFlag.OUTSIDE_NEED_MODEL);
            }
            List<String> sources = new ArrayList<>(actual.sources());
            adjusted.put(
                    council.code(),
                    new MetricValue(
                            metric.id(),
                            council.code(),
                            year,
                            actual.value() / expected * metric.scale(),
                            actual.value(),
                            expected,
                            year,
                            flags,
                            sources));
        }
        return adjusted;
    }

    private static Map<String, List<StatisticalNeighbours.Neighbour>> neighbours(
            List<CouncilRecord> councils,
            Map<String, Map<String, MetricValue>> values,
            MetricCalculator calculator,
            String year) {
        List<StatisticalNeighbours.Characteristics> characteristics = new ArrayList<>();
        for (CouncilRecord council : councils) {
            List<Double> x = new ArrayList<>();
            for (String metric : NEIGHBOUR_METRICS) {
                MetricValue v = values.get(metric).get(council.code());
                x.add(v != null && v.available() ? v.value() : null);
            }
            for (String measure : NEIGHBOUR_LOG_MEASURES) {
                Optional<Figure> f = calculator.measure(council.code(), measure, year, true);
                x.add(
                        f.isPresent() && f.get().published() && f.get().value() > 0
                                ? Math.log(f.get().value())
                                : null);
            }
            characteristics.add(new StatisticalNeighbours.Characteristics(council.code(), x.toArray(Double[]::new)));
        }
        return StatisticalNeighbours.nearest(characteristics, StatisticalNeighbours.GROUP_SIZE);
    }

    static Map<String, String> soleSuccessors(List<CouncilRecord> councils) {
        Map<String, String> predecessorOf = new HashMap<>();
        Map<String, Long> successorCounts = councils.stream()
                .flatMap(c -> c.replacedBy().stream())
                .collect(Collectors.groupingBy(s -> s, Collectors.counting()));
        for (CouncilRecord c : councils) {
            if (c.replacedBy().size() == 1 && successorCounts.get(c.replacedBy().get(0)) == 1) {
                predecessorOf.put(c.replacedBy().get(0), c.code());
            }
        }
        return predecessorOf;
    }

    static Set<String> areaCodesWithTotals(List<CouncilRecord> councils) {
        Set<String> codes = councils.stream().map(CouncilRecord::code).collect(Collectors.toSet());
        Regions.ALL.forEach(r -> codes.add(r.code()));
        codes.add(Regions.ENGLAND_CODE);
        return codes;
    }
}
