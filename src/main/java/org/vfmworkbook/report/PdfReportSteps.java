package org.vfmworkbook.report;

import java.util.List;
import java.util.Map;

import org.vfmworkbook.findings.ComparisonFinding;
import org.vfmworkbook.pdf.Figure;
import org.vfmworkbook.pdf.PdfDocument;
import org.vfmworkbook.pdf.PdfDocument.Run;
import org.vfmworkbook.pdf.Style;
import org.vfmworkbook.report.Report.Answer;
import org.vfmworkbook.report.Report.StepSection;
import org.vfmworkbook.report.ReportLayout.StepForm;
import org.vfmworkbook.web.Link;

/**
 * One step of the report in the form its layout gives it: a {@link StepForm#LINE} (heading and judgement), a
 * {@link StepForm#SUMMARY} (question in small type, narrative, key chart beside its table, judgement on one line) or the
 * {@link StepForm#DETAIL} of the full report (every comparison with its sentence, the council's explanation, evidence, local
 * figures, judgement and actions).
 */
final class PdfReportSteps {

    private static final Map<String, java.awt.Color> RAG = Map.of(
            "red", Style.Palette.RED,
            "orange", Style.Palette.ORANGE,
            "green", Style.Palette.GREEN);

    /** A trend chart's height across the page, in points. */
    private static final float TREND_HEIGHT = 150;

    private final PdfDocument pdf;
    private final Map<String, String> w;
    private final ReportLayout layout;
    private final ReportTrends.Trends trends;

    PdfReportSteps(PdfDocument pdf, Map<String, String> w, ReportLayout layout, ReportTrends.Trends trends) {
        this.pdf = pdf;
        this.w = w;
        this.layout = layout;
        this.trends = trends;
    }

    void step(StepSection step, StepForm form) {
        boolean detail = form == StepForm.DETAIL;
        if (layout.stepPerPage()) {
            pdf.newPage();
        }
        if (form == StepForm.LINE) {
            pdf.heading(Style.H3, step.heading(), step.anchor(), 4);
            pdf.text(step.judgement() == null ? "" : step.judgement().question(), Style.SMALL, 1);
            judgement(step.judgement(), w.get("judgement") + ": ");
            return;
        }
        if (detail) {
            pdf.heading(Style.CAPTION, w.get("step") + " " + step.number(), null, 0);
            pdf.heading(Style.H1, step.heading(), step.anchor(), 0);
        } else {
            pdf.heading(Style.H2, step.heading(), step.anchor(), 4);
        }
        pdf.paragraph(
                detail ? 6 : 4,
                Run.of(w.get("question") + ": ", detail ? Style.BOLD : Style.SMALL_BOLD),
                Run.of(step.question(), detail ? Style.BODY : Style.SMALL));
        if (detail) {
            pdf.heading(Style.H2, w.get("whatTheDataShows"), null, 4);
        }
        if (!step.dataLed()) {
            pdf.mutedText(w.get("noData"));
        }
        step.findings().forEach(sentence -> pdf.text(sentence, detail ? Style.BODY : Style.NARRATIVE, detail ? 6 : 3));
        for (ComparisonFinding finding : step.comparisonCharts()) {
            finding(finding, detail, detail || step.findings().isEmpty());
        }
        trends(trends.forStep(step.number()));
        if (!detail) {
            judgement(step.judgement(), w.get("judgement") + ": ");
            return;
        }
        explanation(step);
        pdf.heading(Style.H2, w.get("judgement"), null, 6);
        judgement(step.judgement(), null);
        pdf.heading(Style.H2, w.get("actions"), null, 6);
        if (step.actions().isEmpty()) {
            pdf.mutedText(w.get("noActions"));
        } else {
            PdfReportRenderer.actions(pdf, w, step.actions());
        }
    }

    /** The chart beside its table; the sentence too unless the summary already has the narrative. */
    private void finding(ComparisonFinding finding, boolean detail, boolean withSentence) {
        String heading = detail ? finding.metricTitle() : finding.table().caption();
        if (!finding.drawable()) {
            pdf.figure(new Figure(heading, null, 60, 0, finding.table(), detail, w.get("trendOneYear")));
            return;
        }
        pdf.figure(new Figure(
                heading,
                Figure.of(finding),
                layout.chartShare(),
                layout.chartHeight(),
                finding.table(),
                detail,
                detail ? w.get("chartAlternative") : null));
        if (withSentence) {
            pdf.text(finding.sentence());
        }
        for (String flag : finding.flags()) {
            pdf.paragraph(
                    3,
                    new Run(" " + w.get("dataNote") + " ", Style.SMALL_BOLD, Style.Palette.YELLOW, null),
                    Run.of("  " + flag, Style.SMALL));
        }
    }

    /**
     * The step's key measures over the years: each chart across the page (council, region median, England median, series
     * breaks marked), the same table the step page gives under it, then its sentence.
     */
    private void trends(List<ReportTrends.KeyTrend> keyTrends) {
        if (keyTrends.isEmpty()) {
            return;
        }
        pdf.heading(Style.H2, ReportTrends.WORDS.get("overTime"), null, 6);
        pdf.text(ReportTrends.WORDS.get("overTimeIntro"), Style.SMALL, 2);
        for (ReportTrends.KeyTrend t : keyTrends) {
            pdf.figure(new Figure(
                    t.trend().title() + ", " + t.trend().firstYear() + " to "
                            + t.trend().lastYear(),
                    Figure.trend(t.trend(), t.key()),
                    100,
                    TREND_HEIGHT,
                    t.trend().table(),
                    false,
                    null));
            pdf.text(t.trend().sentence(), Style.BODY, 6);
        }
    }

    private void explanation(StepSection step) {
        pdf.heading(Style.H2, w.get("councilsExplanation"), null, 6);
        for (Answer answer : step.explanation()) {
            pdf.heading(Style.H3, answer.question(), null, 0);
            answerText(answer);
        }
        if (step.evidence() != null) {
            pdf.heading(Style.H3, w.get("evidence"), null, 4);
            answerText(step.evidence());
            for (Link link : step.evidence().links()) {
                pdf.text("• " + link.text() + (link.href() == null ? "" : " (" + link.href() + ")"));
            }
        }
        if (!step.localFigures().isEmpty()) {
            pdf.heading(Style.H3, w.get("localFigures"), null, 4);
            pdf.table(
                    List.of(
                            w.get("localFigureMetric"),
                            w.get("figureValue"),
                            w.get("localFigureSource"),
                            w.get("localFigureAsAt")),
                    step.localFigures().stream()
                            .map(f -> List.of(f.metric(), f.value(), f.source(), f.asAt()))
                            .toList(),
                    new boolean[] {false, true, false, false});
        }
    }

    private void answerText(Answer answer) {
        if (!answer.answered()) {
            pdf.mutedText(w.get("notYetAnswered"));
            return;
        }
        if (answer.choice() != null) {
            pdf.text(answer.choice(), Style.BOLD, 6);
        }
        if (answer.hasText()) {
            pdf.text(answer.text());
        }
    }

    /** The rating and its meaning; on one line after {@code label} when given. */
    private void judgement(Report.Judgement judgement, String label) {
        Run lead = Run.of(label == null ? "" : label, Style.BOLD);
        if (judgement == null || !judgement.given()) {
            pdf.paragraph(label == null ? 6 : 2, lead, Run.of(w.get("notYetAnswered"), Style.MUTED));
            return;
        }
        pdf.paragraph(
                label == null ? 6 : 2,
                lead,
                new Run(
                        " " + judgement.rating().toUpperCase() + " ",
                        Style.CHIP,
                        RAG.getOrDefault(judgement.colour(), Style.Palette.GREY),
                        null),
                Run.of(judgement.meaning() == null ? "" : "   " + judgement.meaning(), Style.BODY));
    }
}
