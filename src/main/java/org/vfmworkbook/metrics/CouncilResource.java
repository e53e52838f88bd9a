package org.vfmworkbook.metrics;

import java.util.Arrays;
import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import org.vfmworkbook.nationaldata.CouncilRecord;
import org.vfmworkbook.nationaldata.NationalDataStore;
import org.vfmworkbook.security.Access;
import org.vfmworkbook.security.Permission;
import org.vfmworkbook.web.NotFoundProblem;

/** Councils and their metrics, as JSON. */
@Access(Permission.ANYONE)
@Path("/api/councils")
@Produces(MediaType.APPLICATION_JSON)
public class CouncilResource {

    private final NationalDataStore store;
    private final NationalComparisons comparisons;

    CouncilResource(NationalDataStore store, NationalComparisons comparisons) {
        this.store = store;
        this.comparisons = comparisons;
    }

    public record Region(String code, String name) {}

    public record CouncilView(
            String code,
            String name,
            String type,
            Region region,
            String cassrCode,
            String startDate,
            String endDate,
            List<String> replacedBy) {
        static CouncilView of(CouncilRecord c) {
            return new CouncilView(
                    c.code(),
                    c.name(),
                    c.type().name(),
                    new Region(c.regionCode(), c.regionName()),
                    c.cassrCode(),
                    c.startDate() == null ? null : c.startDate().toString(),
                    c.endDate() == null ? null : c.endDate().toString(),
                    c.replacedBy());
        }
    }

    public record Neighbour(String code, String name, double distance) {}

    public record CouncilMetrics(
            CouncilView council, String year, List<Neighbour> neighbours, List<CouncilMetric> metrics) {}

    @GET
    @Operation(summary = "Every council with adult social services responsibilities since April 2019, by name")
    public List<CouncilView> councils() {
        return store.councils().stream().map(CouncilView::of).toList();
    }

    @GET
    @Path("/{code}/metrics")
    @Operation(
            summary =
                    "Every metric for one council and year, with England, region, neighbour and custom-group comparisons")
    public CouncilMetrics metrics(
            @PathParam("code") String code,
            @Parameter(description = "Data year, e.g. 2021-22; the newest held if absent") @QueryParam("year")
                    String year,
            @Parameter(description = "Comma-separated council codes for a custom comparator group")
                    @QueryParam("custom")
                    String custom) {
        YearSnapshot snapshot = comparisons.requireYear(year);
        CouncilRecord council = snapshot.council(code)
                .orElseThrow(() -> new NotFoundProblem(
                        store.councils().stream().anyMatch(c -> c.code().equals(code))
                                ? "Council " + code + " did not exist in " + snapshot.year()
                                : "No council with code " + code));
        List<String> customCodes = customGroup(snapshot, custom);
        List<Neighbour> neighbours = snapshot.neighbours().getOrDefault(code, List.of()).stream()
                .map(n -> new Neighbour(
                        n.areaCode(),
                        snapshot.council(n.areaCode()).orElseThrow().name(),
                        n.distance()))
                .toList();
        return new CouncilMetrics(
                CouncilView.of(council),
                snapshot.year(),
                neighbours,
                comparisons.forCouncil(snapshot, council, customCodes));
    }

    @GET
    @Path("/{code}/metrics.csv")
    @Produces("text/csv; charset=UTF-8")
    @Operation(
            summary =
                    "Every metric for one council in every data year held, oldest year first, as CSV (values unrounded;"
                            + " a year that does not publish a metric says so, never 0)")
    public Response metricsOverYears(@PathParam("code") String code) {
        CouncilRecord council = store.councils().stream()
                .filter(c -> c.code().equals(code))
                .findFirst()
                .orElseThrow(() -> new NotFoundProblem("No council with code " + code));
        return Response.ok(CouncilYearsCsv.render(council, comparisons.catalogue(), comparisons))
                .header("Content-Disposition", "attachment; filename=\"" + code + "-every-year.csv\"")
                .build();
    }

    private static List<String> customGroup(YearSnapshot snapshot, String custom) {
        if (custom == null || custom.isBlank()) {
            return List.of();
        }
        List<String> codes = Arrays.stream(custom.split(","))
                .map(String::trim)
                .filter(s -> !s.isEmpty())
                .distinct()
                .toList();
        for (String code : codes) {
            if (snapshot.council(code).isEmpty()) {
                throw new NotFoundProblem("Custom group: no council with code " + code + " in " + snapshot.year());
            }
        }
        return codes;
    }
}
