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

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

import org.vfmworkbook.metrics.YearSnapshot;
import org.vfmworkbook.nationaldata.Regions;
import org.vfmworkbook.security.Access;
import org.vfmworkbook.security.CurrentUser;
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

        static native TemplateInstance show(
                RegionalView view,
                String csvHref,
                String namedHref,
                String anonymisedHref,
                String trendsHref,
                String releaseHref);
    }

    private final RegionalViews views;
    private final RegionalCsv csv;
    private final CouncilReleases releases;
    private final LetterSeeds seeds;
    private final CurrentUser currentUser;

    RegionalPages(
            RegionalViews views,
            RegionalCsv csv,
            CouncilReleases releases,
            LetterSeeds seeds,
            CurrentUser currentUser) {
        this.views = views;
        this.csv = csv;
        this.releases = releases;
        this.seeds = seeds;
        this.currentUser = currentUser;
    }

    /**
     * What the signed-in person sees named: councils released to them, and in an anonymised view only their own; never a
     * council named in the address.
     */
    private CouncilVisibility visibility(String regionCode) {
        return releases.visibility(currentUser.user(), regionCode);
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public String index() {
        return Templates.index(Regions.ALL, views.years()).render();
    }

    /**
     * A view that shows some council as a letter (anonymised, or a council not yet released to this person) and has no seed
     * redirects to a freshly drawn seed, so every viewing session gets new letters while the page and its CSV agree within the
     * session. Anonymised, only the signed-in council member's own council is named. The letters are drawn from the address's
     * seed keyed by {@link LetterSeeds}, so the address does not say which council is which letter.
     */
    @GET
    @Path("/{code}")
    @Produces(MediaType.TEXT_HTML)
    public Response show(
            @PathParam("code") String code,
            @QueryParam("year") String year,
            @QueryParam("mode") String modeParameter,
            @QueryParam("seed") String seedParameter) {
        boolean anonymised = ViewMode.parse(modeParameter) == ViewMode.ANONYMISED;
        String mode = anonymised ? "anonymised" : null;
        Long seed = ViewMode.seed(seedParameter);
        views.region(code);
        YearSnapshot snapshot = views.snapshot(year);
        String y = snapshot.year();
        CouncilVisibility visibility = visibility(code);
        boolean letters = visibility.needsLetters(views.councilCodes(snapshot, code), anonymised);
        if (letters && seed == null) {
            return Response.seeOther(href(code, y, mode, Math.abs(SEEDS.nextLong()), ""))
                    .build();
        }
        Long shownSeed = letters ? seed : null;
        RegionalView view =
                views.view(code, y, anonymised, shownSeed == null ? null : seeds.forAddress(shownSeed), visibility);
        String trends = "/regions/" + code + "/trends" + (anonymised ? "?mode=anonymised" : "");
        String release = ReleaseRules.isDirectorIn(currentUser.user(), code) ? ReleasePages.href(code) : null;
        return Response.ok(
                        Templates.show(
                                        view,
                                        href(code, y, mode, shownSeed, "/values.csv")
                                                .toString(),
                                        href(code, y, null, null, "").toString(),
                                        href(code, y, "anonymised", null, "").toString(),
                                        trends,
                                        release)
                                .render(),
                        MediaType.TEXT_HTML_TYPE)
                .build();
    }

    @GET
    @Path("/{code}/values.csv")
    @Produces("text/csv")
    public Response csv(
            @PathParam("code") String code,
            @QueryParam("year") String year,
            @QueryParam("mode") String modeParameter,
            @QueryParam("seed") String seedParameter) {
        boolean anonymised = ViewMode.parse(modeParameter) == ViewMode.ANONYMISED;
        Long seed = ViewMode.seed(seedParameter);
        RegionalView view = views.view(
                code, year, anonymised, seeds.forAddress(seed == null ? SEEDS.nextLong() : seed), visibility(code));
        return Response.ok(csv.write(view))
                .type("text/csv; charset=utf-8")
                .header(
                        "Content-Disposition",
                        "attachment; filename=\"region-" + view.regionCode() + "-" + view.year()
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
