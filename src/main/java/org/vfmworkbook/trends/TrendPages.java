package org.vfmworkbook.trends;

import java.security.SecureRandom;

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

import org.vfmworkbook.peer.CouncilReleases;
import org.vfmworkbook.peer.CouncilVisibility;
import org.vfmworkbook.peer.LetterSeeds;
import org.vfmworkbook.peer.ViewMode;
import org.vfmworkbook.security.Access;
import org.vfmworkbook.security.CurrentUser;
import org.vfmworkbook.security.Permission;

/**
 * A region's councils on Oflog's adult social care measures over the years, named or anonymised as the regional
 * view is. Councils are never ordered by value.
 */
@Access(Permission.SIGNED_IN)
@Path("/regions/{code}/trends")
public class TrendPages {

    private static final SecureRandom SEEDS = new SecureRandom();

    @CheckedTemplate(basePath = "TrendPages")
    static class Templates {
        static native TemplateInstance show(TrendView view, String regionHref, String namedHref, String anonymisedHref);
    }

    private final TrendViews views;
    private final CouncilReleases releases;
    private final LetterSeeds seeds;
    private final CurrentUser currentUser;

    TrendPages(TrendViews views, CouncilReleases releases, LetterSeeds seeds, CurrentUser currentUser) {
        this.views = views;
        this.releases = releases;
        this.seeds = seeds;
        this.currentUser = currentUser;
    }

    /**
     * A view that shows some council as a letter (anonymised, or not yet released to this person) redirects to a freshly drawn
     * seed when it has none, as the regional view does.
     */
    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response show(
            @PathParam("code") String code, @QueryParam("mode") String mode, @QueryParam("seed") String seedParameter) {
        boolean anonymised = ViewMode.parse(mode) == ViewMode.ANONYMISED;
        Long seed = ViewMode.seed(seedParameter);
        views.region(code);
        CouncilVisibility visibility = releases.visibility(currentUser.user(), code);
        boolean letters = visibility.needsLetters(views.councilsShown(code), anonymised);
        if (letters && seed == null) {
            return Response.seeOther(href(code, anonymised, Math.abs(SEEDS.nextLong())))
                    .build();
        }
        TrendView view = views.view(code, anonymised, letters ? seeds.forAddress(seed) : null, visibility);
        return Response.ok(
                        Templates.show(
                                        view,
                                        "/regions/" + code,
                                        href(code, false, null).toString(),
                                        UriBuilder.fromPath("/regions/" + code + "/trends")
                                                .queryParam("mode", "anonymised")
                                                .build()
                                                .toString())
                                .render(),
                        MediaType.TEXT_HTML_TYPE)
                .build();
    }

    private static java.net.URI href(String code, boolean anonymised, Long seed) {
        UriBuilder uri = UriBuilder.fromPath("/regions/" + code + "/trends");
        if (anonymised) {
            uri.queryParam("mode", "anonymised");
        }
        if (seed != null) {
            uri.queryParam("seed", seed);
        }
        return uri.build();
    }
}
