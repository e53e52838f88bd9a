package org.vfmworkbook.peer;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.vfmworkbook.pdf.Figure;
import org.vfmworkbook.pdf.PdfCharts;
import org.vfmworkbook.pdf.PdfDocument;
import org.vfmworkbook.pdf.Style;
import org.vfmworkbook.pdf.Words;

/**
 * Writes a {@link SessionPack} as a PDF with the PDF toolkit ({@link PdfDocument}): the cover, then per step the region's
 * charts beside their tables and each council's judgement, explanation, challenges and replies, then the session notes and
 * the agreed follow-ups. Its wording is in {@code templates/peer/session-pack.yaml}; people are named by their display
 * names (the session view gives them), never their e-mail addresses.
 */
@ApplicationScoped
public class SessionPackPdf {

    private static final Words W = SessionPack.WORDS;

    public byte[] render(SessionPack pack) {
        SessionView session = pack.session();
        PdfDocument pdf = new PdfDocument(new org.vfmworkbook.pdf.PdfSetup(
                pack.title(),
                session.facilitator(),
                W.get("kind"),
                pack.footer(),
                W.get("pageOf"),
                null,
                new PdfCharts.Words(
                        W.get("medianLine"), W.get("medianName"), W.get("englandLine"), W.get("asExpected"))));
        pdf.mutedText(W.get("kind"));
        pdf.heading(Style.TITLE_SMALL, session.title(), null, 0);
        pdf.labelled(W.get("region"), session.regionName());
        pdf.labelled(W.get("dataYear"), session.year());
        pdf.labelled(W.get("facilitator"), session.facilitator());
        pdf.labelled(W.get("preparedOn"), pack.preparedOn());
        pdf.labelled(
                W.get("councilsTakingPart"),
                session.participants().isEmpty()
                        ? W.get("none")
                        : String.join(
                                ", ",
                                session.participants().stream()
                                        .map(SessionView.Participant::label)
                                        .toList()));
        pdf.text(pack.councilsShown());
        grid(pdf, pack.grid());
        for (SessionView.StepView step : pack.steps()) {
            step(pdf, pack, step);
        }
        pdf.newPage();
        pdf.heading(1, W.get("sessionNotes"));
        if (session.notes() == null || session.notes().isBlank()) {
            pdf.mutedText(W.get("noNotes"));
        } else {
            pdf.text(session.notes());
        }
        pdf.heading(1, W.get("followUps"));
        if (session.followUps().isEmpty()) {
            pdf.mutedText(W.get("noneRecorded"));
        } else {
            pdf.table(
                    List.of(W.get("followUpWhat"), W.get("followUpWho"), W.get("followUpBy")),
                    session.followUps().stream()
                            .map(f -> List.of(f.what(), f.owner(), f.due()))
                            .toList(),
                    new boolean[] {false, false, false});
        }
        return pdf.finish();
    }

    private static void grid(PdfDocument pdf, SessionPack.JudgementGrid grid) {
        if (grid.rows().isEmpty()) {
            return;
        }
        pdf.heading(1, grid.heading());
        pdf.text(grid.caption());
        List<String> head = new java.util.ArrayList<>();
        head.add(grid.councilHeader());
        grid.stepNumbers().forEach(head::add);
        pdf.table(
                head,
                grid.rows().stream()
                        .map(r -> {
                            List<String> row = new java.util.ArrayList<>();
                            row.add(r.council());
                            row.addAll(r.judgements());
                            return row;
                        })
                        .toList(),
                new boolean[head.size()]);
    }

    private static void step(PdfDocument pdf, SessionPack pack, SessionView.StepView step) {
        pdf.newPage();
        pdf.heading(1, W.get("stepHeading", "number", String.valueOf(step.number()), "title", step.title()));
        pdf.labelled(W.get("question"), step.question());
        pdf.heading(2, W.get("regionsFigures"));
        if (step.measures().measures().isEmpty()) {
            pdf.mutedText(W.get("noNationalFigures"));
        }
        for (RegionalView.Measure measure : step.measures().measures()) {
            pdf.figure(new Figure(
                    measure.title(),
                    Figure.bars(measure.chart(), W.get("regionMedian"), measure.englandMedian()),
                    58,
                    200,
                    measure.table(),
                    true,
                    pack.chartNote()));
            if (pack.trendOf(measure.metricId()) != null) {
                pdf.heading(3, W.get("overTime"));
                pdf.dataTable(pack.trendOf(measure.metricId()), 2);
            }
        }
        pdf.heading(2, W.get("positions"));
        if (step.positions().isEmpty()) {
            pdf.mutedText(W.get("noCouncilJoined"));
        }
        for (SessionView.CouncilPosition position : step.positions()) {
            pdf.heading(3, position.label());
            pdf.labelled(W.get("judgement"), position.judgement());
            if (position.explanations().isEmpty()) {
                pdf.mutedText(W.get("notYetAnswered"));
            }
            for (SessionView.Explanation e : position.explanations()) {
                pdf.labelled(e.question(), e.answer());
            }
            for (SessionView.Thread thread : position.threads()) {
                pdf.labelled(W.get("challengeFrom", "author", thread.author(), "at", thread.at()), thread.text());
                for (SessionView.Reply reply : thread.replies()) {
                    pdf.indented(W.get("replyFrom", "author", reply.author(), "at", reply.at()), reply.text());
                }
            }
        }
    }
}
