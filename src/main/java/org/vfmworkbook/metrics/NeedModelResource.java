package org.vfmworkbook.metrics;

import java.util.List;
import java.util.Map;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;

import org.vfmworkbook.security.Access;
import org.vfmworkbook.security.Permission;
import org.vfmworkbook.web.NotFoundProblem;

/** The need model behind need-adjusted spend, as JSON. */
@Access(Permission.ANYONE)
@Path("/api/need-model")
@Produces(MediaType.APPLICATION_JSON)
public class NeedModelResource {

    private final NationalComparisons comparisons;

    NeedModelResource(NationalComparisons comparisons) {
        this.comparisons = comparisons;
    }

    public record NeedModelView(
            String spendMetric,
            String ageBand,
            String year,
            Map<String, Double> coefficients,
            Double rSquared,
            Double residualStandardError,
            Integer n,
            List<Excluded> excluded,
            String failure) {}

    public record Excluded(String code, String name, String reason) {}

    @GET
    @Operation(summary = "The need model for spend per adult: coefficients, R², n and the councils left out")
    public NeedModelView needModel(@QueryParam("year") String year, @QueryParam("ageBand") String ageBand) {
        YearSnapshot snapshot = comparisons.requireYear(year);
        String band = ageBand == null || ageBand.isBlank() ? "18+" : ageBand;
        YearSnapshot.NeedModelResult model = snapshot.needModels().values().stream()
                .filter(m -> comparisons
                        .catalogue()
                        .find(m.spendMetricId())
                        .map(MetricDefinition::ageBand)
                        .filter(band::equals)
                        .isPresent())
                .findFirst()
                .orElseThrow(() ->
                        new NotFoundProblem("No need model for age band " + band + "; age bands: 18+, 18-64, 65+"));
        if (model.fit() == null) {
            return new NeedModelView(
                    model.spendMetricId(), band, snapshot.year(), null, null, null, null, List.of(), model.failure());
        }
        NeedModel.Fit fit = model.fit();
        List<Excluded> excluded = fit.excluded().stream()
                .map(e -> new Excluded(
                        e.areaCode(),
                        snapshot.council(e.areaCode()).map(c -> c.name()).orElse(e.areaCode()),
                        e.reason()))
                .toList();
        return new NeedModelView(
                model.spendMetricId(),
                band,
                snapshot.year(),
                NeedModel.named(fit),
                fit.rSquared(),
                fit.residualStandardError(),
                fit.n(),
                excluded,
                null);
    }
}
