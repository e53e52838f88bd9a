package org.vfmworkbook.web;

import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** Temporary start page so the layout and tags have something to render. The real start page replaces it. */
@Path("/")
public class HomePlaceholderPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance show(List<TaskListItem> tasks, Table spendTable, String chartData);
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public String show() {
        return Templates.show(tasks(), spendTable(), chartData()).render();
    }

    private static List<TaskListItem> tasks() {
        return List.of(
                new TaskListItem("Compare spending with relevant populations", "#", "Step 1", TaskListItem.Status.COMPLETED),
                new TaskListItem("Consider local need", "#", "Step 2", TaskListItem.Status.IN_PROGRESS),
                new TaskListItem("Check the number of people supported", "#", null, TaskListItem.Status.NOT_STARTED),
                new TaskListItem("Write the findings", null, null, TaskListItem.Status.CANNOT_START));
    }

    private static Table spendTable() {
        return new Table("Example spend per adult, 2021 to 2022",
                List.of(TableCell.text("Council"), TableCell.number("Spend per adult")),
                List.of(
                        TableRow.of(TableCell.text("Example council A"), TableCell.number(Fmt.gbp(412))),
                        TableRow.of(TableCell.text("Your council"), TableCell.number(Fmt.gbp(455))).highlight(),
                        TableRow.of(TableCell.text("Example council B"), TableCell.number(Fmt.gbp(389)))));
    }

    private static String chartData() {
        return """
                {"label":"Spend per adult (£)","labels":["Example council A","Your council","Example council B"],\
                "values":[412,455,389],"highlight":1}""";
    }
}
