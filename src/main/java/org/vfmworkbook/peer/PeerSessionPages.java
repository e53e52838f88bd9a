package org.vfmworkbook.peer;

import static org.vfmworkbook.peer.SessionForms.textErrors;
import static org.vfmworkbook.peer.SessionForms.trimmed;
import static org.vfmworkbook.peer.SessionForms.unprocessable;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

import org.vfmworkbook.nationaldata.Regions;
import org.vfmworkbook.security.Access;
import org.vfmworkbook.security.CurrentUser;
import org.vfmworkbook.security.Permission;
import org.vfmworkbook.security.User;
import org.vfmworkbook.web.DateInput;
import org.vfmworkbook.web.FieldError;
import org.vfmworkbook.web.Fmt;
import org.vfmworkbook.web.FormErrors;
import org.vfmworkbook.web.RadioItem;

/**
 * Peer-challenge session pages: list and create, the session, joining and withdrawing, the facilitator's notes and
 * follow-ups. A session's steps, challenges and replies are {@link SessionStepPages}; its pack {@link SessionPackPages}. Each method declares the permission it needs; {@link SessionAccessCheck} decides it before it runs.
 */
@Path("/peer-sessions")
@Produces(MediaType.TEXT_HTML)
public class PeerSessionPages {

    @CheckedTemplate(basePath = "PeerSessionPages")
    static class Templates {
        static native TemplateInstance index(
                List<PeerSessions.SessionSummary> sessions,
                List<PeerSessions.JoinableSession> joinable,
                boolean canStart,
                List<RadioItem> regions,
                List<RadioItem> years,
                List<RadioItem> councilsShown,
                MultivaluedMap<String, String> form,
                FormErrors errors);

        static native TemplateInstance show(
                SessionView session, MultivaluedMap<String, String> form, DateInput due, FormErrors errors);
    }

    private static final List<RadioItem> COUNCILS_SHOWN = List.of(
            new RadioItem("named", "Named, in alphabetical order"),
            new RadioItem(
                    "anonymised",
                    "Anonymised: Council A, B, C…",
                    "Each council sees only its own name; letters are drawn afresh for this session"));

    private final PeerSessions sessions;
    private final SessionViews views;
    private final RegionalViews regional;
    private final CurrentUser currentUser;

    PeerSessionPages(PeerSessions sessions, SessionViews views, RegionalViews regional, CurrentUser currentUser) {
        this.sessions = sessions;
        this.views = views;
        this.regional = regional;
        this.currentUser = currentUser;
    }

    private String actor() {
        return currentUser.required().username();
    }

    @Access(Permission.SIGNED_IN)
    @GET
    public String index() {
        return index(new jakarta.ws.rs.core.MultivaluedHashMap<>(), FormErrors.none());
    }

    private String index(MultivaluedMap<String, String> form, FormErrors errors) {
        List<RadioItem> regions = new ArrayList<>();
        regions.add(new RadioItem("", "Choose a region"));
        User user = currentUser.user();
        Regions.ALL.stream()
                .filter(r -> SessionAccessRules.canStartSessionFor(user, r.code()))
                .forEach(r -> regions.add(new RadioItem(r.code(), r.name())));
        List<RadioItem> years =
                regional.years().stream().map(y -> new RadioItem(y, y)).toList();
        return Templates.index(
                        sessions.visibleTo(user),
                        sessions.joinableBy(user),
                        SessionAccessRules.canStartSessions(user),
                        regions,
                        years,
                        COUNCILS_SHOWN,
                        form,
                        errors)
                .render();
    }

    @Access(Permission.START_SESSION)
    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(MultivaluedMap<String, String> form) {
        String region = form.getFirst("region");
        String year = form.getFirst("year");
        String title = trimmed(form.getFirst("title"));
        FormErrors errors = FormErrors.none();
        if (region == null || Regions.byCode(region).isEmpty()) {
            errors = errors.with("region", "Choose the region");
        }
        if (year == null || !regional.years().contains(year)) {
            errors = errors.with("year", "Choose the data year");
        }
        if (title.isEmpty()) {
            errors = errors.with("title", "Enter a title for the session");
        } else if (title.length() > 200) {
            errors = errors.with("title", "Title must be 200 characters or fewer");
        }
        if (errors.isPresent()) {
            return unprocessable(index(form, errors));
        }
        long id = sessions.create(region, year, title, actor(), "anonymised".equals(form.getFirst("councils")));
        return Response.seeOther(URI.create("/peer-sessions/" + id)).build();
    }

    @Access(Permission.SEE_SESSION)
    @GET
    @Path("/{id}")
    public String show(@PathParam("id") long id) {
        return show(id, FormErrors.none());
    }

    private String show(long id, FormErrors errors) {
        return show(id, new jakarta.ws.rs.core.MultivaluedHashMap<>(), errors);
    }

    /** The session page with the follow-up form as typed (kept on an error). */
    private String show(long id, MultivaluedMap<String, String> form, FormErrors errors) {
        return Templates.show(views.view(id, currentUser.user()), form, DateInput.typed("due", form::getFirst), errors)
                .render();
    }

    @Access(Permission.JOIN_SESSION)
    @POST
    @Path("/{id}/participants")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response join(@PathParam("id") long id, MultivaluedMap<String, String> form) {
        String workbook = form.getFirst("workbook");
        try {
            sessions.join(id, Long.parseLong(workbook));
        } catch (NumberFormatException e) {
            return unprocessable(
                    joinPage(id, FormErrors.none().with("workbook", "Choose the workbook to share with the session")));
        } catch (IllegalArgumentException e) {
            return unprocessable(joinPage(id, FormErrors.none().with("workbook", e.getMessage())));
        }
        return Response.seeOther(URI.create("/peer-sessions/" + id)).build();
    }

    /** A council that has not joined yet may not see the session: it joins from the list of sessions. */
    private String joinPage(long id, FormErrors errors) {
        boolean sees = sessions.accessFor(id)
                .map(a -> SessionAccessRules.canSee(currentUser.user(), a))
                .orElse(false);
        return sees ? show(id, errors) : index(new jakarta.ws.rs.core.MultivaluedHashMap<>(), errors);
    }

    @Access(Permission.WITHDRAW_FROM_SESSION)
    @POST
    @Path("/{id}/participants/{workbookId}/withdraw")
    public Response withdraw(@PathParam("id") long id, @PathParam("workbookId") long workbookId) {
        sessions.withdraw(id, workbookId);
        return Response.seeOther(URI.create("/peer-sessions/" + id)).build();
    }

    @Access(Permission.FACILITATE_SESSION)
    @POST
    @Path("/{id}/notes")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response notes(@PathParam("id") long id, MultivaluedMap<String, String> form) {
        String notes = trimmed(form.getFirst("notes"));
        if (notes.length() > 20_000) {
            return unprocessable(show(id, FormErrors.none().with("notes", "Notes must be 20,000 characters or fewer")));
        }
        sessions.saveNotes(id, notes);
        return Response.seeOther(URI.create("/peer-sessions/" + id + "#notes")).build();
    }

    @Access(Permission.FACILITATE_SESSION)
    @POST
    @Path("/{id}/follow-ups")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response followUp(@PathParam("id") long id, MultivaluedMap<String, String> form) {
        String what = trimmed(form.getFirst("what"));
        String owner = trimmed(form.getFirst("owner"));
        FormErrors errors = textErrors("what", what, "Enter the follow-up agreed");
        if (owner.isEmpty()) {
            errors = errors.with("owner", "Enter who will do it");
        } else if (owner.length() > 200) {
            errors = errors.with("owner", "Who will do it must be 200 characters or fewer");
        }
        LocalDate today = LocalDate.now(Fmt.LONDON);
        DateInput.Reading due = DateInput.typed("due", form::getFirst).read("the date it is due", false, today, today);
        if (due.failed()) {
            errors = errors.with(FieldError.forDate("due", due.problem()));
        }
        if (errors.isPresent()) {
            return unprocessable(show(id, form, errors));
        }
        sessions.addFollowUp(id, what, owner, due.date());
        return Response.seeOther(URI.create("/peer-sessions/" + id + "#follow-ups"))
                .build();
    }
}
