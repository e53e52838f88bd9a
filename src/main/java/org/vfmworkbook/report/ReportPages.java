package org.vfmworkbook.report;

import java.nio.charset.StandardCharsets;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.quarkus.qute.Engine;
import io.quarkus.qute.Template;

import org.vfmworkbook.security.Access;
import org.vfmworkbook.security.Permission;
import org.vfmworkbook.web.NotFoundProblem;

/** The report of a workbook: on the web, as a PDF (members' summary, partners' summary or full) and the comparisons as CSV. */
@Access(Permission.READ_WORKBOOK)
@Path("/workbooks/{id}/{document: report\\.pdf|report\\.csv|report}")
public class ReportPages {

    private final WorkbookContentSource workbooks;
    private final ReportAssembler assembler;
    private final PdfReportRenderer pdf;
    private final Template html;

    private final ReportDownloads downloads;

    ReportPages(
            WorkbookContentSource workbooks,
            ReportAssembler assembler,
            PdfReportRenderer pdf,
            Engine engine,
            ReportDownloads downloads) {
        this.downloads = downloads;
        this.workbooks = workbooks;
        this.assembler = assembler;
        this.pdf = pdf;
        this.html = engine.getTemplate("report/report.html");
    }

    /**
     * One root path for the three documents: a root of {@code /workbooks/{id}} would take every
     * {@code /workbooks/{id}/...} request from the workbook pages (JAX-RS picks one root class and does not backtrack).
     */
    @GET
    public Response show(
            @PathParam("id") long id, @PathParam("document") String document, @QueryParam("audience") String audience) {
        return switch (document) {
            case "report.pdf" -> pdf(id, audience);
            case "report.csv" -> csv(id);
            default -> page(id, audience);
        };
    }

    /** The report on the web, with its downloads measured from the same content (the workbook is read once). */
    private Response page(long id, String audience) {
        WorkbookContent content = content(id);
        return Response.ok(
                        html.data("report", report(content, audience))
                                .data("downloads", downloads.of(content))
                                .data("workbookHref", "/workbooks/" + id)
                                .render(),
                        MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .build();
    }

    private Response pdf(long id, String audience) {
        Report report = report(id, audience);
        return Response.ok(pdf.render(report), "application/pdf")
                .header("Content-Disposition", "inline; filename=\"" + fileName(report, "pdf") + "\"")
                .build();
    }

    private Response csv(long id) {
        Report report = assembler.assemble(content(id), Audience.FULL);
        return Response.ok(CsvReportRenderer.render(report).getBytes(StandardCharsets.UTF_8))
                .type("text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + fileName(report, "csv") + "\"")
                .build();
    }

    private Report report(long id, String audienceText) {
        return report(content(id), audienceText);
    }

    private Report report(WorkbookContent content, String audienceText) {
        Audience audience = Audience.parse(audienceText);
        if (audience == null) {
            throw new BadRequestException("audience must be members, partners or full");
        }
        return assembler.assemble(content, audience);
    }

    private WorkbookContent content(long id) {
        return workbooks.find(id).orElseThrow(() -> new NotFoundProblem("No workbook with id " + id));
    }

    /** "vfm-report-kent-2021-22-members.pdf": letters, digits and hyphens only. */
    private static String fileName(Report report, String extension) {
        String council = report.cover()
                .councilName()
                .toLowerCase()
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-|-$)", "");
        return "vfm-report-" + council + "-" + report.cover().dataYear() + "-"
                + report.audience().name().toLowerCase() + "." + extension;
    }
}
