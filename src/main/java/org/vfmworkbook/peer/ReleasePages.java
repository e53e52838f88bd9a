package org.vfmworkbook.peer;

import java.net.URI;
import java.util.Arrays;
import java.util.List;

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

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateData;
import io.quarkus.qute.TemplateInstance;

import org.vfmworkbook.nationaldata.CouncilRecord;
import org.vfmworkbook.nationaldata.NationalDataStore;
import org.vfmworkbook.security.Access;
import org.vfmworkbook.security.Accounts;
import org.vfmworkbook.security.CurrentUser;
import org.vfmworkbook.security.Permission;
import org.vfmworkbook.security.User;
import org.vfmworkbook.web.Fmt;
import org.vfmworkbook.web.FormErrors;
import org.vfmworkbook.web.RadioItem;
import org.vfmworkbook.workbook.StaleEditException;

/**
 * A director's page for releasing their own council's figures and answers in the region's side-by-side views, and withdrawing
 * them (ADR 0011). Only directors of the region's councils reach it (403 for everyone else signed in).
 */
@Access(Permission.RELEASE_COUNCIL)
@Path("/regions/{code}/release")
@Produces(MediaType.TEXT_HTML)
public class ReleasePages {

    static final String STAGE = "stage";
    static final String CONFIRM = "confirm";

    /** What the page shows: the council, its stage, the choices and every past change. */
    @TemplateData
    public record Page(
            String regionCode,
            String regionName,
            String councilName,
            ReleaseStage stage,
            long version,
            List<RadioItem> stages,
            List<RadioItem> confirmation,
            List<Change> history,
            boolean changed) {

        public String action() {
            return href(regionCode);
        }

        public String regionHref() {
            return "/regions/" + regionCode;
        }

        public String savedHeading() {
            return councilName + ": " + stage.label().toLowerCase(java.util.Locale.UK);
        }

        public String stageLegend() {
            return "Who may see " + councilName + " named?";
        }
    }

    @TemplateData
    public record Change(String at, String who, String from, String to, boolean withdrawal) {}

    @CheckedTemplate(basePath = "ReleasePages")
    static class Templates {
        static native TemplateInstance show(Page page, String chosen, FormErrors errors);
    }

    private final CouncilReleases releases;
    private final RegionalViews regional;
    private final NationalDataStore nationalData;
    private final Accounts accounts;
    private final CurrentUser currentUser;

    ReleasePages(
            CouncilReleases releases,
            RegionalViews regional,
            NationalDataStore nationalData,
            Accounts accounts,
            CurrentUser currentUser) {
        this.releases = releases;
        this.regional = regional;
        this.nationalData = nationalData;
        this.accounts = accounts;
        this.currentUser = currentUser;
    }

    static String href(String regionCode) {
        return "/regions/" + regionCode + "/release";
    }

    @GET
    public String show(@PathParam("code") String code, @QueryParam("changed") boolean changed) {
        User director = currentUser.required(); // ReleaseAccessCheck let only the region's directors through
        Page page = page(code, director, changed);
        return Templates.show(page, page.stage().name(), FormErrors.none()).render();
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response change(@PathParam("code") String code, MultivaluedMap<String, String> form) {
        User director = currentUser.required(); // ReleaseAccessCheck let only the region's directors through
        String chosen = form.getFirst(STAGE);
        ReleaseStage stage = Arrays.stream(ReleaseStage.values())
                .filter(s -> s.name().equals(chosen))
                .findFirst()
                .orElse(null);
        FormErrors errors = FormErrors.none();
        if (stage == null) {
            errors = errors.with(STAGE, "Choose who may see your council named");
        }
        if (!"confirmed".equals(form.getFirst(CONFIRM))) {
            errors = errors.with(CONFIRM, "Confirm that you are deciding this for your council");
        }
        if (errors.isPresent()) {
            return again(code, director, 422, chosen, errors);
        }
        String version = form.getFirst("version");
        try {
            releases.change(
                    director, stage, version == null || !version.matches("\\d{1,18}") ? -1 : Long.parseLong(version));
        } catch (StaleEditException stale) {
            return again(code, director, 409, null, FormErrors.none().with(STAGE, stale.getMessage()));
        }
        return Response.seeOther(URI.create(href(code) + "?changed=true")).build();
    }

    private Response again(String code, User director, int status, String chosen, FormErrors errors) {
        return Response.status(status)
                .type(MediaType.TEXT_HTML_TYPE)
                .entity(Templates.show(page(code, director, false), chosen, errors)
                        .render())
                .build();
    }

    private Page page(String code, User director, boolean changed) {
        CouncilReleases.Status status = releases.status(director.councilCode());
        String council = nationalData.councils().stream()
                .filter(c -> c.code().equals(director.councilCode()))
                .map(CouncilRecord::name)
                .findFirst()
                .orElse(director.councilCode());
        List<RadioItem> stages = Arrays.stream(ReleaseStage.values())
                .map(s -> new RadioItem(s.name(), s.label(), s.description()))
                .toList();
        List<Change> history = status.history().stream()
                .map(c -> new Change(
                        Fmt.dateTime(c.at), displayName(c.who), c.fromStage.label(), c.toStage.label(), c.withdrawal()))
                .toList();
        return new Page(
                code,
                regional.region(code).name(),
                council,
                status.stage(),
                status.version(),
                stages,
                List.of(new RadioItem("confirmed", "I am deciding this for " + council + ", as its director")),
                history,
                changed);
    }

    private String displayName(String username) {
        return accounts.findByUsername(username).map(a -> a.displayName).orElse(username);
    }
}
