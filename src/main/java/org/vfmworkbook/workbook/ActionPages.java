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
import org.vfmworkbook.steps.Comparison;
import org.vfmworkbook.steps.StepCatalogue;
import org.vfmworkbook.web.FormErrors;

/** A step's SMART actions (add, change, remove) and local figures (save, remove). */
@Access(Permission.EDIT_WORKBOOK)
@Path("/workbooks/{id}/steps/{stepId}")
@Produces(MediaType.TEXT_HTML)
@Consumes(MediaType.APPLICATION_FORM_URLENCODED)
public class ActionPages {

    @CheckedTemplate(basePath = "WorkbookPages")
    static class Templates {
        static native TemplateInstance changeAction(
                StepPage page, ActionView action, FormValues form, FormValues note, FormErrors errors, String stale);
    }

    private final StepPages stepPages;
    private final StepPageBuilder pages;
    private final ActionService actions;
    private final LocalFigureService figures;
    private final StepCatalogue steps;
    private final ActionChoices measures;

    ActionPages(
            StepPages stepPages,
            StepPageBuilder pages,
            ActionService actions,
            LocalFigureService figures,
            StepCatalogue steps,
            ActionChoices measures) {
        this.stepPages = stepPages;
        this.pages = pages;
        this.actions = actions;
        this.figures = figures;
        this.steps = steps;
        this.measures = measures;
    }

    @POST
    @Path("actions")
    public Response add(
            @PathParam("id") long id, @PathParam("stepId") String stepId, MultivaluedMap<String, String> fields) {
        FormValues form = FormValues.of(fields);
        ActionForm.Parsed parsed = ActionForm.parse(form, null, measures);
        if (parsed.errors().isPresent()) {
            var submitted =
                    new StepPageBuilder.Submitted(FormValues.none(), form, null, FormValues.none(), parsed.errors());
            return Response.status(422)
                    .entity(stepPages.render(id, stepId, submitted, null))
                    .build();
        }
        ActionView added = actions.add(id, stepId, parsed.values());
        return Response.seeOther(URI.create(stepHref(id, stepId) + "#action-" + added.id()))
                .build();
    }

    @Access(Permission.READ_WORKBOOK)
    @GET
    @Path("actions/{actionId}")
    public String change(
            @PathParam("id") long id, @PathParam("stepId") String stepId, @PathParam("actionId") long actionId) {
        ActionView action = actions.action(id, actionId);
        return Templates.changeAction(
                        page(id, stepId), action, ActionForm.of(action), FormValues.none(), FormErrors.none(), null)
                .render();
    }

    @POST
    @Path("actions/{actionId}")
    public Response saveChange(
            @PathParam("id") long id,
            @PathParam("stepId") String stepId,
            @PathParam("actionId") long actionId,
            MultivaluedMap<String, String> fields) {
        FormValues form = FormValues.of(fields);
        ActionView current = actions.action(id, actionId);
        ActionForm.Parsed parsed = ActionForm.parse(form, current.dueDate(), measures);
        if (parsed.errors().isPresent()) {
            return Response.status(422)
                    .entity(Templates.changeAction(
                                    page(id, stepId), current, form, FormValues.none(), parsed.errors(), null)
                            .render())
                    .build();
        }
        try {
            actions.change(id, actionId, StepPages.parseVersion(form.get(ActionForm.VERSION)), parsed.values());
        } catch (StaleEditException stale) {
            return Response.status(409)
                    .entity(Templates.changeAction(
                                    page(id, stepId),
                                    current,
                                    ActionForm.of(current),
                                    FormValues.none(),
                                    FormErrors.none(),
                                    stale.getMessage())
                            .render())
                    .build();
        }
        return Response.seeOther(URI.create(stepHref(id, stepId) + "#action-" + actionId))
                .build();
    }

    /** A dated progress note on the action; on a problem the change page comes back with both forms as they were. */
    @POST
    @Path("actions/{actionId}/notes")
    public Response addNote(
            @PathParam("id") long id,
            @PathParam("stepId") String stepId,
            @PathParam("actionId") long actionId,
            MultivaluedMap<String, String> fields) {
        FormValues note = FormValues.of(fields);
        ProgressNoteForm.Parsed parsed = ProgressNoteForm.parse(note);
        if (parsed.errors().isPresent()) {
            ActionView current = actions.action(id, actionId);
            return Response.status(422)
                    .entity(Templates.changeAction(
                                    page(id, stepId), current, ActionForm.of(current), note, parsed.errors(), null)
                            .render())
                    .build();
        }
        actions.addNote(id, actionId, parsed.date(), parsed.text());
        return Response.seeOther(URI.create(stepHref(id, stepId) + "/actions/" + actionId + "#progress-notes"))
                .build();
    }

    @POST
    @Path("actions/{actionId}/remove")
    public Response remove(
            @PathParam("id") long id, @PathParam("stepId") String stepId, @PathParam("actionId") long actionId) {
        actions.remove(id, actionId);
        return Response.seeOther(URI.create(stepHref(id, stepId) + "#actions")).build();
    }

    @POST
    @Path("local-figures")
    public Response saveLocalFigure(
            @PathParam("id") long id, @PathParam("stepId") String stepId, MultivaluedMap<String, String> fields) {
        FormValues form = FormValues.of(fields);
        Comparison comparison = comparison(stepId, form.text(LocalFigureForm.COMPARISON));
        LocalFigureForm.Parsed parsed = LocalFigureForm.parse(comparison.id(), comparison.metric(), form);
        if (parsed.errors().isPresent()) {
            var submitted = new StepPageBuilder.Submitted(
                    FormValues.none(), FormValues.none(), comparison.id(), form, parsed.errors());
            return Response.status(422)
                    .entity(stepPages.render(id, stepId, submitted, null))
                    .build();
        }
        figures.save(id, stepId, parsed.values());
        return Response.seeOther(URI.create(stepHref(id, stepId) + "#comparison-" + comparison.id()))
                .build();
    }

    @POST
    @Path("local-figures/{comparisonId}/remove")
    public Response removeLocalFigure(
            @PathParam("id") long id,
            @PathParam("stepId") String stepId,
            @PathParam("comparisonId") String comparisonId) {
        Comparison comparison = comparison(stepId, comparisonId);
        figures.remove(id, stepId, comparison.metric());
        return Response.seeOther(URI.create(stepHref(id, stepId) + "#comparison-" + comparison.id()))
                .build();
    }

    private Comparison comparison(String stepId, String comparisonId) {
        return steps.byId(stepId).comparisons().stream()
                .filter(c -> c.id().equals(comparisonId))
                .findFirst()
                .orElseThrow(() ->
                        new org.vfmworkbook.web.NotFoundProblem("No comparison " + comparisonId + " at this step"));
    }

    private StepPage page(long id, String stepId) {
        return pages.build(id, stepId, StepPageBuilder.Submitted.nothing());
    }

    private static String stepHref(long id, String stepId) {
        return "/workbooks/" + id + "/steps/" + stepId;
    }
}
