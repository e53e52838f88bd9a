package org.vfmworkbook.peer;

import java.net.URI;
import java.security.SecureRandom;
import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;

import org.vfmworkbook.nationaldata.Regions;
import org.vfmworkbook.security.CurrentUser;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import org.vfmworkbook.security.Access;
import org.vfmworkbook.security.Permission;

/**
 * The regional view for peer challenge: a region's councils side by side on every data-led measure, named or
 * anonymised, in HTML and CSV. Councils are never ordered by value.
 */
@Access(Permission.SIGNED_IN)
@Path("/regions")
public class RegionalPages {

    private static final SecureRandom SEEDS = new SecureRandom();

    @CheckedTemplate(basePath = "RegionalPages")
    static class Templates {
        static native TemplateInstance index(List<Regions.Region> regions, List<String> years);

        static native TemplateInstance show(RegionalView view, String csvHref, String namedHref, String anonymisedHref);
    }

    private final RegionalViews views;
    private final RegionalCsv csv;
    private final CurrentUser currentUser;

    RegionalPages(RegionalViews views, RegionalCsv csv, CurrentUser currentUser) {
        this.views = views;
        this.csv = csv;
        this.currentUser = currentUser;
    }

    /** The council an anonymised view names: the signed-in member's own, never one named in the address. */
    private String viewer() {
        return SessionAccessRules.ownCouncilShownByName(currentUser.user());
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public String index() {
        return Templates.index(Regions.ALL, views.years()).render();
    }

    /**
     * {@code mode=anonymised} without a seed redirects to a freshly drawn seed, so every viewing session gets new
     * letters while the page and its CSV agree within the session. Anonymised, only the signed-in council member's own
     * council is named.
     */
    @GET
    @Path("/{code}")
    @Produces(MediaType.TEXT_HTML)
    public Response show(@PathParam("code") String code, @QueryParam("year") String year,
            @QueryParam("mode") String mode, @QueryParam("seed") Long seed) {
        views.region(code);
        String y = views.snapshot(year).year();
        if ("anonymised".equals(mode) && seed == null) {
            return Response.seeOther(href(code, y, "anonymised", Math.abs(SEEDS.nextLong()), "")).build();
        }
        Long anonymisedSeed = "anonymised".equals(mode) ? seed : null;
        RegionalView view = views.view(code, y, anonymisedSeed, viewer());
        return Response.ok(Templates.show(view, href(code, y, mode, anonymisedSeed, "/values.csv").toString(),
                href(code, y, null, null, "").toString(), href(code, y, "anonymised", null, "").toString())
                .render(), MediaType.TEXT_HTML_TYPE).build();
    }

    @GET
    @Path("/{code}/values.csv")
    @Produces("text/csv")
    public Response csv(@PathParam("code") String code, @QueryParam("year") String year, @QueryParam("mode") String mode,
            @QueryParam("seed") Long seed) {
        if ("anonymised".equals(mode) && seed == null) {
            seed = Math.abs(SEEDS.nextLong());
        }
        RegionalView view = views.view(code, year, "anonymised".equals(mode) ? seed : null, viewer());
        return Response.ok(csv.write(view)).type("text/csv; charset=utf-8")
                .header("Content-Disposition", "attachment; filename=\"region-" + view.regionCode() + "-" + view.year()
                        + (view.anonymised() ? "-anonymised" : "") + ".csv\"")
                .build();
    }

    private static URI href(String code, String year, String mode, Long seed, String suffix) {
        UriBuilder uri = UriBuilder.fromPath("/regions/" + code + suffix).queryParam("year", year);
        if (mode != null) {
            uri.queryParam("mode", mode);
        }
        if (seed != null) {
            uri.queryParam("seed", seed);
        }
        return uri.build();
    }
}
