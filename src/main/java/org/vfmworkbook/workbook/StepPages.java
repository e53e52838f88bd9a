package org.vfmworkbook.workbook;

import java.net.URI;
import java.util.List;
import java.util.Map;

import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.PessimisticLockException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

import org.vfmworkbook.security.Access;
import org.vfmworkbook.security.Permission;
import org.vfmworkbook.steps.QuestionType;
import org.vfmworkbook.steps.StepCatalogue;
import org.vfmworkbook.steps.StepDefinition;
import org.vfmworkbook.web.Fmt;
import org.vfmworkbook.web.FormErrors;
import org.vfmworkbook.web.SummaryRow;

/**
 * A step: show it, save its answers (303, or 422 with the input kept, or the conflict page when an answer the person changed was saved
 * by someone else since the form was shown), check the answers and mark it complete. The autosave script posts the same form with
 * {@code Accept: application/json} and gets back the new values of the form's hidden version fields.
 */
@Access(Permission.EDIT_WORKBOOK)
@Path("/workbooks/{id}/steps/{stepId}")
@Produces(MediaType.TEXT_HTML)
public class StepPages {

    @CheckedTemplate(basePath = "WorkbookPages")
    static class Templates {
        static native TemplateInstance step(StepPage page);

        static native TemplateInstance conflict(
                StepPage page,
                List<ConflictView> conflicts,
                List<Map.Entry<String, String>> carried,
                long currentVersion,
                List<org.vfmworkbook.web.RadioItem> choices);

        static native TemplateInstance checkAnswers(StepPage page, List<SummaryRow> rows, FormErrors errors);
    }

    private static final List<org.vfmworkbook.web.RadioItem> KEEP_CHOICES = List.of(
            new org.vfmworkbook.web.RadioItem("yours", "Keep your text"),
            new org.vfmworkbook.web.RadioItem("saved", "Keep the saved text"));

    private final StepPageBuilder pages;
    private final AnswerService answers;
    private final WorkbookService workbooks;
    private final StepCatalogue steps;

    StepPages(StepPageBuilder pages, AnswerService answers, WorkbookService workbooks, StepCatalogue steps) {
        this.pages = pages;
        this.answers = answers;
        this.workbooks = workbooks;
        this.steps = steps;
    }

    @Access(Permission.READ_WORKBOOK)
    @GET
    public String show(
            @PathParam("id") long id, @PathParam("stepId") String stepId, @QueryParam("group") String group) {
        return render(id, stepId, StepPageBuilder.Submitted.nothing(), group);
    }

    String render(long id, String stepId, StepPageBuilder.Submitted submitted, String group) {
        return Templates.step(pages.build(id, stepId, submitted, StepPageBuilder.group(group)))
                .render();
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces({MediaType.TEXT_HTML, MediaType.APPLICATION_JSON})
    public Response save(
            @PathParam("id") long id,
            @PathParam("stepId") String stepId,
            @HeaderParam("Accept") String accept,
            MultivaluedMap<String, String> fields) {
        boolean autosave = accept != null && accept.startsWith(MediaType.APPLICATION_JSON);
        FormValues form = FormValues.of(fields);
        StepDefinition step = steps.byId(stepId);
        AnswersForm.Parsed parsed = AnswersForm.parse(step, form);
        if (parsed.errors().isPresent()) {
            if (autosave) {
                return json(
                        422,
                        Map.of("status", "invalid", "errors", parsed.errors().list()));
            }
            StepPageBuilder.Submitted submitted =
                    new StepPageBuilder.Submitted(form, FormValues.none(), null, FormValues.none(), parsed.errors());
            return Response.status(422)
                    .type(MediaType.TEXT_HTML)
                    .entity(render(id, stepId, submitted, null))
                    .build();
        }
        long version = parseVersion(form.get(AnswersForm.VERSION));
        SaveOutcome outcome;
        try {
            outcome = answers.save(id, stepId, version, parsed.inputs());
        } catch (PessimisticLockException | LockTimeoutException busy) {
            // another save held the workbook past the database's lock timeout: nothing was saved, the person saves
            // again
            if (autosave) {
                return json(503, Map.of("status", "busy"));
            }
            FormErrors errors = FormErrors.none()
                    .with(new org.vfmworkbook.web.FieldError(
                            AnswersForm.VERSION,
                            "Your answers were not saved because someone else was saving this workbook at the same moment. Save them again.",
                            "#answers"));
            StepPageBuilder.Submitted submitted =
                    new StepPageBuilder.Submitted(form, FormValues.none(), null, FormValues.none(), errors);
            return Response.status(503)
                    .type(MediaType.TEXT_HTML)
                    .entity(render(id, stepId, submitted, null))
                    .build();
        }
        if (outcome instanceof SaveOutcome.Conflict conflict) {
            if (autosave) {
                return json(409, Map.of("status", "conflict"));
            }
            StepPage page = pages.build(id, stepId, StepPageBuilder.Submitted.nothing());
            List<ConflictView> views = conflict.answers().stream()
                    .map(c -> ConflictView.of(step, c))
                    .toList();
            String html = Templates.conflict(
                            page,
                            views,
                            AnswersForm.carriedPast(form, conflict),
                            conflict.currentVersion(),
                            KEEP_CHOICES)
                    .render();
            return Response.status(409).type(MediaType.TEXT_HTML).entity(html).build();
        }
        SaveOutcome.Saved saved = (SaveOutcome.Saved) outcome;
        if (autosave) {
            return json(
                    200,
                    Map.of(
                            "status",
                            "saved",
                            "version",
                            saved.version(),
                            "savedAt",
                            Fmt.dateTime(saved.at()),
                            "fields",
                            AnswersForm.basisFields(step, saved.version(), saved.answers())));
        }
        String next = "later".equals(form.get("next"))
                ? "/workbooks/" + id
                : "/workbooks/" + id + "/steps/" + stepId + "/check-answers";
        return Response.seeOther(URI.create(next)).build();
    }

    private static Response json(int status, Object body) {
        return Response.status(status)
                .type(MediaType.APPLICATION_JSON)
                .entity(body)
                .build();
    }

    static long parseVersion(String raw) {
        try {
            return raw == null ? -1 : Long.parseLong(raw.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    @Access(Permission.READ_WORKBOOK)
    @GET
    @Path("check-answers")
    public String checkAnswers(@PathParam("id") long id, @PathParam("stepId") String stepId) {
        return checkAnswers(id, stepId, FormErrors.none());
    }

    private String checkAnswers(long id, String stepId, FormErrors errors) {
        StepPage page = pages.build(id, stepId, StepPageBuilder.Submitted.nothing());
        List<SummaryRow> rows = CheckAnswerRows.of(new WorkbookState.Step(page.step(), page.state()), page.href());
        return Templates.checkAnswers(page, rows, errors).render();
    }

    /** Marks the step complete; a step needs its judgement before it can be completed. */
    @POST
    @Path("check-answers")
    public Response markComplete(@PathParam("id") long id, @PathParam("stepId") String stepId) {
        StepDefinition step = steps.byId(stepId);
        StepState state = workbooks.step(id, stepId);
        var missing = step.questions().stream()
                .filter(q -> q.type() == QuestionType.RAG)
                .filter(q ->
                        state.answer(q.id()) == null || state.answer(q.id()).choice() == null)
                .findFirst();
        if (missing.isPresent()) {
            FormErrors errors = FormErrors.none()
                    .with("complete", "Give your red, amber or green judgement before you mark this step as complete");
            return Response.status(422).entity(checkAnswers(id, stepId, errors)).build();
        }
        workbooks.markComplete(id, stepId);
        return Response.seeOther(URI.create("/workbooks/" + id)).build();
    }
}
