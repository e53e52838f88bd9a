package org.vfmworkbook.report;

import java.util.List;
import java.util.Map;

import io.quarkus.qute.TemplateData;

import org.vfmworkbook.findings.ComparisonFinding;
import org.vfmworkbook.findings.NotableFinding;
import org.vfmworkbook.web.Link;
import org.vfmworkbook.web.Table;

/**
 * The report as a tree of values: both renderers (HTML and PDF) walk it, so they cannot disagree. Every text is
 * final (formatted, "Not yet answered" in place of a missing answer); {@code words} holds the fixed wording from
 * {@code templates/report/wording.yaml}. {@code appendix} is null for the members' summary; {@code trends} holds what
 * the layout shows of the figures over the years ({@link ReportTrends}); {@code reliance} ({@link DataRelianceSection})
 * is null where the layout leaves step 13 out.
 */
@TemplateData
public record Report(
        Audience audience,
        Map<String, String> words,
        Cover cover,
        List<ContentsEntry> contents,
        ExecutiveSummary summary,
        List<StepSection> steps,
        List<ActionRow> actionPlan,
        List<CaveatEntry> caveats,
        Appendix appendix,
        ReportTrends.Trends trends,
        DataReliance reliance) {

    /** The same report with these contents and this section on the council's data. */
    public Report with(List<ContentsEntry> contents, DataReliance reliance) {
        return new Report(
                audience, words, cover, contents, summary, steps, actionPlan, caveats, appendix, trends, reliance);
    }

    public boolean full() {
        return audience == Audience.FULL;
    }

    /** The Theories of Change of the actions in the plan, in plan order (none unless the layout carries them). */
    public List<TheoryOfChangeSection> theories() {
        return actionPlan.stream()
                .map(ActionRow::theoryOfChange)
                .filter(java.util.Objects::nonNull)
                .toList();
    }

    /** "Kent – 2021-22": the running footer before the page number. */
    public String footer() {
        return cover.councilName() + " – " + cover.dataYear();
    }

    public String title() {
        return words.get("documentTitle") + ": " + cover.councilName() + ", " + cover.dataYear();
    }

    @TemplateData
    public record Cover(
            String councilName,
            String regionName,
            String dataYear,
            String audienceLabel,
            boolean draft,
            String statusLabel,
            String signedOffLine,
            String preparedOn) {}

    @TemplateData
    public record ContentsEntry(String anchor, String text) {}

    /** {@code directorSummary} null when not yet written. */
    @TemplateData
    /**
     * @param notableIntro what the list of measures that stand out holds: every one, or those that stand out most
     * @param moreNotable the sentence saying how many more stand out and are left to the full report, or null
     */
    public record ExecutiveSummary(
            String directorSummary, String notableIntro, List<NotableFinding> notable, String moreNotable) {}

    /** One step. For the members' summary {@code charts} holds the key chart only and the answers are left out. */
    @TemplateData
    public record StepSection(
            String anchor,
            int number,
            String title,
            String question,
            boolean dataLed,
            String statusLabel,
            List<String> findings,
            List<ComparisonFinding> charts,
            List<Answer> explanation,
            Answer evidence,
            Judgement judgement,
            List<ActionRow> actions,
            List<LocalFigure> localFigures) {

        public String heading() {
            return "Step " + number + ": " + title;
        }

        /** The comparisons drawn as charts: a trend comparison with years is among the step's trends instead. */
        public List<ComparisonFinding> comparisonCharts() {
            return charts.stream().filter(c -> !(c.isTrend() && c.hasTrend())).toList();
        }
    }

    /** A question with the council's answer; {@code text} and {@code choice} null when not yet answered. */
    @TemplateData
    public record Answer(String question, String text, String choice, List<Link> links) {
        public boolean answered() {
            return (text != null && !text.isBlank()) || choice != null || !links.isEmpty();
        }

        public boolean hasText() {
            return text != null && !text.isBlank();
        }
    }

    /** The red/amber/green judgement: {@code rating} null when not yet given; {@code meaning} from the question's hint. */
    @TemplateData
    public record Judgement(String question, String rating, String meaning, String colour) {
        public boolean given() {
            return rating != null;
        }
    }

    @TemplateData
    public record ActionRow(
            int stepNumber,
            String stepTitle,
            String what,
            String owner,
            String due,
            String measure,
            String saving,
            String froi,
            TheoryOfChangeSection theoryOfChange) {}

    @TemplateData
    public record LocalFigure(String metric, String value, String source, String asAt) {}

    @TemplateData
    public record CaveatEntry(String id, String title, String text, String source) {}

    @TemplateData
    public record Appendix(String dataYear, String licence, List<AppendixTable> tables) {}

    @TemplateData
    public record AppendixTable(int stepNumber, String stepTitle, Table table, List<String> sources) {}
}
