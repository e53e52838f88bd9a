package org.vfmworkbook.metrics;

import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;

import org.vfmworkbook.security.Access;
import org.vfmworkbook.security.Permission;
import org.vfmworkbook.web.NotFoundProblem;

/** The metric catalogue, one metric for every council, and the need model, as JSON. */
@Access(Permission.ANYONE)
@Path("/api/metrics")
@Produces(MediaType.APPLICATION_JSON)
public class MetricResource {

    private final NationalComparisons comparisons;

    MetricResource(NationalComparisons comparisons) {
        this.comparisons = comparisons;
    }

    public record CouncilValue(
            String code,
            String name,
            String regionCode,
            Double value,
            Double numerator,
            Double denominator,
            String sourceYear,
            List<CouncilMetric.Flag> flags) {}

    public record MetricValues(MetricDefinition metric, String year, Statistics england, List<CouncilValue> values) {}

    @GET
    @Operation(summary = "The metric catalogue: definitions, units, sources and caveats")
    public List<MetricDefinition> catalogue() {
        return comparisons.catalogue().all();
    }

    @GET
    @Path("/{metricId}/values")
    @Operation(summary = "One metric for every council in a year, ordered by council name (never by value)")
    public MetricValues values(@PathParam("metricId") String metricId, @QueryParam("year") String year) {
        MetricDefinition metric = comparisons
                .catalogue()
                .find(metricId)
                .orElseThrow(() -> new NotFoundProblem("No metric with id " + metricId));
        YearSnapshot snapshot = comparisons.requireYear(year);
        List<CouncilValue> values = snapshot.councils().stream()
                .map(c -> {
                    MetricValue v = snapshot.value(metricId, c.code());
                    return new CouncilValue(
                            c.code(),
                            c.name(),
                            c.regionCode(),
                            v.value(),
                            v.numerator(),
                            v.denominator(),
                            v.sourceYear(),
                            v.flags().stream()
                                    .sorted()
                                    .map(f -> new CouncilMetric.Flag(f, f.description()))
                                    .toList());
                })
                .toList();
        Statistics england = Statistics.of(values.stream()
                .filter(v -> v.value() != null)
                .map(CouncilValue::value)
                .toList());
        return new MetricValues(metric, snapshot.year(), england, values);
    }
}
