package org.vfmworkbook.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.vfmworkbook.pdf.PdfDocument;
import org.vfmworkbook.pdf.Style;
import org.vfmworkbook.pdf.TheoryOfChangeDiagram;

/** The report's Theories of Change in the PDF: a page each, the action named above its diagram of boxes and arrows. */
final class PdfTheoriesOfChange {

    private PdfTheoriesOfChange() {}

    static void write(PdfDocument pdf, Map<String, String> w, List<TheoryOfChangeSection> theories) {
        for (TheoryOfChangeSection theory : theories) {
            pdf.newPage();
            pdf.heading(Style.H2, theory.heading(), theory.anchor(), 0);
            pdf.text(theory.action(), Style.BOLD, 8);
            pdf.diagram(new TheoryOfChangeDiagram(theory.stages().stream()
                    .map(s -> new TheoryOfChangeDiagram.Stage(
                            s.heading(), s.boxes().stream().map(b -> box(w, b)).toList()))
                    .toList()));
        }
    }

    private static TheoryOfChangeDiagram.Box box(Map<String, String> w, TheoryOfChangeSection.Box box) {
        List<String> details = new ArrayList<>();
        if (box.date() != null) {
            details.add(w.get("tocBy") + " " + box.date());
        }
        details.add(w.get("tocEvidence") + ": " + box.evidence());
        details.add(w.get("tocMeasure") + ": " + box.measure());
        return new TheoryOfChangeDiagram.Box(box.text(), details);
    }
}
