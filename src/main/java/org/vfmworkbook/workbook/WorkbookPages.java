package org.vfmworkbook.workbook;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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

import org.vfmworkbook.findings.KeyFigures;
import org.vfmworkbook.report.ReportDownloads;
import org.vfmworkbook.security.Access;
import org.vfmworkbook.security.Permission;
import org.vfmworkbook.steps.StepCatalogue;
import org.vfmworkbook.web.FormErrors;
import org.vfmworkbook.web.RadioItem;
import org.vfmworkbook.web.TaskListItem;

/**
 * The start page, a workbook's task list and its summary. Step pages are in {@link StepPages}, the custom comparator group in
 * {@link CustomGroupPages}.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class WorkbookPages {

    @CheckedTemplate(basePath = "WorkbookPages")
    static class Templates {
        static native TemplateInstance start(
                List<RadioItem> councils,
                List<RadioItem> years,
                StartPageLists workbooks,
                List<RadioItem> startFrom,
                FormValues form,
                FormErrors errors);

        static native TemplateInstance taskList(
                WorkbookSummary workbook,
                List<TaskListItem> tasks,
                WorkbookPermissions may,
                WorkbookSummary nextVersion,
                List<ReportDownloads.Download> downloads);

        static native TemplateInstance summary(
                WorkbookState content,
                List<StepSummary> steps,
                String summaryText,
                FormErrors errors,
                WorkbookPermissions may);
    }

    private final WorkbookService workbooks;
    private final WorkbookVersions versions;
    private final Councils councils;
    private final StepCatalogue steps;
    private final CurrentActor actor;

    private final ReportDownloads downloads;
    private final KeyFigures keyFigures;

    WorkbookPages(
            WorkbookService workbooks,
            WorkbookVersions versions,
            Councils councils,
            StepCatalogue steps,
            CurrentActor actor,
            ReportDownloads downloads,
            KeyFigures keyFigures) {
        this.downloads = downloads;
        this.keyFigures = keyFigures;
        this.workbooks = workbooks;
        this.versions = versions;
        this.councils = councils;
        this.steps = steps;
        this.actor = actor;
    }

    @Access(Permission.SIGNED_IN)
    @GET
    public String start() {
        return start(FormValues.none(), FormErrors.none());
    }

    private String start(FormValues form, FormErrors errors) {
        // Editors open workbooks for their own council only (the access filter refuses any other), so that is the one
        // choice offered.
        List<RadioItem> councilItems = actor.councilForNewWorkbooks()
                .flatMap(councils::find)
                .map(c -> List.of(new RadioItem(c.code(), c.name())))
                .orElse(List.of());
        List<RadioItem> years = councils.years().stream()
                .map(y -> new RadioItem(y, y.replace("-", " to 20")))
                .toList();
        StartPageLists lists = workbooks.listReadable(actor.readable());
        List<RadioItem> startFrom = new ArrayList<>();
        if (!lists.own().isEmpty()) {
            startFrom.add(new RadioItem("", "An empty workbook"));
            lists.own()
                    .forEach(w -> startFrom.add(
                            new RadioItem(String.valueOf(w.id()), w.title() + " (" + w.statusText() + ")")));
        }
        return Templates.start(councilItems, years, lists, startFrom, form, errors)
                .render();
    }

    @Access(Permission.CREATE_WORKBOOK)
    @POST
    @Path("workbooks")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(MultivaluedMap<String, String> fields) {
        FormValues form = FormValues.of(fields);
        FormErrors errors = FormErrors.none();
        String council = form.text("council");
        String year = form.text("year");
        if (council == null || councils.find(council).isEmpty()) {
            errors = errors.with("council", "Choose your council");
        }
        if (year == null || !councils.years().contains(year)) {
            errors = errors.with("year", "Choose the data year");
        }
        String startFrom = form.text("start-from");
        if (errors.isEmpty() && startFrom != null) {
            errors = startFromProblem(startFrom, council, year)
                    .map(message -> FormErrors.none().with("start-from", message))
                    .orElse(errors);
        }
        if (errors.isPresent()) {
            return Response.status(422).entity(start(form, errors)).build();
        }
        WorkbookSummary workbook = startFrom == null
                ? workbooks.createOrResume(council, year)
                : versions.startFrom(Long.parseLong(startFrom), council, year);
        return Response.seeOther(URI.create(workbook.href())).build();
    }

    /** Why the chosen "start from" workbook cannot be used, if it cannot: it must be an earlier year's, of this council. */
    private Optional<String> startFromProblem(String startFrom, String council, String year) {
        Optional<WorkbookSummary> from = workbooks.listReadable(actor.readable()).own().stream()
                .filter(w -> String.valueOf(w.id()).equals(startFrom)
                        && w.councilCode().equals(council))
                .findFirst();
        if (from.isEmpty()) {
            return Optional.of("Choose one of your council's workbooks to start from, or an empty workbook");
        }
        if (from.get().dataYear().equals(year)) {
            return Optional.of("Choose a workbook from another year. To carry on with your " + year
                    + " workbook, open it, or start a new version of it once it is signed off");
        }
        if (workbooks.exists(council, year)) {
            return Optional.of(
                    "Your council already has a workbook for " + year + ": open it from your council's workbooks");
        }
        return Optional.empty();
    }

    /** From a signed-off workbook: a new version with everything copied forward (the access filter allows editors only). */
    @Access(Permission.NEW_VERSION)
    @POST
    @Path("workbooks/{id}/new-version")
    public Response startNewVersion(@PathParam("id") long id) {
        return Response.seeOther(URI.create(versions.startNewVersion(id).href()))
                .build();
    }

    @Access(Permission.READ_WORKBOOK)
    @GET
    @Path("workbooks/{id}")
    public String taskList(@PathParam("id") long id) {
        WorkbookSummary workbook = workbooks.summary(id);
        Map<String, StepProgress.Status> progress = workbooks.progress(id);
        List<TaskListItem> tasks = steps.all().stream()
                .map(step -> new TaskListItem(
                        "Step " + step.number() + ": " + step.title(),
                        workbook.href() + "/steps/" + step.id(),
                        step.question(),
                        TaskStatus.of(progress.get(step.id()))))
                .toList();
        return Templates.taskList(
                        workbook,
                        tasks,
                        actor.permissionsFor(id),
                        workbooks.nextVersionOf(id).orElse(null),
                        downloads.of(id))
                .render();
    }

    @Access(Permission.READ_WORKBOOK)
    @GET
    @Path("workbooks/{id}/summary")
    public String summary(@PathParam("id") long id) {
        return summary(id, FormValues.none(), FormErrors.none());
    }

    private String summary(long id, FormValues form, FormErrors errors) {
        WorkbookState content = workbooks.state(id);
        Map<String, String> figures = keyFigures.byStep(
                content.workbook().councilCode(), content.workbook().dataYear(), content.customGroup());
        List<StepSummary> rows = content.steps().stream()
                .map(step ->
                        StepSummary.of(step, id, figures.get(step.definition().id())))
                .toList();
        String text = form.has("director-summary") ? form.get("director-summary") : content.directorSummary();
        return Templates.summary(content, rows, text, errors, actor.permissionsFor(id))
                .render();
    }

    @Access(Permission.EDIT_WORKBOOK)
    @POST
    @Path("workbooks/{id}/summary")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response saveSummary(@PathParam("id") long id, MultivaluedMap<String, String> fields) {
        FormValues form = FormValues.of(fields);
        String text = form.get("director-summary");
        if (org.vfmworkbook.web.FormLimits.characters(text) > AnswersForm.MAX_TEXT) {
            FormErrors errors =
                    FormErrors.none().with("director-summary", "Your summary must be 10,000 characters or fewer");
            return Response.status(422).entity(summary(id, form, errors)).build();
        }
        workbooks.changeDirectorSummary(id, text);
        return Response.seeOther(URI.create("/workbooks/" + id + "/summary")).build();
    }
}
