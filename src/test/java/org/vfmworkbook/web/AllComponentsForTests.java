package org.vfmworkbook.web;

import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import io.quarkus.qute.Engine;
import io.quarkus.qute.Variant;

import org.vfmworkbook.security.Access;
import org.vfmworkbook.security.Permission;

/** Test-only page with every tag, fields in error, so a browser test can check them all with axe. */
@Access(Permission.ANYONE)
@Path("/test-pages/all-components")
public class AllComponentsForTests {

    static final String TEMPLATE = """
            {#include layout/main}
            {#title}Error: All components{/title}
            {#beforeContent}{#breadcrumbs items=crumbs /}{#backLink href="/" /}{/beforeContent}
            {#content}
            {#errorSummary errors=errors /}
            <h1 class="govuk-heading-l">All components</h1>
            {#notificationBanner heading="Your answers were saved" success=true}<p class="govuk-body">Saved.</p>{/notificationBanner}
            {#notificationBanner heading="Data for 2022 to 2023 is not yet published" text="It is expected in the autumn." /}
            <form method="post" action="/test-pages/all-components" novalidate>
            {#input name="owner" label="Owner" value="Director" errors=errors hint="Their job title" width=20 /}
            {#input name="cost" label="Cost per week" value="12x" errors=errors prefix="£" inputmode="decimal" width=5 /}
            {#textarea name="why" label="Why is spending higher?" value="" errors=errors maxlength=500 /}
            {#radios name="judgement" legend="Is spending higher?" items=yesNo value="" errors=errors hint="Compare with your nearest neighbours" /}
            {#checkboxes name="settings" legend="Settings" items=settings values=chosen errors=errors /}
            {#select name="year" label="Data year" items=years value="2021" errors=errors /}
            {#dateInput name="due" legend="Due date" day="31" month="13" year="2027" errors=errors /}
            {#button text="Save and continue" /}
            {#button text="Save as draft" variant="secondary" /}
            {#button text="Delete action" variant="warning" /}
            {#button text="Back to the task list" href="/" variant="secondary" /}
            </form>
            {#summaryList rows=rows /}
            {#table table=table /}
            <p class="govuk-body">{#tag text="Draft" colour="grey" /}</p>
            {#taskList items=tasks /}
            {#insetText text="Inset text." /}
            {#details summary="Help with the data"}<p class="govuk-body">Details.</p>{/details}
            {#warningText}Do not share this before the director agrees.{/warningText}
            {#panel title="Workbook complete" text="Your findings are ready" /}
            {#pagination previous=previous next=next /}
            {/content}
            {/include}
            """;

    private final Engine engine;

    public AllComponentsForTests(Engine engine) {
        this.engine = engine;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public String show() {
        List<RadioItem> yesNo = List.of(new RadioItem("yes", "Yes"), new RadioItem("no", "No", "Explain why below"));
        return engine.parse(TEMPLATE, Variant.forContentType(Variant.TEXT_HTML))
                .instance()
                .data(
                        "errors",
                        FormErrors.none()
                                .with("cost", "Cost per week must be a number, like 450")
                                .with("why", "Enter why spending is higher")
                                .with("judgement", "Select whether spending is higher")
                                .with("settings", "Select at least one setting")
                                .with("year", "Select a data year")
                                .with(FieldError.forDate("due", "Due date must be a real date")))
                .data("crumbs", List.of(new Link("Home", "/"), new Link("Workbook", "/workbook")))
                .data("yesNo", yesNo)
                .data(
                        "settings",
                        List.of(new RadioItem("nursing", "Nursing"), new RadioItem("residential", "Residential")))
                .data("chosen", List.of("nursing"))
                .data("years", List.of(new RadioItem("2021", "2021 to 2022"), new RadioItem("2022", "2022 to 2023")))
                .data(
                        "rows",
                        List.of(
                                new SummaryRow("Judgement", "Yes", "/change", "judgement"),
                                new SummaryRow("Owner", "Director")))
                .data(
                        "table",
                        new Table(
                                "Spend",
                                List.of(TableCell.text("Council"), TableCell.number("Spend per adult")),
                                List.of(TableRow.of(TableCell.text("This council"), TableCell.number("£455"))
                                        .highlight())))
                .data("tasks", List.of(new TaskListItem("Step 1", "/s/1", "Spend", TaskListItem.Status.NOT_STARTED)))
                .data("previous", new Link("Spend per head", "/s/1"))
                .data("next", new Link("Local need", "/s/3"))
                .render();
    }
}
