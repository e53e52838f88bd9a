package org.vfmworkbook.metrics;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.vfmworkbook.nationaldata.CouncilRecord;
import org.vfmworkbook.web.CsvCells;

/**
 * Every metric of one council in every data year held, as CSV: one row per year (oldest first) and metric, unrounded
 * values, an empty value with its status where there is none ("Not published for this year", never 0), the year the
 * figures were published for, the flags and the cells they came from.
 */
final class CouncilYearsCsv {

    private static final List<String> HEADER = List.of(
            "council_code",
            "council",
            "data_year",
            "metric_id",
            "metric",
            "unit",
            "value",
            "status",
            "source_year",
            "flags",
            "sources");

    private CouncilYearsCsv() {}

    static String render(CouncilRecord council, MetricCatalogue catalogue, NationalComparisons comparisons) {
        StringBuilder csv = new StringBuilder();
        CsvCells.line(csv, HEADER);
        List<List<MetricValue>> byMetric = new ArrayList<>();
        for (MetricDefinition metric : catalogue.all()) {
            byMetric.add(comparisons.valuesOverYears(metric.id(), council.code()));
        }
        int years = byMetric.isEmpty() ? 0 : byMetric.get(0).size();
        for (int year = 0; year < years; year++) {
            for (int m = 0; m < byMetric.size(); m++) {
                MetricDefinition metric = catalogue.all().get(m);
                MetricValue value = byMetric.get(m).get(year);
                CsvCells.line(
                        csv,
                        List.of(
                                council.code(),
                                council.name(),
                                value.year(),
                                metric.id(),
                                metric.title(),
                                metric.unit().value(),
                                CsvCells.number(value.value()),
                                value.status().description(),
                                value.sourceYear() == null ? "" : value.sourceYear(),
                                value.flags().stream()
                                        .sorted()
                                        .map(DataFlag::description)
                                        .collect(Collectors.joining("; ")),
                                String.join("; ", value.sources())));
            }
        }
        return csv.toString();
    }
}
