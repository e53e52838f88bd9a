package org.vfmworkbook.workbook;

import java.net.URI;

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

import org.vfmworkbook.security.Access;
import org.vfmworkbook.security.Permission;
import org.vfmworkbook.steps.StepCatalogue;
import org.vfmworkbook.steps.StepDefinition;
import org.vfmworkbook.web.FormErrors;

/** An action's Theory of Change: show it (a form for an editor) and save it (303 to the action on its step, 422 with the input kept, or 409 with the saved version when stale). */
@Access(Permission.EDIT_WORKBOOK)
@Path("/workbooks/{id}/actions/{actionId}/theory-of-change")
@Produces(MediaType.TEXT_HTML)
@Consumes(MediaType.APPLICATION_FORM_URLENCODED)
public class TheoryOfChangePages {

    @CheckedTemplate(basePath = "TheoryOfChangePages")
    static class Templates {
        static native TemplateInstance show(TheoryOfChangePage page);
    }

    private final ActionService actions;
    private final TheoryOfChangeService theories;
    private final WorkbookService workbooks;
    private final StepCatalogue steps;
    private final ActionChoices measures;
    private final CurrentActor actor;

    TheoryOfChangePages(
            ActionService actions,
            TheoryOfChangeService theories,
            WorkbookService workbooks,
            StepCatalogue steps,
            ActionChoices measures,
            CurrentActor actor) {
        this.actions = actions;
        this.theories = theories;
        this.workbooks = workbooks;
        this.steps = steps;
        this.measures = measures;
        this.actor = actor;
    }

    @Access(Permission.READ_WORKBOOK)
    @GET
    public String show(@PathParam("id") long id, @PathParam("actionId") long actionId) {
        ActionView action = actions.action(id, actionId);
        return page(id, action, TheoryOfChangeForm.of(action.theoryOfChange()), FormErrors.none(), null)
                .render();
    }

    @POST
    public Response save(
            @PathParam("id") long id, @PathParam("actionId") long actionId, MultivaluedMap<String, String> fields) {
        FormValues form = FormValues.of(fields);
        ActionView current = actions.action(id, actionId);
        TheoryOfChangeForm.Parsed parsed = TheoryOfChangeForm.parse(form, measures);
        if (parsed.errors().isPresent()) {
            return Response.status(422)
                    .entity(page(id, current, form, parsed.errors(), null).render())
                    .build();
        }
        try {
            theories.save(id, actionId, version(form.get(TheoryOfChangeForm.VERSION)), parsed.boxes());
        } catch (StaleEditException stale) {
            ActionView saved = actions.action(id, actionId);
            return Response.status(409)
                    .entity(page(
                                    id,
                                    saved,
                                    TheoryOfChangeForm.of(saved.theoryOfChange()),
                                    FormErrors.none(),
                                    stale.getMessage())
                            .render())
                    .build();
        }
        return Response.seeOther(URI.create("/workbooks/" + id + "/steps/" + current.stepId() + "#action-" + actionId))
                .build();
    }

    private TemplateInstance page(long id, ActionView action, FormValues form, FormErrors errors, String stale) {
        WorkbookSummary workbook = workbooks.summary(id);
        StepDefinition step = steps.byId(action.stepId());
        boolean editable = actor.permissionsFor(id).edit() && !workbook.signedOff();
        return Templates.show(
                new TheoryOfChangePage(workbook, action, step.number(), step.title(), editable, form, errors, stale));
    }

    /** The form's version: blank when it was shown with nothing saved; anything unreadable is treated as stale. */
    private static Long version(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(raw.strip());
        } catch (NumberFormatException e) {
            return -1L;
        }
    }
}
