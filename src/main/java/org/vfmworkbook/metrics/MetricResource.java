package org.vfmworkbook.metrics;

import java.util.List;
import java.util.Map;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;

/** The metric catalogue, one metric for every council, and the need model, as JSON. */
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
public class MetricResource {

    private final NationalComparisons comparisons;

    MetricResource(NationalComparisons comparisons) {
        this.comparisons = comparisons;
    }

    public record CouncilValue(String code, String name, String regionCode, Double value, Double numerator,
            Double denominator, String sourceYear, List<CouncilMetric.Flag> flags) {
    }

    public record MetricValues(MetricDefinition metric, String year, Statistics england, List<CouncilValue> values) {
    }

    public record NeedModelView(String spendMetric, String ageBand, String year, Map<String, Double> coefficients,
            Double rSquared, Double residualStandardError, Integer n, List<Excluded> excluded, String failure) {
    }

    public record Excluded(String code, String name, String reason) {
    }

    @GET
    @Path("/metrics")
    @Operation(summary = "The metric catalogue: definitions, units, sources and caveats")
    public List<MetricDefinition> catalogue() {
        return comparisons.catalogue().all();
    }

    @GET
    @Path("/metrics/{metricId}/values")
    @Operation(summary = "One metric for every council in a year, ordered by council name (never by value)")
    public MetricValues values(@PathParam("metricId") String metricId, @QueryParam("year") String year) {
        MetricDefinition metric = comparisons.catalogue().find(metricId)
                .orElseThrow(() -> new ApiNotFound("No metric with id " + metricId));
        YearSnapshot snapshot = CouncilResource.snapshot(comparisons, year);
        List<CouncilValue> values = snapshot.councils().stream().map(c -> {
            MetricValue v = snapshot.value(metricId, c.code());
            return new CouncilValue(c.code(), c.name(), c.regionCode(), v.value(), v.numerator(), v.denominator(),
                    v.sourceYear(), v.flags().stream().sorted().map(f -> new CouncilMetric.Flag(f, f.description()))
                            .toList());
        }).toList();
        Statistics england = Statistics.of(values.stream().filter(v -> v.value() != null).map(CouncilValue::value)
                .toList());
        return new MetricValues(metric, snapshot.year(), england, values);
    }

    @GET
    @Path("/need-model")
    @Operation(summary = "The need model for spend per adult: coefficients, R², n and the councils left out")
    public NeedModelView needModel(@QueryParam("year") String year, @QueryParam("ageBand") String ageBand) {
        YearSnapshot snapshot = CouncilResource.snapshot(comparisons, year);
        String band = ageBand == null || ageBand.isBlank() ? "18+" : ageBand;
        YearSnapshot.NeedModelResult model = snapshot.needModels().values().stream()
                .filter(m -> comparisons.catalogue().find(m.spendMetricId()).map(MetricDefinition::ageBand)
                        .filter(band::equals).isPresent())
                .findFirst().orElseThrow(() -> new ApiNotFound("No need model for age band " + band
                        + "; age bands: 18+, 18-64, 65+"));
        if (model.fit() == null) {
            return new NeedModelView(model.spendMetricId(), band, snapshot.year(), null, null, null, null, List.of(),
                    model.failure());
        }
        NeedModel.Fit fit = model.fit();
        List<Excluded> excluded = fit.excluded().stream().map(e -> new Excluded(e.areaCode(),
                snapshot.council(e.areaCode()).map(c -> c.name()).orElse(e.areaCode()), e.reason())).toList();
        return new NeedModelView(model.spendMetricId(), band, snapshot.year(), NeedModel.named(fit), fit.rSquared(),
                fit.residualStandardError(), fit.n(), excluded, null);
    }
}
