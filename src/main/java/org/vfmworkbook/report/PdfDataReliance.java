package org.vfmworkbook.report;

import java.util.List;
import java.util.Map;

import org.vfmworkbook.pdf.PdfDocument;
import org.vfmworkbook.pdf.PdfDocument.Run;
import org.vfmworkbook.pdf.Style;

/**
 * "How far the council can rely on its data" in the PDF: the section with its two tables after the steps, where the report gives
 * step 13 in detail; else one line at the end of the executive summary.
 */
final class PdfDataReliance {

    private PdfDataReliance() {}

    static void line(PdfDocument pdf, DataReliance reliance) {
        pdf.paragraph(
                6, Run.of(reliance.words().get("lineLabel") + ": ", Style.BOLD), Run.of(reliance.line(), Style.BODY));
    }

    static void section(PdfDocument pdf, DataReliance reliance, boolean newPage) {
        Map<String, String> r = reliance.words();
        if (newPage) {
            pdf.newPage();
        }
        pdf.heading(Style.H1, r.get("heading"), reliance.anchor(), newPage ? 0 : 10);
        pdf.text(r.get("intro"));
        pdf.paragraph(
                6,
                Run.of(r.get("suggestionLabel") + ": ", Style.BOLD),
                Run.of(reliance.suggestion() + " " + r.get("judgementNote"), Style.BODY));
        pdf.heading(Style.H2, r.get("practicesHeading"), null, 6);
        pdf.table(
                List.of(r.get("practice"), r.get("status"), r.get("now"), r.get("needed"), r.get("progress")),
                reliance.practices().stream()
                        .map(p -> List.of(p.practice(), p.status(), p.now(), p.needed(), p.progress()))
                        .toList(),
                new boolean[] {false, false, false, false, false});
        pdf.heading(Style.H2, r.get("definitionsHeading"), null, 6);
        pdf.table(
                List.of(r.get("term"), r.get("match"), r.get("note")),
                reliance.definitions().stream()
                        .map(d -> List.of(d.term(), d.match(), d.note()))
                        .toList(),
                new boolean[] {false, false, false});
    }
}
