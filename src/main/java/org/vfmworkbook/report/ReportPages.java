package org.vfmworkbook.report;

import java.nio.charset.StandardCharsets;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.vfmworkbook.web.NotFoundProblem;

import io.quarkus.qute.Engine;
import io.quarkus.qute.Template;

/** The report of a workbook: on the web, as a PDF (members' summary or full) and the comparisons as CSV. */
@Path("/workbooks/{id}")
public class ReportPages {

    private final WorkbookContentSource workbooks;
    private final ReportAssembler assembler;
    private final PdfReportRenderer pdf;
    private final Template html;

    ReportPages(WorkbookContentSource workbooks, ReportAssembler assembler, PdfReportRenderer pdf, Engine engine) {
        this.workbooks = workbooks;
        this.assembler = assembler;
        this.pdf = pdf;
        this.html = engine.getTemplate("report/report.html");
    }

    @GET
    @Path("report")
    @Produces(MediaType.TEXT_HTML)
    public String show(@PathParam("id") long id, @QueryParam("audience") String audience) {
        return html.data("report", report(id, audience)).render();
    }

    @GET
    @Path("report.pdf")
    @Produces("application/pdf")
    public Response pdf(@PathParam("id") long id, @QueryParam("audience") String audience) {
        Report report = report(id, audience);
        return Response.ok(pdf.render(report))
                .header("Content-Disposition", "inline; filename=\"" + fileName(report, "pdf") + "\"").build();
    }

    @GET
    @Path("report.csv")
    @Produces("text/csv")
    public Response csv(@PathParam("id") long id) {
        Report report = assembler.assemble(content(id), Audience.FULL);
        return Response.ok(CsvReportRenderer.render(report).getBytes(StandardCharsets.UTF_8))
                .type("text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + fileName(report, "csv") + "\"").build();
    }

    private Report report(long id, String audienceText) {
        Audience audience = Audience.parse(audienceText);
        if (audience == null) {
            throw new BadRequestException("audience must be members or full");
        }
        return assembler.assemble(content(id), audience);
    }

    private WorkbookContent content(long id) {
        return workbooks.find(id).orElseThrow(() -> new NotFoundProblem("No workbook with id " + id));
    }

    /** "vfm-report-kent-2021-22-members.pdf": letters, digits and hyphens only. */
    private static String fileName(Report report, String extension) {
        String council = report.cover().councilName().toLowerCase().replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-|-$)", "");
        return "vfm-report-" + council + "-" + report.cover().dataYear() + "-"
                + report.audience().name().toLowerCase() + "." + extension;
    }
}
