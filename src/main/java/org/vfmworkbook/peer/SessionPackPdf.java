package org.vfmworkbook.peer;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.vfmworkbook.report.PdfDocumentWriter;

/**
 * Writes a {@link SessionPack} as a PDF with the report's building blocks ({@link PdfDocumentWriter}): the cover, then per
 * step the region's charts beside their tables and each council's judgement, explanation, challenges and replies, then
 * the session notes and the agreed follow-ups.
 */
@ApplicationScoped
public class SessionPackPdf {

    public byte[] render(SessionPack pack) {
        SessionView session = pack.session();
        PdfDocumentWriter pdf = new PdfDocumentWriter(pack.title(), session.facilitator(), pack.footer());
        pdf.mutedText("Peer-challenge session pack");
        pdf.title(session.title());
        pdf.labelled("Region", session.regionName());
        pdf.labelled("Data year", session.year());
        pdf.labelled("Facilitator", session.facilitator());
        pdf.labelled("Prepared on", pack.preparedOn());
        pdf.labelled(
                "Councils taking part",
                session.participants().isEmpty()
                        ? "None"
                        : String.join(
                                ", ",
                                session.participants().stream()
                                        .map(SessionView.Participant::label)
                                        .toList()));
        pdf.text(pack.councilsShown());
        for (SessionView.StepView step : pack.steps()) {
            step(pdf, pack, step);
        }
        pdf.newPage();
        pdf.heading(1, "Session notes");
        if (session.notes() == null || session.notes().isBlank()) {
            pdf.mutedText("No notes recorded.");
        } else {
            pdf.text(session.notes());
        }
        pdf.heading(1, "Agreed follow-ups");
        if (session.followUps().isEmpty()) {
            pdf.mutedText("None recorded.");
        } else {
            pdf.table(
                    List.of("What", "Who", "By"),
                    session.followUps().stream()
                            .map(f -> List.of(f.what(), f.owner(), f.due()))
                            .toList(),
                    new float[] {60, 25, 15});
        }
        return pdf.finish();
    }

    private static void step(PdfDocumentWriter pdf, SessionPack pack, SessionView.StepView step) {
        pdf.newPage();
        pdf.heading(1, "Step " + step.number() + ": " + step.title());
        pdf.labelled("Question", step.question());
        pdf.heading(2, "The region's figures");
        if (step.measures().measures().isEmpty()) {
            pdf.mutedText("This step is answered from local knowledge: there are no national figures to compare.");
        }
        for (RegionalView.Measure measure : step.measures().measures()) {
            pdf.chartBesideTable(
                    measure.title(), measure.chart(), measure.englandMedian(), measure.table(), pack.chartNote());
        }
        pdf.heading(2, "Each council's position");
        if (step.positions().isEmpty()) {
            pdf.mutedText("No council has joined the session.");
        }
        for (SessionView.CouncilPosition position : step.positions()) {
            pdf.heading(3, position.label());
            pdf.labelled("Judgement", position.judgement());
            if (position.explanations().isEmpty()) {
                pdf.mutedText("Not yet answered.");
            }
            for (SessionView.Explanation e : position.explanations()) {
                pdf.labelled(e.question(), e.answer());
            }
            for (SessionView.Thread thread : position.threads()) {
                pdf.labelled("Challenge from " + thread.author() + ", " + thread.at(), thread.text());
                for (SessionView.Reply reply : thread.replies()) {
                    pdf.indented("Reply from " + reply.author() + ", " + reply.at(), reply.text());
                }
            }
        }
    }
}
