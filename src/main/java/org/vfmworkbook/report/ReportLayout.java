package org.vfmworkbook.report;

import java.util.Map;

import org.vfmworkbook.pdf.Words;

/**
 * How one audience's report is laid out, as data (issue J.1): which steps it has and in what form, which charts, which
 * actions and caveats, and the page rules. The assembler selects the report's content by it and {@link PdfReportRenderer}
 * walks it; adding an audience is adding one value here and its wording.
 *
 * @param labelKey the wording key of the audience's name on the cover (in {@code templates/report/layouts.yaml})
 * @param introKey the wording key of a paragraph after the executive summary saying who the document is for, or null
 * @param coverPage the cover has a page of its own (and larger type)
 * @param contents a contents list with page numbers after the cover
 * @param chartsNote one sentence before the steps saying each chart's table gives its figures
 * @param steps which steps appear and in which form
 * @param allCharts every comparison of a step (true) or its key chart only
 * @param stepPerPage each step starts a new page
 * @param chartShare the chart's share of the width beside its table, in per cent
 * @param chartHeight the chart's drawn height (300 points wide)
 * @param actions every action in the plan, or only those of the steps shown
 * @param sectionPerPage the action plan and the caveats start a new page each
 * @param allCaveats every step's caveats in full (true), or the first sentence of those of the charts shown, in two columns
 * @param appendix the data tables with their sources at the end
 * @param notableLimit how many measures "where the figures stand out" lists (0 for all): those that differ markedly from
 *     the most groups first, then those outside the middle half of the most groups; the rest are counted, not listed
 * @param theoriesOfChange each action's Theory of Change: a list on the web page, a one-page diagram in the PDF
 * @param trends what it shows of the figures over the years: each step's key trend charts, a table of what has changed, or
 *     nothing ({@link ReportTrends})
 */
public record ReportLayout(
        Audience audience,
        String labelKey,
        String introKey,
        boolean coverPage,
        boolean contents,
        boolean chartsNote,
        Steps steps,
        boolean allCharts,
        boolean stepPerPage,
        float chartShare,
        float chartHeight,
        Actions actions,
        boolean sectionPerPage,
        boolean allCaveats,
        boolean appendix,
        int notableLimit,
        boolean theoriesOfChange,
        ReportTrends.Show trends) {

    /** The layouts' wording: the audiences' names, the partners' introduction, the charts' reference lines. */
    public static final Words WORDS = Words.load("templates/report/layouts.yaml");

    /** The form a step takes in a report. */
    public enum StepForm {
        /** Left out. */
        NONE,
        /** Its heading and the council's judgement on one line (the members' line for steps 8, 10 and 13). */
        LINE,
        /** The question, the narrative, the key chart beside its table, and the judgement on one line. */
        SUMMARY,
        /** Everything: every comparison with its sentence, the council's explanation, evidence, local figures, actions. */
        DETAIL
    }

    /** Which actions the action plan lists. */
    public enum Actions {
        ALL,
        OF_STEPS_SHOWN
    }

    /** A step's form by its number, else by whether it is led by the national data or by the council. */
    public record Steps(StepForm dataLed, StepForm councilLed, Map<Integer, StepForm> byNumber) {
        public StepForm form(int number, boolean isDataLed) {
            return byNumber.getOrDefault(number, isDataLed ? dataLed : councilLed);
        }
    }

    public static final ReportLayout FULL = new ReportLayout(
            Audience.FULL,
            "fullAudience",
            null,
            true,
            true,
            false,
            new Steps(StepForm.DETAIL, StepForm.DETAIL, Map.of()),
            true,
            true,
            60,
            190,
            Actions.ALL,
            true,
            true,
            true,
            0,
            true,
            ReportTrends.Show.KEY_CHARTS);

    /**
     * Lead members: six pages at most. The data-led steps in summary; steps 8 and 10 (the council's plans for cheaper care
     * and for local cost pressures) and step 13 (confidence in the conclusions) as a line with their judgement.
     */
    public static final ReportLayout MEMBERS = new ReportLayout(
            Audience.MEMBERS,
            "membersAudience",
            null,
            false,
            false,
            true,
            new Steps(StepForm.SUMMARY, StepForm.NONE, Map.of(8, StepForm.LINE, 10, StepForm.LINE, 13, StepForm.LINE)),
            false,
            false,
            55,
            64,
            Actions.ALL,
            false,
            false,
            false,
            3,
            false,
            ReportTrends.Show.CHANGES);

    /**
     * Partners (the NHS and care providers): the steps about them, the mix of care settings (7), the local cost of care (9)
     * and work with the NHS and the Better Care Fund (11), in summary, with the actions of those steps.
     */
    public static final ReportLayout PARTNERS = new ReportLayout(
            Audience.PARTNERS,
            "partnersAudience",
            "partnersIntro",
            false,
            false,
            true,
            new Steps(
                    StepForm.NONE,
                    StepForm.NONE,
                    Map.of(7, StepForm.SUMMARY, 9, StepForm.SUMMARY, 11, StepForm.SUMMARY)),
            false,
            false,
            55,
            110,
            Actions.OF_STEPS_SHOWN,
            false,
            false,
            false,
            5,
            false,
            ReportTrends.Show.NONE);

    public static ReportLayout of(Audience audience) {
        return switch (audience) {
            case FULL -> FULL;
            case MEMBERS -> MEMBERS;
            case PARTNERS -> PARTNERS;
        };
    }

    public StepForm form(int stepNumber, boolean dataLed) {
        return steps.form(stepNumber, dataLed);
    }
}
