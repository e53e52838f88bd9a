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

import org.vfmworkbook.peer.SessionAccessRules;
import org.vfmworkbook.security.CurrentUser;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import org.vfmworkbook.security.Access;
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
    private final CurrentUser currentUser;

    TrendPages(TrendViews views, CurrentUser currentUser) {
        this.views = views;
        this.currentUser = currentUser;
    }

    /** {@code mode=anonymised} without a seed redirects to a freshly drawn seed, as the regional view does. */
    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response show(@PathParam("code") String code, @QueryParam("mode") String mode, @QueryParam("seed") Long seed) {
        views.region(code);
        boolean anonymised = "anonymised".equals(mode);
        if (anonymised && seed == null) {
            return Response.seeOther(href(code, Math.abs(SEEDS.nextLong()))).build();
        }
        TrendView view = views.view(code, anonymised ? seed : null,
                SessionAccessRules.ownCouncilShownByName(currentUser.user()));
        return Response.ok(Templates.show(view, "/regions/" + code, href(code, null).toString(),
                UriBuilder.fromPath("/regions/" + code + "/trends").queryParam("mode", "anonymised").build().toString())
                .render(), MediaType.TEXT_HTML_TYPE).build();
    }

    private static java.net.URI href(String code, Long seed) {
        UriBuilder uri = UriBuilder.fromPath("/regions/" + code + "/trends");
        if (seed != null) {
            uri.queryParam("mode", "anonymised").queryParam("seed", seed);
        }
        return uri.build();
    }
}
