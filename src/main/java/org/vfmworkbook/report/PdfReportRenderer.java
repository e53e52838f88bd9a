package org.vfmworkbook.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.vfmworkbook.findings.NotableFinding;
import org.vfmworkbook.pdf.PdfCharts;
import org.vfmworkbook.pdf.PdfDocument;
import org.vfmworkbook.pdf.PdfDocument.Run;
import org.vfmworkbook.pdf.Style;
import org.vfmworkbook.pdf.Words;
import org.vfmworkbook.report.Report.ActionRow;
import org.vfmworkbook.report.Report.StepSection;

/**
 * Writes a {@link Report} as an A4 PDF with the PDF toolkit ({@link PdfDocument}), walking the audience's
 * {@link ReportLayout}: the cover, the contents with page numbers, the executive summary, each step in the form the layout
 * gives it ({@link PdfReportSteps}), the action plan, the caveats and the appendix. Every text comes from the report tree and
 * its wording; user text is set literally. No audience is named here: the layout says what differs.
 */
@ApplicationScoped
public class PdfReportRenderer {

    public byte[] render(Report report) {
        Map<String, String> w = report.words();
        Words layoutWords = ReportLayout.WORDS;
        PdfDocument pdf = new PdfDocument(new org.vfmworkbook.pdf.PdfSetup(
                report.title(),
                report.cover().councilName(),
                report.cover().audienceLabel(),
                report.footer(),
                w.get("pageOf"),
                report.cover().draft() ? w.get("draftMark") : null,
                new PdfCharts.Words(
                        layoutWords.get("medianLine"),
                        layoutWords.get("medianName"),
                        layoutWords.get("englandLine"),
                        layoutWords.get("asExpected"))));
        new Writing(pdf, report, report.audience().layout()).write();
        return pdf.finish();
    }

    /** One document being written: the report, its layout and its wording. */
    private static final class Writing {
        private final PdfDocument pdf;
        private final Report report;
        private final ReportLayout layout;
        private final Map<String, String> w;

        Writing(PdfDocument pdf, Report report, ReportLayout layout) {
            this.pdf = pdf;
            this.report = report;
            this.layout = layout;
            this.w = report.words();
        }

        void write() {
            cover();
            if (layout.contents()) {
                pdf.heading(Style.H1, w.get("contents"), null, 0);
                pdf.contents(report.contents().stream()
                        .map(e -> new PdfDocument.ContentsLine(e.text(), e.anchor()))
                        .toList());
                pdf.newPage();
            }
            if (layout.introKey() != null) {
                pdf.text(ReportLayout.WORDS.get(layout.introKey()), Style.BODY, 6);
            }
            summary();
            if (layout.chartsNote()) {
                pdf.text(w.get("membersChartsNote"), Style.MUTED, 0);
            }
            PdfReportSteps steps = new PdfReportSteps(pdf, w, layout, report.trends());
            List<StepSection> lines = new ArrayList<>();
            for (StepSection step : report.steps()) {
                ReportLayout.StepForm form = layout.form(step.number(), step.dataLed());
                if (form == ReportLayout.StepForm.LINE) {
                    lines.add(step);
                } else {
                    steps.step(step, form);
                }
            }
            if (!lines.isEmpty()) {
                // The steps given as a line each, together after the others.
                pdf.heading(Style.H2, ReportLayout.WORDS.get("councilLedLines"), null, 10);
                pdf.text(ReportLayout.WORDS.get("councilLedIntro"), Style.SMALL, 4);
                lines.forEach(step -> steps.step(step, ReportLayout.StepForm.LINE));
            }
            changes();
            if (report.reliance() != null && report.reliance().full()) {
                PdfDataReliance.section(pdf, report.reliance(), layout.sectionPerPage());
            }
            actionPlan();
            caveats();
            if (report.appendix() != null) {
                appendix();
            }
        }

        private void cover() {
            var cover = report.cover();
            boolean big = layout.coverPage();
            pdf.text(cover.audienceLabel(), Style.CAPTION, 4);
            pdf.heading(big ? Style.TITLE : Style.TITLE_SMALL, w.get("documentTitle"), null, big ? 90 : 4);
            pdf.text(cover.councilName(), big ? Style.LEAD : Style.LEAD_SMALL, big ? 10 : 4);
            pdf.text(w.get("subtitle"), Style.CAPTION, big ? 24 : 8);
            pdf.facts(
                    List.of(
                            List.of(w.get("dataYear"), cover.dataYear()),
                            List.of(w.get("region"), cover.regionName()),
                            List.of(
                                    w.get("status"),
                                    cover.signedOffLine() == null ? cover.statusLabel() : cover.signedOffLine()),
                            List.of(w.get("preparedOn"), cover.preparedOn())),
                    70,
                    !big);
            if (cover.draft()) {
                pdf.boxed(Style.Palette.RED, 5, big ? 10 : 6, big ? 24 : 8, Run.of(w.get("draftNotice"), Style.BOLD));
            }
            if (big) {
                pdf.newPage();
            }
        }

        private void summary() {
            pdf.heading(Style.H1, w.get("executiveSummary"), "summary", layout.coverPage() ? 0 : 8);
            pdf.heading(Style.H2, w.get("directorsSummary"), null, 4);
            if (report.summary().directorSummary() == null) {
                pdf.mutedText(w.get("notYetAnswered"));
            } else {
                pdf.text(report.summary().directorSummary());
            }
            pdf.heading(Style.H2, w.get("notableFindings"), null, 8);
            pdf.text(report.summary().notableIntro());
            List<NotableFinding> notable = report.summary().notable();
            if (notable.isEmpty()) {
                pdf.text(w.get("noNotableFindings"));
            }
            for (NotableFinding n : notable) {
                pdf.paragraph(
                        4,
                        new Run(
                                w.get("step") + " " + n.stepNumber() + ": ",
                                Style.BOLD,
                                null,
                                "step-" + n.stepNumber()),
                        Run.of(n.sentence(), Style.BODY));
            }
            if (report.summary().moreNotable() != null) {
                pdf.text(report.summary().moreNotable());
            }
            if (report.reliance() != null && !report.reliance().full()) {
                PdfDataReliance.line(pdf, report.reliance());
            }
            pdf.boxed(Style.Palette.RULE, 4, 8, 6, Run.of(w.get("balanceNote"), Style.BODY));
        }

        /**
         * The members' table of what has changed in the key measures, with what its marks mean: after the steps, before the
         * action plan, so the steps' figures keep their pages.
         */
        private void changes() {
            ReportTrends.Changes changes = report.trends().changes();
            if (changes == null) {
                return;
            }
            PdfReportChanges.write(pdf, changes);
        }

        private void actionPlan() {
            if (layout.sectionPerPage()) {
                pdf.newPage();
            }
            pdf.heading(Style.H1, w.get("actionPlan"), "action-plan", layout.sectionPerPage() ? 0 : 10);
            pdf.text(w.get("actionPlanIntro"));
            if (report.actionPlan().isEmpty()) {
                pdf.mutedText(w.get("noActions"));
            } else {
                actions(pdf, w, report.actionPlan(), !layout.sectionPerPage());
            }
            PdfTheoriesOfChange.write(pdf, w, report.theories());
        }

        /**
         * All caveats: a page of their own, each under its title. Otherwise straight on after the action plan, each a titled
         * paragraph, in two columns.
         */
        private void caveats() {
            if (layout.sectionPerPage()) {
                pdf.newPage();
            }
            pdf.heading(Style.H1, w.get("caveats"), "caveats", layout.sectionPerPage() ? 0 : 10);
            pdf.text(w.get("caveatsIntro"));
            if (!layout.allCaveats()) {
                List<Run[]> paragraphs = new ArrayList<>();
                for (Report.CaveatEntry caveat : report.caveats()) {
                    paragraphs.add(new Run[] {
                        Run.of(caveat.title() + ". ", Style.SMALL_BOLD), Run.of(caveat.text(), Style.SMALL)
                    });
                }
                pdf.columns(paragraphs, 3);
                return;
            }
            for (Report.CaveatEntry caveat : report.caveats()) {
                pdf.heading(Style.H3, caveat.title(), null, 4);
                pdf.paragraph(
                        4,
                        Run.of(caveat.text(), Style.CAVEAT),
                        Run.of(caveat.source() == null ? "" : " (" + caveat.source() + ")", Style.SOURCE));
            }
        }

        private void appendix() {
            pdf.newPage();
            var appendix = report.appendix();
            pdf.heading(Style.H1, w.get("appendix"), "appendix", 0);
            pdf.text(w.get("appendixIntro") + " " + w.get("dataYear") + ": " + appendix.dataYear() + ". "
                    + w.get("licence"));
            int step = 0;
            for (Report.AppendixTable t : appendix.tables()) {
                if (t.stepNumber() != step) {
                    step = t.stepNumber();
                    pdf.heading(Style.H2, w.get("step") + " " + step + ": " + t.stepTitle(), null, 8);
                }
                pdf.dataTable(t.table(), 4);
                if (!t.sources().isEmpty()) {
                    pdf.text(w.get("sources") + ": " + String.join("; ", t.sources()), Style.NOTE, 6);
                }
            }
        }
    }

    /** One row per action, columns as wide as their words need ("September" whole). */
    static void actions(PdfDocument pdf, Map<String, String> w, List<ActionRow> rows) {
        actions(pdf, w, rows, false);
    }

    /** The actions as a table; compact (7 pt) in the summaries, which keep to their pages. */
    static void actions(PdfDocument pdf, Map<String, String> w, List<ActionRow> rows, boolean compact) {
        pdf.table(
                List.of(
                        w.get("actionStep"),
                        w.get("actionWhat"),
                        w.get("actionOwner"),
                        w.get("actionDue"),
                        w.get("actionMeasure"),
                        w.get("actionSaving"),
                        w.get("actionFroi")),
                rows.stream()
                        .map(a -> List.of(
                                String.valueOf(a.stepNumber()),
                                a.what(),
                                a.owner(),
                                a.due(),
                                a.measure(),
                                a.saving(),
                                a.froi()))
                        .toList(),
                new boolean[] {false, false, false, false, false, true, false},
                compact);
    }
}
