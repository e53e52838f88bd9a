package org.vfmworkbook.workbook;

import java.net.URI;
import java.time.LocalDate;

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
import io.quarkus.qute.TemplateInstance;

import org.vfmworkbook.security.Access;
import org.vfmworkbook.security.Permission;
import org.vfmworkbook.steps.StepCatalogue;
import org.vfmworkbook.web.DateInput;
import org.vfmworkbook.web.FormErrors;
import org.vfmworkbook.web.NotFoundProblem;

/**
 * The action plan across all steps: the page (filtered by status and owner, with totals), its CSV, and accepting a follow-up agreed
 * in a peer-challenge session into the plan in one step.
 */
@Path("/workbooks/{id}/action-plan")
@Produces(MediaType.TEXT_HTML)
public class ActionPlanPages {

    @CheckedTemplate(basePath = "ActionPlanPages")
    static class Templates {
        static native TemplateInstance show(
                ActionPlan plan, java.util.List<Offer> offers, boolean canEdit, FormErrors errors, LocalDate today);
    }

    /** A follow-up offered to the plan, its form filled with what was typed or, at first, the session's due date. */
    @io.quarkus.qute.TemplateData
    public record Offer(AgreedFollowUps.Agreed agreed, String prefix, String step, DateInput due) {
        public String stepField() {
            return prefix + "step";
        }

        public String dueField() {
            return prefix + "due";
        }
    }

    private static java.util.List<Offer> offers(ActionPlan plan, FormValues form) {
        return plan.followUps().stream()
                .map(f -> {
                    String prefix = prefix(f.id());
                    boolean typed = form.has(prefix + "step");
                    return new Offer(
                            f,
                            prefix,
                            typed ? form.get(prefix + "step") : null,
                            typed ? DateInput.typed(prefix + "due", form::get) : DateInput.of(f.due()));
                })
                .toList();
    }

    private static String prefix(long followUpId) {
        return "follow-up-" + followUpId + "-";
    }

    private String page(ActionPlan plan, FormValues form, FormErrors errors) {
        boolean canEdit = actor.permissionsFor(plan.workbook().id()).edit();
        return Templates.show(plan, offers(plan, form), canEdit, errors, FormNumbers.today())
                .render();
    }

    private final ActionPlanService plans;
    private final ActionService actions;
    private final AgreedFollowUps followUps;
    private final StepCatalogue steps;

    private final CurrentActor actor;

    ActionPlanPages(
            ActionPlanService plans,
            ActionService actions,
            AgreedFollowUps followUps,
            StepCatalogue steps,
            CurrentActor actor) {
        this.plans = plans;
        this.actions = actions;
        this.followUps = followUps;
        this.steps = steps;
        this.actor = actor;
    }

    @Access(Permission.READ_WORKBOOK)
    @GET
    public String show(
            @PathParam("id") long id, @QueryParam("status") String status, @QueryParam("owner") String owner) {
        return page(plans.plan(id, status, owner), FormValues.none(), FormErrors.none());
    }

    @Access(Permission.READ_WORKBOOK)
    @GET
    @Path("actions.csv")
    @Produces("text/csv")
    public Response csv(
            @PathParam("id") long id, @QueryParam("status") String status, @QueryParam("owner") String owner) {
        ActionPlan plan = plans.plan(id, status, owner);
        return Response.ok(ActionPlanCsv.write(plan), "text/csv; charset=UTF-8")
                .header(
                        "Content-Disposition",
                        "attachment; filename=\"action-plan-" + plan.workbook().dataYear() + ".csv\"")
                .build();
    }

    /** Adds the follow-up to the plan at the step chosen, with its due date (checked as any due date is); 422 on a problem. */
    @Access(Permission.EDIT_WORKBOOK)
    @POST
    @Path("follow-ups/{followUpId}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response accept(
            @PathParam("id") long id, @PathParam("followUpId") long followUpId, MultivaluedMap<String, String> fields) {
        actions.requireEditable(id); // a signed-off workbook refuses before the follow-up is looked up
        AgreedFollowUps.Agreed agreed = followUps
                .find(id, followUpId)
                .orElseThrow(
                        () -> new NotFoundProblem("No follow-up " + followUpId + " agreed in this council's sessions"));
        FormValues form = FormValues.of(fields);
        String prefix = prefix(followUpId);
        FormNumbers.Errors errors = new FormNumbers.Errors();
        String step = form.text(prefix + "step");
        if (step == null || steps.find(step).isEmpty()) {
            errors.add(prefix + "step", "Choose the step the action belongs to");
        }
        LocalDate due =
                FormNumbers.date(form, prefix + "due", "the date the action is due", true, FormNumbers.today(), errors);
        if (agreed.what().length() > 1000) {
            errors.add(
                    prefix + "step",
                    "This follow-up is longer than an action can be (1,000 characters): add it at its step");
        }
        if (errors.errors.isPresent()) {
            return Response.status(422)
                    .entity(page(plans.plan(id, null, null), form, errors.errors))
                    .type(MediaType.TEXT_HTML_TYPE)
                    .build();
        }
        ActionValues values = ActionValues.smart(
                agreed.what(),
                agreed.owner(),
                due,
                "Agreed at the peer challenge session \u201c" + agreed.sessionTitle()
                        + "\u201d: say how success will be measured",
                null);
        ActionView added = actions.addFromFollowUp(id, step, values, followUpId, agreed.sessionId());
        return Response.seeOther(URI.create("/workbooks/" + id + "/action-plan#action-" + added.id()))
                .build();
    }
}
