package org.vfmworkbook.workbook;

import java.net.URI;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

import org.vfmworkbook.metrics.NationalComparisons;
import org.vfmworkbook.metrics.StatisticalNeighbours;
import org.vfmworkbook.metrics.YearSnapshot;
import org.vfmworkbook.nationaldata.CouncilRecord;
import org.vfmworkbook.security.Access;
import org.vfmworkbook.security.Permission;
import org.vfmworkbook.web.FormErrors;

/**
 * A workbook's own comparison group ({@link CustomGroupChoice}): it starts from the council's statistical neighbours, the list can
 * be narrowed by name, type and region (a GET query, so it works without JavaScript; js/custom-group-filter.js narrows it as one
 * types), and saving needs at least {@value CustomGroupChoice#MINIMUM} councils, never the council itself.
 */
@Path("/workbooks/{id}/custom-group")
@Produces(MediaType.TEXT_HTML)
public class CustomGroupPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance show(
                WorkbookSummary workbook,
                CustomGroupChoice choice,
                int neighbourCount,
                WorkbookPermissions may,
                FormErrors errors);
    }

    private final WorkbookService workbooks;
    private final NationalComparisons comparisons;
    private final CurrentActor actor;

    CustomGroupPages(WorkbookService workbooks, NationalComparisons comparisons, CurrentActor actor) {
        this.workbooks = workbooks;
        this.comparisons = comparisons;
        this.actor = actor;
    }

    @Access(Permission.READ_WORKBOOK)
    @GET
    public String show(
            @PathParam("id") long id,
            @QueryParam("q") String search,
            @QueryParam("type") String type,
            @QueryParam("region") String region,
            @QueryParam("chosen") String chosen,
            @QueryParam("start") String start) {
        WorkbookSummary workbook = workbooks.summary(id);
        YearSnapshot year = comparisons.requireYear(workbook.dataYear());
        List<String> neighbours = neighbours(year, workbook.councilCode());
        Set<String> ticked;
        boolean fromNeighbours = false;
        if ("neighbours".equals(start)) {
            ticked = Set.copyOf(neighbours);
            fromNeighbours = true;
        } else if (chosen != null) {
            ticked = CustomGroupChoice.parse(chosen);
        } else {
            List<String> saved = workbooks.state(id).customGroup();
            fromNeighbours = saved.isEmpty();
            ticked = Set.copyOf(fromNeighbours ? neighbours : saved);
        }
        CustomGroupChoice choice = new CustomGroupChoice(
                candidates(year, workbook.councilCode()),
                ticked,
                new CustomGroupChoice.Filter(search, type, region),
                fromNeighbours);
        return Templates.show(workbook, choice, neighbours.size(), actor.permissionsFor(id), FormErrors.none())
                .render();
    }

    /**
     * "Filter" (without JavaScript) comes back to the page with the filter and the ticks in the query; "Remove the group" empties
     * it; anything else saves the ticked councils.
     */
    @Access(Permission.EDIT_WORKBOOK)
    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response change(@PathParam("id") long id, MultivaluedMap<String, String> fields) {
        List<String> codes = fields.getOrDefault("councils", List.of());
        String action = fields.getFirst("action");
        CustomGroupChoice.Filter filter =
                new CustomGroupChoice.Filter(fields.getFirst("q"), fields.getFirst("type"), fields.getFirst("region"));
        if ("filter".equals(action)) {
            return Response.seeOther(filtered(id, filter, codes)).build();
        }
        if ("remove".equals(action)) {
            workbooks.changeCustomGroup(id, List.of());
            return Response.seeOther(URI.create("/workbooks/" + id)).build();
        }
        WorkbookSummary workbook = workbooks.summary(id);
        YearSnapshot year = comparisons.requireYear(workbook.dataYear());
        List<CouncilRecord> candidates = candidates(year, workbook.councilCode());
        FormErrors errors = CustomGroupChoice.problems(
                workbook.councilCode(),
                codes,
                candidates.stream().map(CouncilRecord::code).collect(Collectors.toSet()));
        if (errors.isPresent()) {
            CustomGroupChoice choice = new CustomGroupChoice(candidates, Set.copyOf(codes), filter, false);
            String page = Templates.show(
                            workbook,
                            choice,
                            neighbours(year, workbook.councilCode()).size(),
                            actor.permissionsFor(id),
                            errors)
                    .render();
            return Response.status(422).entity(page).build();
        }
        workbooks.changeCustomGroup(id, codes);
        return Response.seeOther(URI.create("/workbooks/" + id)).build();
    }

    private static URI filtered(long id, CustomGroupChoice.Filter filter, List<String> codes) {
        UriBuilder uri = UriBuilder.fromPath("/workbooks/{id}/custom-group");
        if (!filter.search().isEmpty()) {
            uri.queryParam("q", filter.search());
        }
        if (!filter.type().isEmpty()) {
            uri.queryParam("type", filter.type());
        }
        if (!filter.region().isEmpty()) {
            uri.queryParam("region", filter.region());
        }
        uri.queryParam("chosen", String.join(",", codes));
        return uri.fragment("councils-list").build(id);
    }

    private static List<CouncilRecord> candidates(YearSnapshot year, String ownCode) {
        return year.councils().stream()
                .filter(council -> !council.code().equals(ownCode))
                .toList();
    }

    private static List<String> neighbours(YearSnapshot year, String code) {
        return year.neighbours().getOrDefault(code, List.of()).stream()
                .map(StatisticalNeighbours.Neighbour::areaCode)
                .toList();
    }
}
