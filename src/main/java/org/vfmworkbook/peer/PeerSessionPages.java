package org.vfmworkbook.peer;

import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
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

import org.vfmworkbook.nationaldata.Regions;
import org.vfmworkbook.web.FormErrors;
import org.vfmworkbook.web.RadioItem;
import org.vfmworkbook.workbook.CurrentActor;
import org.vfmworkbook.workbook.WorkbookService;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** Peer-challenge session pages: list and create, the session, each step, challenges, replies, notes, follow-ups. */
@Path("/peer-sessions")
@Produces(MediaType.TEXT_HTML)
public class PeerSessionPages {

    static final int MAX_TEXT = 10_000;

    @CheckedTemplate(basePath = "PeerSessionPages")
    static class Templates {
        static native TemplateInstance index(List<PeerSessions.SessionSummary> sessions, List<RadioItem> regions,
                List<RadioItem> years, MultivaluedMap<String, String> form, FormErrors errors);

        static native TemplateInstance show(SessionView session, List<RadioItem> workbooks, FormErrors errors);

        static native TemplateInstance step(SessionView.StepView step, FormErrors errors);
    }

    private final PeerSessions sessions;
    private final RegionalViews regional;
    private final WorkbookService workbooks;
    private final CurrentActor actor;

    PeerSessionPages(PeerSessions sessions, RegionalViews regional, WorkbookService workbooks, CurrentActor actor) {
        this.sessions = sessions;
        this.regional = regional;
        this.workbooks = workbooks;
        this.actor = actor;
    }

    @GET
    public String index() {
        return index(new jakarta.ws.rs.core.MultivaluedHashMap<>(), FormErrors.none());
    }

    private String index(MultivaluedMap<String, String> form, FormErrors errors) {
        List<RadioItem> regions = new ArrayList<>();
        regions.add(new RadioItem("", "Choose a region"));
        Regions.ALL.forEach(r -> regions.add(new RadioItem(r.code(), r.name())));
        List<RadioItem> years = regional.years().stream().map(y -> new RadioItem(y, y)).toList();
        return Templates.index(sessions.list(), regions, years, form, errors).render();
    }

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
            return Response.status(422).entity(index(form, errors)).type(MediaType.TEXT_HTML_TYPE).build();
        }
        long id = sessions.create(region, year, title, actor.name());
        return Response.seeOther(URI.create("/peer-sessions/" + id)).build();
    }

    @GET
    @Path("/{id}")
    public String show(@PathParam("id") long id) {
        return show(id, FormErrors.none());
    }

    private String show(long id, FormErrors errors) {
        SessionView session = sessions.view(id);
        List<RadioItem> candidates = new ArrayList<>();
        candidates.add(new RadioItem("", "Choose a workbook"));
        List<String> regionCouncils = regional.councils(regional.snapshot(session.year()), session.regionCode()).stream()
                .map(c -> c.code()).toList();
        workbooks.list().stream()
                .filter(w -> w.dataYear().equals(session.year()) && regionCouncils.contains(w.councilCode()))
                .filter(w -> session.participants().stream().noneMatch(p -> p.workbookId() == w.id()))
                .forEach(w -> candidates.add(new RadioItem(String.valueOf(w.id()), w.title())));
        return Templates.show(session, candidates, errors).render();
    }

    @POST
    @Path("/{id}/participants")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response join(@PathParam("id") long id, MultivaluedMap<String, String> form) {
        String workbook = form.getFirst("workbook");
        try {
            sessions.join(id, Long.parseLong(workbook));
        } catch (NumberFormatException e) {
            return unprocessable(show(id, FormErrors.none().with("workbook", "Choose the workbook to share with the session")));
        } catch (IllegalArgumentException e) {
            return unprocessable(show(id, FormErrors.none().with("workbook", e.getMessage())));
        }
        return Response.seeOther(URI.create("/peer-sessions/" + id)).build();
    }

    @POST
    @Path("/{id}/participants/{workbookId}/withdraw")
    public Response withdraw(@PathParam("id") long id, @PathParam("workbookId") long workbookId) {
        sessions.withdraw(id, workbookId);
        return Response.seeOther(URI.create("/peer-sessions/" + id)).build();
    }

    @GET
    @Path("/{id}/steps/{stepId}")
    public String step(@PathParam("id") long id, @PathParam("stepId") String stepId) {
        return Templates.step(sessions.step(id, stepId), FormErrors.none()).render();
    }

    @POST
    @Path("/{id}/steps/{stepId}/challenges")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response challenge(@PathParam("id") long id, @PathParam("stepId") String stepId,
            MultivaluedMap<String, String> form) {
        String council = form.getFirst("council");
        String field = "challenge-" + council;
        String text = trimmed(form.getFirst(field));
        FormErrors errors = textErrors(field, text, "Enter your challenge");
        if (errors.isPresent()) {
            return unprocessable(Templates.step(sessions.step(id, stepId), errors).render());
        }
        sessions.challenge(id, council, stepId, actor.name(), text);
        return Response.seeOther(URI.create("/peer-sessions/" + id + "/steps/" + stepId + "#council-" + council)).build();
    }

    @POST
    @Path("/{id}/challenges/{commentId}/replies")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response reply(@PathParam("id") long id, @PathParam("commentId") long commentId,
            MultivaluedMap<String, String> form) {
        String field = "reply-" + commentId;
        String text = trimmed(form.getFirst(field));
        String stepId = form.getFirst("step");
        FormErrors errors = textErrors(field, text, "Enter your reply");
        if (errors.isPresent() && stepId != null) {
            return unprocessable(Templates.step(sessions.step(id, stepId), errors).render());
        }
        String step = sessions.reply(id, commentId, actor.name(), text);
        return Response.seeOther(URI.create("/peer-sessions/" + id + "/steps/" + step + "#challenge-" + commentId)).build();
    }

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

    @POST
    @Path("/{id}/follow-ups")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response followUp(@PathParam("id") long id, MultivaluedMap<String, String> form) {
        String what = trimmed(form.getFirst("what"));
        String owner = trimmed(form.getFirst("owner"));
        String dueText = trimmed(form.getFirst("due"));
        FormErrors errors = textErrors("what", what, "Enter the follow-up agreed");
        if (owner.isEmpty()) {
            errors = errors.with("owner", "Enter who will do it");
        }
        LocalDate due = null;
        if (!dueText.isEmpty()) {
            try {
                due = LocalDate.parse(dueText);
            } catch (DateTimeParseException e) {
                errors = errors.with("due", "Enter the date as YYYY-MM-DD, for example 2027-03-31");
            }
        }
        if (errors.isPresent()) {
            return unprocessable(show(id, errors));
        }
        sessions.addFollowUp(id, what, owner, due);
        return Response.seeOther(URI.create("/peer-sessions/" + id + "#follow-ups")).build();
    }

    private static FormErrors textErrors(String field, String text, String empty) {
        if (text.isEmpty()) {
            return FormErrors.none().with(field, empty);
        }
        if (text.length() > MAX_TEXT) {
            return FormErrors.none().with(field, "Must be 10,000 characters or fewer");
        }
        return FormErrors.none();
    }

    private static Response unprocessable(String page) {
        return Response.status(422).entity(page).type(MediaType.TEXT_HTML_TYPE).build();
    }

    private static String trimmed(String text) {
        return text == null ? "" : text.strip();
    }
}
