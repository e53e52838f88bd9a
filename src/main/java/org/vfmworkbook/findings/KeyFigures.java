package org.vfmworkbook.findings;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.qute.Engine;
import io.quarkus.qute.Template;

/**
 * Each step's key figure in one line, for the workbook at a glance: "Gross current expenditure per adult: £515 in 2021-22;
 * median of its statistical neighbours, £509". The step's key chart ({@link StepFindings#keyChart()}, the figure the
 * members' summary shows; its first comparison where none is marked key), against the group the step shows first; the
 * figure's own year.
 */
@ApplicationScoped
public class KeyFigures {

    private final FindingsService findings;
    private final Sentences sentences;
    private final Template line;

    KeyFigures(FindingsService findings, Sentences sentences, Engine engine) {
        this.findings = findings;
        this.sentences = sentences;
        this.line = engine.getTemplate("findings/keyFigure.txt");
    }

    /** The key figure of every step with a comparison, by step id; a step led by the council's own planning has none. */
    public java.util.Map<String, String> byStep(String councilCode, String year, List<String> customCodes) {
        java.util.Map<String, String> lines = new java.util.LinkedHashMap<>();
        for (StepFindings step : findings.forAllSteps(councilCode, year, customCodes)) {
            key(step).ifPresent(f -> lines.put(step.step().id(), describe(f)));
        }
        return lines;
    }

    /** The step's key chart (the one the members' summary shows), else its first comparison. */
    static Optional<ComparisonFinding> key(StepFindings step) {
        return step.keyChart().or(() -> step.comparisons().stream().findFirst());
    }

    String describe(ComparisonFinding finding) {
        var shown = finding.shown();
        Double median = shown == null ? null : shown.statistics().median();
        return line.data("metric", finding.metricTitle())
                .data("value", finding.formattedValue())
                .data("year", FigureYears.of(finding.value()))
                .data("group", sentences.groupName(shown))
                .data(
                        "median",
                        median == null
                                ? null
                                : UnitFormat.format(finding.metric().unit(), median))
                .render()
                .strip();
    }
}
