package org.vfmworkbook.report;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.MultiColumnText;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

import org.vfmworkbook.findings.ComparisonFinding;
import org.vfmworkbook.findings.NotableFinding;
import org.vfmworkbook.report.Report.ActionRow;
import org.vfmworkbook.report.Report.Answer;
import org.vfmworkbook.report.Report.StepSection;
import org.vfmworkbook.web.Link;
import org.vfmworkbook.web.Table;

/**
 * Writes a {@link Report} as an A4 PDF with OpenPDF: embedded DejaVu fonts, a running footer with page numbers, a
 * "DRAFT" mark until signed off, each chart drawn as vector graphics beside the table of its figures, and tables
 * that repeat their header row across pages. Every text comes from the report tree; user text is set literally.
 */
@ApplicationScoped
public class PdfReportRenderer {

    private static final Color INK = PdfTables.INK;
    private static final Color GREY = PdfTables.GREY;
    private static final Color RULE = PdfTables.RULE;
    private static final Map<String, Color> RAG = Map.of(
            "red",
            new Color(0xd4, 0x35, 0x1c),
            "orange",
            new Color(0xf4, 0x77, 0x38),
            "green",
            new Color(0x00, 0x70, 0x3c));

    private final PdfFonts fonts = PdfFonts.load();
    private final PdfTables tables = new PdfTables(fonts);

    public byte[] render(Report report) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
        Document document = new Document(PageSize.A4, 50, 50, 50, 60);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        Map<String, String> w = report.words();
        writer.setPageEvent(new PdfPageDecorations(
                fonts, report.footer(), w.get("pageOf"), report.cover().draft() ? w.get("draftMark") : null));
        document.addTitle(report.title());
        document.addAuthor(report.cover().councilName());
        document.addSubject(report.cover().audienceLabel());
        document.addCreator(w.get("author"));
        document.open();
        new Writing(document, writer, report).write();
        document.close();
        return out.toByteArray();
    }

    /** One document being written: the report, the wording and the fonts at hand. */
    private final class Writing {
        private final Document doc;
        private final PdfWriter writer;
        private final Report report;
        private final Map<String, String> w;
        private final Font title = fonts.font(24, true, INK);
        private final Font h1 = fonts.font(17, true, INK);
        private final Font h2 = fonts.font(12.5f, true, INK);
        private final Font h3 = fonts.font(10.5f, true, INK);
        private final Font body = fonts.font(10, false, INK);
        private final Font bodyBold = fonts.font(10, true, INK);
        private final Font small = fonts.font(8, false, INK);
        private final Font smallBold = fonts.font(8, true, INK);
        private final Font muted = fonts.font(10, false, GREY);
        private final Font caption = fonts.font(11, false, GREY);

        Writing(Document doc, PdfWriter writer, Report report) {
            this.doc = doc;
            this.writer = writer;
            this.report = report;
            this.w = report.words();
        }

        void write() {
            cover();
            if (report.full()) {
                contents();
            }
            summary();
            if (!report.full()) {
                add(paragraph(w.get("membersChartsNote"), muted, 0));
            }
            for (StepSection step : report.steps()) {
                step(step);
            }
            actionPlan();
            caveats();
            if (report.appendix() != null) {
                appendix();
            }
        }

        private void add(Element element) {
            try {
                doc.add(element);
            } catch (DocumentException e) {
                throw new IllegalStateException("The PDF report could not be laid out: " + e.getMessage(), e);
            }
        }

        private Paragraph paragraph(String text, Font font, float spaceAfter) {
            Paragraph p = new Paragraph(text == null ? "" : text, font);
            p.setLeading(font.getSize() * 1.35f);
            p.setSpacingAfter(spaceAfter);
            return p;
        }

        private void text(String text, Font font) {
            add(paragraph(text, font, 6));
        }

        private void heading(String anchor, String text, Font font, float before) {
            Paragraph p = new Paragraph("", body);
            Chunk chunk = new Chunk(text, font);
            if (anchor != null) {
                chunk.setLocalDestination(anchor);
            }
            p.add(chunk);
            p.setLeading(font.getSize() * 1.25f);
            p.setSpacingBefore(before);
            p.setSpacingAfter(font.getSize() * 0.5f);
            p.setKeepTogether(true);
            add(p);
        }

        private void unanswered() {
            text(w.get("notYetAnswered"), muted);
        }

        private void cover() {
            var cover = report.cover();
            add(paragraph(cover.audienceLabel(), caption, 4));
            boolean full = report.full();
            Paragraph heading = paragraph(w.get("documentTitle"), full ? title : fonts.font(20, true, INK), 6);
            heading.setSpacingBefore(full ? 90 : 4);
            add(heading);
            add(paragraph(cover.councilName(), fonts.font(full ? 20 : 16, false, INK), full ? 10 : 4));
            add(paragraph(w.get("subtitle"), caption, full ? 24 : 8));
            PdfPTable facts = table(new float[] {30, 70}, 70);
            keyValue(facts, w.get("dataYear"), cover.dataYear());
            keyValue(facts, w.get("region"), cover.regionName());
            keyValue(
                    facts,
                    w.get("status"),
                    cover.signedOffLine() == null ? cover.statusLabel() : cover.signedOffLine());
            keyValue(facts, w.get("preparedOn"), cover.preparedOn());
            add(facts);
            if (cover.draft()) {
                PdfPTable notice = table(new float[] {100}, 100);
                PdfPCell cell = cell(new Phrase(w.get("draftNotice"), bodyBold), Element.ALIGN_LEFT);
                cell.setBorderWidthLeft(5);
                cell.setBorderColorLeft(RAG.get("red"));
                cell.setPadding(full ? 10 : 6);
                notice.addCell(cell);
                notice.setSpacingBefore(full ? 24 : 8);
                add(notice);
            }
            if (full) {
                doc.newPage();
            }
        }

        private void keyValue(PdfPTable table, String key, String value) {
            for (PdfPCell cell : List.of(
                    cell(new Phrase(key, bodyBold), Element.ALIGN_LEFT),
                    cell(new Phrase(value == null ? "" : value, body), Element.ALIGN_LEFT))) {
                if (!report.full()) {
                    cell.setPaddingTop(1);
                    cell.setPaddingBottom(1.5f);
                }
                table.addCell(cell);
            }
        }

        private void contents() {
            heading(null, w.get("contents"), h1, 0);
            int i = 1;
            for (Report.ContentsEntry entry : report.contents()) {
                Paragraph p = new Paragraph("", body);
                p.add(new Chunk(i++ + ".  ", body));
                p.add(new Chunk(entry.text(), body).setLocalGoto(entry.anchor()));
                p.setLeading(16);
                add(p);
            }
            doc.newPage();
        }

        private void summary() {
            heading("summary", w.get("executiveSummary"), h1, report.full() ? 0 : 8);
            heading(null, w.get("directorsSummary"), h2, 4);
            if (report.summary().directorSummary() == null) {
                unanswered();
            } else {
                text(report.summary().directorSummary(), body);
            }
            heading(null, w.get("notableFindings"), h2, 8);
            text(w.get("notableIntro"), body);
            List<NotableFinding> notable = report.summary().notable();
            if (notable.isEmpty()) {
                text(w.get("noNotableFindings"), body);
            }
            for (NotableFinding n : notable) {
                Paragraph p = paragraph(null, body, 4);
                p.add(new Chunk(w.get("step") + " " + n.stepNumber() + ": ", bodyBold)
                        .setLocalGoto("step-" + n.stepNumber()));
                p.add(new Chunk(n.sentence(), body));
                p.setIndentationLeft(10);
                add(p);
            }
            Paragraph balance = paragraph(w.get("balanceNote"), body, 6);
            balance.setSpacingBefore(8);
            add(shaded(balance));
        }

        private PdfPTable shaded(Element content) {
            PdfPTable box = table(new float[] {100}, 100);
            PdfPCell cell = new PdfPCell();
            cell.addElement(content);
            cell.setBorder(Rectangle.LEFT);
            cell.setBorderWidthLeft(4);
            cell.setBorderColorLeft(RULE);
            cell.setPadding(8);
            box.addCell(cell);
            box.setSpacingBefore(6);
            return box;
        }

        private void step(StepSection step) {
            if (report.full()) {
                doc.newPage();
            }
            if (report.full()) {
                add(paragraph(w.get("step") + " " + step.number(), this.caption, 0));
                heading(step.anchor(), step.heading(), h1, 0);
            } else {
                heading(step.anchor(), step.heading(), h2, 4);
            }
            Font questionFont = report.full() ? body : small;
            Paragraph question = paragraph(null, questionFont, report.full() ? 6 : 4);
            question.add(new Chunk(w.get("question") + ": ", report.full() ? bodyBold : smallBold));
            question.add(new Chunk(step.question(), questionFont));
            add(question);
            if (report.full()) {
                heading(null, w.get("whatTheDataShows"), h2, 4);
            }
            if (!step.dataLed()) {
                text(w.get("noData"), muted);
            }
            Font narrative = report.full() ? body : fonts.font(9.5f, false, INK);
            step.findings().forEach(sentence -> add(paragraph(sentence, narrative, report.full() ? 6 : 3)));
            for (ComparisonFinding finding : step.charts()) {
                finding(finding, report.full() || step.findings().isEmpty());
            }
            if (report.full()) {
                explanation(step);
            }
            if (report.full()) {
                heading(null, w.get("judgement"), h2, 6);
                judgement(step.judgement(), null);
            } else {
                judgement(step.judgement(), w.get("judgement") + ": ");
            }
            if (report.full()) {
                heading(null, w.get("actions"), h2, 6);
                if (step.actions().isEmpty()) {
                    text(w.get("noActions"), muted);
                } else {
                    add(actions(step.actions()));
                }
            }
        }

        /** The chart beside its table; the sentence too unless the members' summary already has the narrative. */
        private void finding(ComparisonFinding finding, boolean withSentence) {
            boolean full = report.full();
            PdfPTable pair = table(full ? new float[] {60, 40} : new float[] {55, 45}, 100);
            pair.setKeepTogether(true);
            PdfPCell heading = cell(
                    new Phrase(full ? finding.metricTitle() : finding.table().caption(), h3), Element.ALIGN_LEFT);
            heading.setColspan(2);
            heading.setPaddingTop(6);
            heading.setPaddingBottom(4);
            pair.addCell(heading);
            if (!finding.drawable()) {
                PdfPCell table = new PdfPCell();
                table.setBorder(Rectangle.NO_BORDER);
                table.setColspan(2);
                table.addElement(dataTable(finding.table(), 60, full));
                table.addElement(paragraph(w.get("trendOneYear"), fonts.font(7.5f, false, GREY), 0));
                pair.addCell(table);
                add(pair);
                return;
            }
            try {
                Image chart = PdfCharts.draw(writer.getDirectContent(), fonts, finding, 300, full ? 190 : 90);
                pair.addCell(PdfTables.chartCell(chart));
            } catch (DocumentException e) {
                throw new IllegalStateException("A chart could not be drawn: " + e.getMessage(), e);
            }
            PdfPCell right = new PdfPCell();
            right.setBorder(Rectangle.NO_BORDER);
            right.addElement(dataTable(finding.table(), 100, full));
            if (full) {
                right.addElement(paragraph(w.get("chartAlternative"), fonts.font(7.5f, false, GREY), 0));
            }
            pair.addCell(right);
            pair.setSpacingAfter(4);
            add(pair);
            if (withSentence) {
                text(finding.sentence(), body);
            }
            for (String flag : finding.flags()) {
                Paragraph p = paragraph(null, small, 3);
                p.add(new Chunk(" " + w.get("dataNote") + " ", fonts.font(8, true, INK))
                        .setBackground(new Color(0xff, 0xdd, 0x00)));
                p.add(new Chunk("  " + flag, small));
                add(p);
            }
        }

        private void explanation(StepSection step) {
            heading(null, w.get("councilsExplanation"), h2, 6);
            for (Answer answer : step.explanation()) {
                answer(answer);
            }
            if (step.evidence() != null) {
                heading(null, w.get("evidence"), h3, 4);
                if (!step.evidence().answered()) {
                    unanswered();
                } else {
                    if (step.evidence().hasText()) {
                        text(step.evidence().text(), body);
                    }
                    for (Link link : step.evidence().links()) {
                        text("• " + link.text() + (link.href() == null ? "" : " (" + link.href() + ")"), body);
                    }
                }
            }
            if (!step.localFigures().isEmpty()) {
                heading(null, w.get("localFigures"), h3, 4);
                PdfPTable figures = table(new float[] {40, 15, 30, 15}, 100);
                figures.setHeaderRows(1);
                for (String head : List.of(
                        w.get("localFigureMetric"),
                        w.get("figureValue"),
                        w.get("localFigureSource"),
                        w.get("localFigureAsAt"))) {
                    figures.addCell(headCell(head, false));
                }
                for (Report.LocalFigure f : step.localFigures()) {
                    figures.addCell(bodyCell(f.metric(), false));
                    figures.addCell(bodyCell(f.value(), true));
                    figures.addCell(bodyCell(f.source(), false));
                    figures.addCell(bodyCell(f.asAt(), false));
                }
                add(figures);
            }
        }

        private void answer(Answer answer) {
            Paragraph q = paragraph(answer.question(), h3, 2);
            q.setKeepTogether(true);
            add(q);
            if (!answer.answered()) {
                unanswered();
                return;
            }
            if (answer.choice() != null) {
                text(answer.choice(), bodyBold);
            }
            if (answer.hasText()) {
                text(answer.text(), body);
            }
        }

        /** The rating and its meaning; in the members' summary on one line after {@code label}. */
        private void judgement(Report.Judgement judgement, String label) {
            Paragraph p = paragraph(null, body, label == null ? 6 : 2);
            if (label != null) {
                p.add(new Chunk(label, bodyBold));
            }
            if (judgement == null || !judgement.given()) {
                p.add(new Chunk(w.get("notYetAnswered"), muted));
                add(p);
                return;
            }
            p.add(new Chunk(" " + judgement.rating().toUpperCase() + " ", fonts.font(10, true, Color.WHITE))
                    .setBackground(RAG.getOrDefault(judgement.colour(), GREY), 2, 2, 2, 2));
            if (judgement.meaning() != null) {
                p.add(new Chunk("   " + judgement.meaning(), body));
            }
            add(p);
        }

        /** One row per action; a row moves whole to the next page unless it is longer than a page. */
        private PdfPTable actions(List<ActionRow> rows) {
            PdfPTable table = table(new float[] {6, 22, 14, 9, 17, 10, 22}, 100);
            table.setHeaderRows(1);
            table.setSplitLate(true);
            for (String head : List.of(
                    w.get("actionStep"),
                    w.get("actionWhat"),
                    w.get("actionOwner"),
                    w.get("actionDue"),
                    w.get("actionMeasure"),
                    w.get("actionSaving"),
                    w.get("actionFroi"))) {
                table.addCell(headCell(head, head.equals(w.get("actionSaving"))));
            }
            for (ActionRow a : rows) {
                for (PdfPCell cell : List.of(
                        bodyCell(String.valueOf(a.stepNumber()), false),
                        bodyCell(a.what(), false),
                        bodyCell(a.owner(), false),
                        bodyCell(a.due(), false),
                        bodyCell(a.measure(), false),
                        bodyCell(a.saving(), true),
                        bodyCell(a.froi(), false))) {
                    cell.setPaddingTop(2);
                    cell.setPaddingBottom(3);
                    table.addCell(cell);
                }
            }
            return table;
        }

        private void actionPlan() {
            if (report.full()) {
                doc.newPage();
            }
            heading("action-plan", w.get("actionPlan"), h1, report.full() ? 0 : 10);
            text(w.get("actionPlanIntro"), body);
            if (report.actionPlan().isEmpty()) {
                text(w.get("noActions"), muted);
            } else {
                add(actions(report.actionPlan()));
            }
        }

        /**
         * Full: a page of their own, each caveat under its title. Members: straight on after the action plan, each a
         * titled paragraph, in two columns.
         */
        private void caveats() {
            if (report.full()) {
                doc.newPage();
            }
            heading("caveats", w.get("caveats"), h1, report.full() ? 0 : 10);
            text(w.get("caveatsIntro"), body);
            if (!report.full()) {
                MultiColumnText columns = new MultiColumnText();
                columns.addRegularColumns(doc.left(), doc.right(), 14, 2);
                for (Report.CaveatEntry caveat : report.caveats()) {
                    Paragraph p = paragraph(null, small, 3);
                    p.setLeading(small.getSize() * 1.25f);
                    p.add(new Chunk(caveat.title() + ". ", smallBold));
                    p.add(new Chunk(caveat.text(), small));
                    try {
                        columns.addElement(p);
                    } catch (DocumentException e) {
                        throw new IllegalStateException("The caveats could not be laid out: " + e.getMessage(), e);
                    }
                }
                add(columns);
                return;
            }
            for (Report.CaveatEntry caveat : report.caveats()) {
                heading(null, caveat.title(), h3, 4);
                Paragraph p = paragraph(caveat.text(), fonts.font(9, false, INK), 4);
                if (caveat.source() != null) {
                    p.add(new Chunk(" (" + caveat.source() + ")", fonts.font(8, false, GREY)));
                }
                add(p);
            }
        }

        private void appendix() {
            doc.newPage();
            var appendix = report.appendix();
            heading("appendix", w.get("appendix"), h1, 0);
            text(
                    w.get("appendixIntro") + " " + w.get("dataYear") + ": " + appendix.dataYear() + ". "
                            + w.get("licence"),
                    body);
            int step = 0;
            for (Report.AppendixTable t : appendix.tables()) {
                if (t.stepNumber() != step) {
                    step = t.stepNumber();
                    heading(null, w.get("step") + " " + step + ": " + t.stepTitle(), h2, 8);
                }
                PdfPTable table = dataTable(t.table(), 100, true);
                table.setSpacingBefore(4);
                add(table);
                if (!t.sources().isEmpty()) {
                    add(paragraph(
                            w.get("sources") + ": " + String.join("; ", t.sources()),
                            fonts.font(7.5f, false, GREY),
                            6));
                }
            }
        }

        /** A findings table (see {@link PdfTables#dataTable(Table, float, boolean)}). */
        private PdfPTable dataTable(Table data, float widthPercent, boolean withCaption) {
            return tables.dataTable(data, widthPercent, withCaption);
        }

        private PdfPTable table(float[] widths, float widthPercent) {
            return PdfTables.table(widths, widthPercent);
        }

        private PdfPCell cell(Phrase phrase, int alignment) {
            return PdfTables.cell(phrase, alignment);
        }

        private PdfPCell headCell(String text, boolean numeric) {
            return tables.headCell(text, numeric);
        }

        private PdfPCell bodyCell(String text, boolean numeric) {
            return tables.bodyCell(text, numeric);
        }
    }
}
